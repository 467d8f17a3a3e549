-- A hundred working-group members, bench001 to bench100 (password "demo"), all invited to a meeting of
-- their group that is already under way, chaired by Laura Bianchi (afil.rep): the vote-to-result
-- benchmark signs them in and has them vote in the live room.
insert into user_account (username, display_name, email, department, password_hash, enabled, preferred_language,
                          version, created_at)
with recursive n(i) as (select 1 union all select i + 1 from n where i < 100)
select 'bench' || lpad(cast(i as varchar), 3, '0'), 'Bench participant ' || lpad(cast(i as varchar), 3, '0'), null,
       null, '{bcrypt}$2a$10$xXdNPAuuaeNeN434k6soauxl.tqolic6GMz/E0F1OxB8bQ73tEKv.', true, null, 0, CURRENT_TIMESTAMP
from n;

insert into user_account_role (user_id, role)
select id, 'WG_MEMBER' from user_account where username like 'bench___';

insert into working_group (name, description, ecosystem_code, created_by, created_at, version) values
    ('Benchmark group', 'A hundred members who vote together, for the benchmark.', null, 'afil.rep',
     CURRENT_TIMESTAMP, 0);

insert into working_group_cluster (group_id, cluster_code) values
    ((select id from working_group where name = 'Benchmark group'), 'AFIL');

insert into working_group_member (group_id, username)
select (select id from working_group where name = 'Benchmark group'), username
from user_account where username like 'bench___';

insert into meeting (group_id, round_id, title, description, starts_at, duration_minutes, time_zone, online_link,
                     place, chair, status, started_at, created_by, created_at, updated_by, updated_at, version) values
    ((select id from working_group where name = 'Benchmark group'),
     (select id from edp_round where title = 'EDP 2026-2027'), 'Benchmark meeting', null,
     CURRENT_TIMESTAMP - INTERVAL '5' MINUTE, 240, 'Europe/Rome', 'https://meet.example.org/bench', null, 'afil.rep',
     'LIVE', CURRENT_TIMESTAMP - INTERVAL '5' MINUTE, 'afil.rep', CURRENT_TIMESTAMP, 'afil.rep', CURRENT_TIMESTAMP, 0);

insert into meeting_agenda_item (meeting_id, position, title, description, duration_minutes, version) values
    ((select id from meeting where title = 'Benchmark meeting'), 1, 'Vote', null, 60, 0);

update meeting set current_item_id = (select id from meeting_agenda_item where title = 'Vote'
                                      and meeting_id = (select id from meeting where title = 'Benchmark meeting'))
where title = 'Benchmark meeting';

insert into meeting_invitee (meeting_id, username, note_taker, registration, registered_at, attended, version)
select (select id from meeting where title = 'Benchmark meeting'), username, false, 'ACCEPTED', CURRENT_TIMESTAMP,
       false, 0
from user_account where username like 'bench___';

insert into meeting_invitee (meeting_id, username, note_taker, registration, registered_at, attended, version) values
    ((select id from meeting where title = 'Benchmark meeting'), 'afil.rep', false, 'ACCEPTED', CURRENT_TIMESTAMP,
     false, 0);
