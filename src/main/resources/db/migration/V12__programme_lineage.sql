-- An edition in preparation starts as a copy of the adopted one before it; each copied macro-theme
-- and priority remembers what it was copied from, and anything an approved proposal added or
-- changed remembers that proposal.
alter table macro_theme add column derived_from_id bigint;
alter table macro_theme add column origin_proposal_id bigint;
alter table priority add column derived_from_id bigint;
alter table priority add column origin_proposal_id bigint;

create index ix_macro_theme_derived on macro_theme (derived_from_id);
create index ix_priority_derived on priority (derived_from_id);
