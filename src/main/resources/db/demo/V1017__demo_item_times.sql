-- The time each item of the past kick-off meeting actually took (65 minutes in all): the proposal ran over.
update meeting_agenda_item set spent_seconds = case position when 1 then 720 when 2 then 2460 else 720 end
where meeting_id = (select id from meeting where title = 'Kick-off of the manufacturing and logistics group');
