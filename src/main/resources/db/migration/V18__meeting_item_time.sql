-- The time each agenda item actually took: the room adds it up as the chair moves through the agenda.
alter table meeting add column current_item_since timestamp with time zone;
alter table meeting_agenda_item add column spent_seconds integer default 0 not null;
