-- The 2026-2027 edition in preparation starts as a copy of the adopted 2024-2025 one.
insert into macro_theme (edition_id, title, description, display_order, version, derived_from_id)
select (select id from programme_edition where period_label = '2026-2027'), m.title, m.description, m.display_order, 0, m.id
  from macro_theme m
 where m.edition_id = (select id from programme_edition where period_label = '2024-2025')
   and not exists (select 1 from macro_theme c where c.derived_from_id = m.id);

insert into macro_theme_ecosystem (macro_theme_id, ecosystem_code)
select c.id, e.ecosystem_code
  from macro_theme c join macro_theme_ecosystem e on e.macro_theme_id = c.derived_from_id
 where c.edition_id = (select id from programme_edition where period_label = '2026-2027');

insert into priority (macro_theme_id, title, description, ecosystem_impact, territorial_impact, trl_min, trl_max,
                      display_order, version, derived_from_id)
select c.id, p.title, p.description, p.ecosystem_impact, p.territorial_impact, p.trl_min, p.trl_max,
       p.display_order, 0, p.id
  from priority p join macro_theme c on c.derived_from_id = p.macro_theme_id
 where c.edition_id = (select id from programme_edition where period_label = '2026-2027');

insert into priority_pnrr (priority_id, component_code)
select c.id, x.component_code from priority c join priority_pnrr x on x.priority_id = c.derived_from_id;

insert into priority_sdg (priority_id, goal_number)
select c.id, x.goal_number from priority c join priority_sdg x on x.priority_id = c.derived_from_id;

insert into priority_horizon (priority_id, cluster_code)
select c.id, x.cluster_code from priority c join priority_horizon x on x.priority_id = c.derived_from_id;

insert into priority_proposer (priority_id, cluster_code)
select c.id, x.cluster_code from priority c join priority_proposer x on x.priority_id = c.derived_from_id;
