-- Consolidation and adoption of an edition: what the round's start decided for each priority
-- carried over from the adopted edition (kept, proposed for change, proposed for retirement), and
-- who adopted an edition.
alter table priority add column carry_over varchar(20);
alter table programme_edition add column adopted_by varchar(60);
