-- The Work Programme is published in Italian and English: each text of a macro-theme and of a
-- priority may carry its Italian version beside the text as written. Null means no Italian version:
-- Italian pages and documents then show the text as written. A text that changes (an approved
-- proposal, consolidation) loses its Italian version, which no longer translates it.
alter table macro_theme add column title_it varchar(200);
alter table macro_theme add column description_it varchar(10000);

alter table priority add column title_it varchar(200);
alter table priority add column description_it varchar(10000);
alter table priority add column ecosystem_impact_it varchar(10000);
alter table priority add column territorial_impact_it varchar(10000);
