-- A past meeting of the manufacturing and logistics group, with its record: who came, the minutes of
-- each item, two decisions (one about the digital twins proposal, which its history shows) and two
-- action items. Rows are found by title, so that this runs whatever ids the database gave.
insert into meeting (group_id, round_id, title, description, starts_at, duration_minutes, time_zone, online_link,
                     place, chair, status, started_at, ended_at, created_by, created_at, updated_by, updated_at,
                     version) values
    ((select id from working_group where name = 'Manufacturing and logistics cross-cluster group'),
     (select id from edp_round where title = 'EDP 2026-2027'),
     'Kick-off of the manufacturing and logistics group',
     'First meeting of the group: how we work together and a first look at the proposals of the round.',
     CURRENT_TIMESTAMP - INTERVAL '10' DAY, 60, 'Europe/Rome', 'https://meet.example.org/edp-manufacturing',
     null, 'afil.rep', 'ENDED', CURRENT_TIMESTAMP - INTERVAL '10' DAY,
     CURRENT_TIMESTAMP - INTERVAL '10' DAY + INTERVAL '65' MINUTE,
     'afil.rep', CURRENT_TIMESTAMP - INTERVAL '20' DAY, 'afil.rep', CURRENT_TIMESTAMP - INTERVAL '10' DAY, 0);

insert into meeting_agenda_item (meeting_id, position, title, description, duration_minutes, version) values
    ((select id from meeting where title = 'Kick-off of the manufacturing and logistics group'), 1,
     'Introductions and ways of working', 'Who is who, how often we meet, who takes the minutes.', 15, 0),
    ((select id from meeting where title = 'Kick-off of the manufacturing and logistics group'), 2,
     'First look at the digital twins proposal', 'AFIL outlines its proposal before it is submitted.', 30, 0),
    ((select id from meeting where title = 'Kick-off of the manufacturing and logistics group'), 3,
     'Calendar until the ranking meeting', null, 15, 0);

insert into meeting_item_proposal (item_id, proposal_id) values
    ((select i.id from meeting_agenda_item i join meeting m on m.id = i.meeting_id
       where m.title = 'Kick-off of the manufacturing and logistics group' and i.position = 2),
     (select id from proposal where title = 'Industrial digital twins for reconfigurable production lines'));

insert into meeting_invitee (meeting_id, username, note_taker, registration, registered_at, attended, first_joined_at,
                             version) values
    ((select id from meeting where title = 'Kick-off of the manufacturing and logistics group'), 'afil.rep', false,
     'ACCEPTED', CURRENT_TIMESTAMP - INTERVAL '20' DAY, true, CURRENT_TIMESTAMP - INTERVAL '10' DAY - INTERVAL '5' MINUTE, 0),
    ((select id from meeting where title = 'Kick-off of the manufacturing and logistics group'), 'le2c.rep', false,
     'ACCEPTED', CURRENT_TIMESTAMP - INTERVAL '18' DAY, true, CURRENT_TIMESTAMP - INTERVAL '10' DAY + INTERVAL '2' MINUTE, 0),
    ((select id from meeting where title = 'Kick-off of the manufacturing and logistics group'), 'mobility.rep', false,
     'ACCEPTED', CURRENT_TIMESTAMP - INTERVAL '15' DAY, false, null, 0),
    ((select id from meeting where title = 'Kick-off of the manufacturing and logistics group'), 'lifesciences.rep', false,
     'DECLINED', CURRENT_TIMESTAMP - INTERVAL '14' DAY, false, null, 0),
    ((select id from meeting where title = 'Kick-off of the manufacturing and logistics group'), 'wg.member', true,
     'ACCEPTED', CURRENT_TIMESTAMP - INTERVAL '19' DAY, true, CURRENT_TIMESTAMP - INTERVAL '10' DAY - INTERVAL '1' MINUTE, 0);

