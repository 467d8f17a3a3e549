-- The demo round is in its drafting phase, which ends in five days; co-design, review and
-- consolidation follow, and the round closes when consolidation ends (45 days from now).
delete from round_phase where round_id = (select id from edp_round where title = 'EDP 2026-2027');

insert into round_phase (round_id, phase, starts_on, ends_on, ending_notice_sent) values
    ((select id from edp_round where title = 'EDP 2026-2027'), 'DRAFTING',
     CURRENT_DATE - INTERVAL '30' DAY, CURRENT_DATE + INTERVAL '5' DAY, false),
    ((select id from edp_round where title = 'EDP 2026-2027'), 'CO_DESIGN',
     CURRENT_DATE + INTERVAL '6' DAY, CURRENT_DATE + INTERVAL '19' DAY, false),
    ((select id from edp_round where title = 'EDP 2026-2027'), 'REVIEW',
     CURRENT_DATE + INTERVAL '20' DAY, CURRENT_DATE + INTERVAL '39' DAY, false),
    ((select id from edp_round where title = 'EDP 2026-2027'), 'CONSOLIDATION',
     CURRENT_DATE + INTERVAL '40' DAY, CURRENT_DATE + INTERVAL '45' DAY, false);

update edp_round set phase = 'DRAFTING', status = 'OPEN', phase_since = CURRENT_DATE - INTERVAL '30' DAY
 where title = 'EDP 2026-2027';
