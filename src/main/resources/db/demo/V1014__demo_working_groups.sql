-- Demo working groups and a meeting about to start: the cross-cluster group on manufacturing and
-- logistics meets within the hour to discuss and rank proposals of the open round; Laura Bianchi
-- (AFIL) chairs and the working-group member takes the minutes.
insert into working_group (name, description, ecosystem_code, created_by, created_at, version) values
    ('Manufacturing and logistics cross-cluster group',
     'Representatives of the manufacturing, energy and mobility clusters who prepare a joint position on the proposals that touch production lines and freight.',
     'ADVANCED_MANUFACTURING', 'afil.rep', CURRENT_TIMESTAMP - INTERVAL '40' DAY, 0),
    ('Smart cities thematic group',
     'The Smart Cities cluster''s thematic group on urban data platforms.',
     null, 'admin', CURRENT_TIMESTAMP - INTERVAL '30' DAY, 0);

insert into working_group_cluster (group_id, cluster_code) values
    ((select id from working_group where name = 'Manufacturing and logistics cross-cluster group'), 'AFIL'),
    ((select id from working_group where name = 'Manufacturing and logistics cross-cluster group'), 'LE2C'),
    ((select id from working_group where name = 'Manufacturing and logistics cross-cluster group'), 'CLM'),
    ((select id from working_group where name = 'Smart cities thematic group'), 'SCC');

insert into working_group_member (group_id, username) values
    ((select id from working_group where name = 'Manufacturing and logistics cross-cluster group'), 'afil.rep'),
    ((select id from working_group where name = 'Manufacturing and logistics cross-cluster group'), 'le2c.rep'),
    ((select id from working_group where name = 'Manufacturing and logistics cross-cluster group'), 'mobility.rep'),
    ((select id from working_group where name = 'Manufacturing and logistics cross-cluster group'), 'lifesciences.rep'),
    ((select id from working_group where name = 'Manufacturing and logistics cross-cluster group'), 'wg.member'),
    ((select id from working_group where name = 'Smart cities thematic group'), 'wg.member');

insert into meeting (group_id, round_id, title, description, starts_at, duration_minutes, time_zone, online_link,
                     place, chair, status, created_by, created_at, updated_by, updated_at, version) values
    ((select id from working_group where name = 'Manufacturing and logistics cross-cluster group'),
     (select id from edp_round where title = 'EDP 2026-2027'),
     'Ranking the manufacturing and logistics proposals',
     'We go through the proposals of our clusters, hear the leads, and rank them for the Region''s review.',
     CURRENT_TIMESTAMP + INTERVAL '1' HOUR, 90, 'Europe/Rome', 'https://meet.example.org/edp-manufacturing',
     'Palazzo Lombardia, room 12', 'afil.rep', 'SCHEDULED', 'afil.rep', CURRENT_TIMESTAMP - INTERVAL '3' DAY,
     'afil.rep', CURRENT_TIMESTAMP - INTERVAL '3' DAY, 0);

insert into meeting_agenda_item (meeting_id, position, title, description, duration_minutes, version) values
    ((select id from meeting where title = 'Ranking the manufacturing and logistics proposals'), 1,
     'Welcome and goals of the meeting', 'The chair recalls the round''s calendar and what we must decide today.', 10, 0),
    ((select id from meeting where title = 'Ranking the manufacturing and logistics proposals'), 2,
     'Industrial digital twins', 'AFIL presents its proposal; questions from the other clusters.', 20, 0),
    ((select id from meeting where title = 'Ranking the manufacturing and logistics proposals'), 3,
     'Zero-emission logistics', 'The mobility cluster presents its new macro-theme.', 20, 0),
    ((select id from meeting where title = 'Ranking the manufacturing and logistics proposals'), 4,
     'Ranking and next steps', 'We rank the proposals and agree who follows up on what.', 30, 0);

insert into meeting_item_proposal (item_id, proposal_id) values
    ((select id from meeting_agenda_item where title = 'Industrial digital twins'),
     (select id from proposal where title = 'Industrial digital twins for reconfigurable production lines')),
    ((select id from meeting_agenda_item where title = 'Zero-emission logistics'),
     (select id from proposal where title = 'Zero-Emission Logistics and Intermodal Freight')),
    ((select id from meeting_agenda_item where title = 'Ranking and next steps'),
     (select id from proposal where title = 'Industrial digital twins for reconfigurable production lines')),
    ((select id from meeting_agenda_item where title = 'Ranking and next steps'),
     (select id from proposal where title = 'Zero-Emission Logistics and Intermodal Freight')),
    ((select id from meeting_agenda_item where title = 'Ranking and next steps'),
     (select id from proposal where title = 'Extend collaborative robotics to wearable exoskeletons'));

insert into meeting_invitee (meeting_id, username, note_taker, registration, registered_at, attended, version) values
    ((select id from meeting where title = 'Ranking the manufacturing and logistics proposals'), 'afil.rep', false,
     'ACCEPTED', CURRENT_TIMESTAMP - INTERVAL '3' DAY, false, 0),
    ((select id from meeting where title = 'Ranking the manufacturing and logistics proposals'), 'le2c.rep', false,
     'ACCEPTED', CURRENT_TIMESTAMP - INTERVAL '2' DAY, false, 0),
    ((select id from meeting where title = 'Ranking the manufacturing and logistics proposals'), 'mobility.rep', false,
     'INVITED', null, false, 0),
    ((select id from meeting where title = 'Ranking the manufacturing and logistics proposals'), 'lifesciences.rep', false,
     'ACCEPTED', CURRENT_TIMESTAMP - INTERVAL '1' DAY, false, 0),
    ((select id from meeting where title = 'Ranking the manufacturing and logistics proposals'), 'wg.member', true,
     'ACCEPTED', CURRENT_TIMESTAMP - INTERVAL '2' DAY, false, 0),
    ((select id from meeting where title = 'Ranking the manufacturing and logistics proposals'), 'reviewer', false,
     'INVITED', null, false, 0);