insert into meeting_minutes (item_id, body, updated_by, updated_at, version) values
    ((select i.id from meeting_agenda_item i join meeting m on m.id = i.meeting_id
       where m.title = 'Kick-off of the manufacturing and logistics group' and i.position = 1),
     'Laura Bianchi opened the meeting and everyone introduced themselves. The group will meet online every second Tuesday; the working-group member takes the minutes and circulates them within two days.',
     'wg.member', CURRENT_TIMESTAMP - INTERVAL '10' DAY + INTERVAL '15' MINUTE, 0),
    ((select i.id from meeting_agenda_item i join meeting m on m.id = i.meeting_id
       where m.title = 'Kick-off of the manufacturing and logistics group' and i.position = 2),
     'AFIL presented the digital twins proposal: reconfigurable lines for small and medium manufacturers, with pilots in two plants. LE2C asked how energy use is measured; AFIL will add the energy-efficiency indicators. The group found the proposal mature and relevant to both clusters.',
     'wg.member', CURRENT_TIMESTAMP - INTERVAL '10' DAY + INTERVAL '45' MINUTE, 0),
    ((select i.id from meeting_agenda_item i join meeting m on m.id = i.meeting_id
       where m.title = 'Kick-off of the manufacturing and logistics group' and i.position = 3),
     'The ranking meeting will be held before the Region''s review opens. Each cluster submits its proposals first.',
     'wg.member', CURRENT_TIMESTAMP - INTERVAL '10' DAY + INTERVAL '60' MINUTE, 0);

insert into meeting_decision (meeting_id, item_id, body, proposal_id, recorded_by, recorded_at, version) values
    ((select id from meeting where title = 'Kick-off of the manufacturing and logistics group'),
     (select i.id from meeting_agenda_item i join meeting m on m.id = i.meeting_id
       where m.title = 'Kick-off of the manufacturing and logistics group' and i.position = 2),
     'The group supports the digital twins proposal going forward, once the energy-efficiency indicators are added.',
     (select id from proposal where title = 'Industrial digital twins for reconfigurable production lines'),
     'wg.member', CURRENT_TIMESTAMP - INTERVAL '10' DAY + INTERVAL '42' MINUTE, 0),
    ((select id from meeting where title = 'Kick-off of the manufacturing and logistics group'),
     (select i.id from meeting_agenda_item i join meeting m on m.id = i.meeting_id
       where m.title = 'Kick-off of the manufacturing and logistics group' and i.position = 3),
     'The group meets online every second Tuesday until the ranking meeting.',
     null, 'wg.member', CURRENT_TIMESTAMP - INTERVAL '10' DAY + INTERVAL '58' MINUTE, 0);

insert into proposal_event (proposal_id, kind, actor, occurred_at, reason, source_title, source_link) values
    ((select id from proposal where title = 'Industrial digital twins for reconfigurable production lines'),
     'MEETING_DECISION', 'wg.member', CURRENT_TIMESTAMP - INTERVAL '10' DAY + INTERVAL '42' MINUTE,
     'The group supports the digital twins proposal going forward, once the energy-efficiency indicators are added.',
     'Kick-off of the manufacturing and logistics group',
     (select 'meetings/' || cast(id as varchar(20)) || '/report' from meeting
       where title = 'Kick-off of the manufacturing and logistics group'));

insert into meeting_action (meeting_id, item_id, body, owner, due_date, done, recorded_by, recorded_at, version) values
    ((select id from meeting where title = 'Kick-off of the manufacturing and logistics group'),
     (select i.id from meeting_agenda_item i join meeting m on m.id = i.meeting_id
       where m.title = 'Kick-off of the manufacturing and logistics group' and i.position = 2),
     'Add the energy-efficiency indicators to the digital twins proposal', 'afil.rep',
     cast(CURRENT_TIMESTAMP + INTERVAL '3' DAY as date), false, 'wg.member',
     CURRENT_TIMESTAMP - INTERVAL '10' DAY + INTERVAL '44' MINUTE, 0),
    ((select id from meeting where title = 'Kick-off of the manufacturing and logistics group'),
     (select i.id from meeting_agenda_item i join meeting m on m.id = i.meeting_id
       where m.title = 'Kick-off of the manufacturing and logistics group' and i.position = 1),
     'Circulate the minutes to the group', 'wg.member',
     cast(CURRENT_TIMESTAMP - INTERVAL '8' DAY as date), true, 'wg.member',
     CURRENT_TIMESTAMP - INTERVAL '10' DAY + INTERVAL '14' MINUTE, 0);
