-- Demo discussion on AFIL's "Industrial digital twins" proposal: a question on the description that
-- the cluster answered and the reviewer resolved, an open thread on the territorial impact, and an
-- internal note between Region staff that cluster users never see.
insert into discussion_thread (subject_type, subject_id, field, internal, started_by, started_at, resolved_by,
                               resolved_at, last_activity_at, version) values
    ('proposal', (select id from proposal where title = 'Industrial digital twins for reconfigurable production lines'),
     'description', false, 'reviewer', CURRENT_TIMESTAMP - INTERVAL '5' DAY, 'reviewer',
     CURRENT_TIMESTAMP - INTERVAL '4' DAY, CURRENT_TIMESTAMP - INTERVAL '4' DAY, 0),
    ('proposal', (select id from proposal where title = 'Industrial digital twins for reconfigurable production lines'),
     'territorialImpact', false, 'le2c.rep', CURRENT_TIMESTAMP - INTERVAL '3' DAY, null, null,
     CURRENT_TIMESTAMP - INTERVAL '2' DAY, 0),
    ('proposal', (select id from proposal where title = 'Industrial digital twins for reconfigurable production lines'),
     null, true, 'reviewer', CURRENT_TIMESTAMP - INTERVAL '1' DAY, null, null, CURRENT_TIMESTAMP - INTERVAL '1' DAY, 0);

insert into discussion_comment (thread_id, author, body, internal, created_at, edited_at, version) values
    ((select id from discussion_thread where field = 'description' and started_by = 'reviewer'), 'reviewer',
     'Does the priority cover only new plants, or also retrofitting existing lines? Many SMEs would start from machines they already own.',
     false, CURRENT_TIMESTAMP - INTERVAL '5' DAY, null, 0),
    ((select id from discussion_thread where field = 'description' and started_by = 'reviewer'), 'afil.rep',
     'Both: retrofitting is the main case for SMEs. We will say so in the description.
Our members'' survey is at https://www.afil.it for reference.',
     false, CURRENT_TIMESTAMP - INTERVAL '4' DAY - INTERVAL '2' HOUR, null, 0),
    ((select id from discussion_thread where field = 'territorialImpact'), 'le2c.rep',
     'Energy monitoring could be part of the twins: @afil.rep would you consider a joint paragraph with LE2C on energy efficiency of production lines?',
     false, CURRENT_TIMESTAMP - INTERVAL '3' DAY, null, 0),
    ((select id from discussion_thread where field = 'territorialImpact'), 'afil.rep',
     'Good idea. Let us draft it together next week.',
     false, CURRENT_TIMESTAMP - INTERVAL '2' DAY, null, 0),
    ((select id from discussion_thread where internal = true and started_by = 'reviewer'), 'reviewer',
     'Internal: this overlaps partly with the 2024-2025 priority on predictive maintenance. @admin shall we ask AFIL to merge?',
     true, CURRENT_TIMESTAMP - INTERVAL '1' DAY, null, 0);
