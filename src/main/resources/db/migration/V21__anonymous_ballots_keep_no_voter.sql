-- Anonymous polls keep no voter (docs/decisions/0003-append-only-audit-and-anonymous-ballots.md). While such a
-- poll is open, its ballots are told apart by a keyed hash of the voter's account, keyed with the poll's own random
-- ballot_key, so that a voter can change their ballot; when the poll closes the key is erased and the ballots are
-- written again in random order. Their ballots keep no times either: cast_at stays empty. Named polls are unchanged.
-- Existing anonymous ballots are converted by the Java migration V22.
alter table poll add column ballot_key varchar(64);
alter table poll_ballot alter column cast_at drop not null;
