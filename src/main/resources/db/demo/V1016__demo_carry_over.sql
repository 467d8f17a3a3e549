-- What opening the EDP 2026-2027 round decided for the priorities carried over from 2024-2025:
-- most are kept, two are proposed for change and one for retirement (it blocks the adoption until
-- region staff decide on it while consolidating).
update priority set carry_over = 'KEEP' where derived_from_id is not null;

update priority set carry_over = 'CHANGE'
 where derived_from_id is not null
   and title in ('Human-centred collaborative robotics', 'Electrified and lightweight vehicle components');

update priority set carry_over = 'RETIRE'
 where derived_from_id is not null
   and title = 'Data platforms and AI for public services';
