-- When each working phase really started and ended. A round can be moved on before a phase's planned
-- end, so the planned dates alone misstate what happened; the timeline and the round report show
-- these for the phases that happened and the planned dates for the rest.
alter table round_phase add column started_on date;
alter table round_phase add column ended_on date;

-- The phase under way started when the round entered it; earlier moves were not recorded.
update round_phase set started_on = (select r.phase_since from edp_round r where r.id = round_phase.round_id)
 where exists (select 1 from edp_round r where r.id = round_phase.round_id and r.phase = round_phase.phase);
