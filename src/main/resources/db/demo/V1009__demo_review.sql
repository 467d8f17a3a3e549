-- Demo review content: the answer templates reviewers use most, and two assignments of the
-- demo reviewer, one of them overdue, so that the review queue has something to show.
insert into answer_template (title, body, created_by, updated_by, updated_at, version) values
    ('Out of S3 scope',
     'Thank you for the proposal. As written, it falls outside the scope of the Smart Specialisation Strategy 2021-2027: it does not address a technological development priority of the innovation ecosystems. If you see a link we missed, please point to the ecosystem and the priority concerned and resubmit.',
     'reviewer', 'reviewer', CURRENT_TIMESTAMP, 0),
    ('Please quantify the territorial impact',
     'The proposal is promising, but the impact on the Lombardy territory is described only in general terms. Please quantify it: the companies and research organisations involved, the expected investments, jobs or emissions avoided, and the provinces or value chains that would benefit.',
     'reviewer', 'reviewer', CURRENT_TIMESTAMP, 0),
    ('Overlaps an existing priority',
     'The proposal largely overlaps a priority already in the Work Programme. Please consider proposing a change to that priority instead, or explain clearly what this proposal adds to it.',
     'reviewer', 'reviewer', CURRENT_TIMESTAMP, 0),
    ('Approved as proposed',
     'The Region approves the proposal as submitted. It will be consolidated into the Work Programme edition being prepared; the wording may still be harmonised with the other priorities of the macro-theme.',
     'reviewer', 'reviewer', CURRENT_TIMESTAMP, 0);

insert into review_assignment (proposal_id, reviewer, assigned_by, assigned_at, due_on, version) values
    ((select id from proposal where title = 'Industrial digital twins for reconfigurable production lines'),
     'reviewer', 'admin', CURRENT_TIMESTAMP, CURRENT_DATE + INTERVAL '39' DAY, 0),
    ((select id from proposal where title = 'Long-duration energy storage'),
     'reviewer', 'admin', CURRENT_TIMESTAMP - INTERVAL '12' DAY, CURRENT_DATE - INTERVAL '2' DAY, 0);
