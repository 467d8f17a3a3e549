-- Entries of a proposal's history that another feature recorded (a working-group meeting's decision)
-- name where it happened by title and app route: the proposal feature knows nothing of meetings.
alter table proposal_event add column source_title varchar(200);
alter table proposal_event add column source_link varchar(200);
-- The reason a decision was withdrawn, beside the decision itself (in reason).
alter table proposal_event add column note varchar(1000);

-- Why a meeting's decision was withdrawn (optional; the decision row stays).
alter table meeting_decision add column withdraw_reason varchar(1000);
