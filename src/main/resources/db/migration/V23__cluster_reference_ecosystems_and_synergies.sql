-- Each cluster's reference ecosystems are exactly those its "REFERENCE ECOSYSTEM" entry in the
-- cluster brochure (seeds/004) names. V2 had also put in the ecosystems that the brochure's
-- "SYNERGIES with other regional or national strategies" sections name for AFIL, CLM and TAV; those
-- are a different fact and are kept apart here, for every cluster, in tech_cluster_synergy.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

delete from tech_cluster_ecosystem
 where (cluster_code = 'AFIL' and ecosystem_code in ('SUSTAINABILITY', 'CONNECTIVITY_INFORMATION'))
    or (cluster_code = 'CLM'  and ecosystem_code = 'SUSTAINABILITY')
    or (cluster_code = 'TAV'  and ecosystem_code in ('SOCIAL_DEVELOPMENT', 'CONNECTIVITY_INFORMATION'));

-- The S3 ecosystems a cluster's synergy sections name, as the brochure lists them.
create table tech_cluster_synergy (
    cluster_code   varchar(20) not null references tech_cluster (code),
    ecosystem_code varchar(40) not null references ecosystem (code),
    primary key (cluster_code, ecosystem_code)
);

insert into tech_cluster_synergy (cluster_code, ecosystem_code) values
    ('AFIL',  'ADVANCED_MANUFACTURING'),
    ('AFIL',  'SUSTAINABILITY'),
    ('AFIL',  'CONNECTIVITY_INFORMATION'),
    ('CATAL', 'NUTRITION'),
    ('CLM',   'SMART_MOBILITY_ARCHITECTURE'),
    ('CLM',   'SUSTAINABILITY'),
    ('LSC',   'HEALTH_LIFE_SCIENCE'),
    ('TAV',   'HEALTH_LIFE_SCIENCE'),
    ('TAV',   'SOCIAL_DEVELOPMENT'),
    ('TAV',   'CONNECTIVITY_INFORMATION'),
    ('SCC',   'HEALTH_LIFE_SCIENCE'),
    ('SCC',   'CONNECTIVITY_INFORMATION'),
    ('SCC',   'SUSTAINABILITY'),
    ('LAC',   'SMART_MOBILITY_ARCHITECTURE'),
    ('LAC',   'CONNECTIVITY_INFORMATION'),
    ('LE2C',  'SUSTAINABILITY'),
    ('LGCA',  'SUSTAINABILITY');

-- The members of all nine clusters together, as the brochure gives them for the whole network
-- ("NUMBER OF MEMBERS 794, of which 585 companies, 111 research organisations, 98 other entities").
-- A figure of its own: the single clusters' figures come from sources of different years (AFIL 143
-- in the brochure, 144 in the 2025 slides) and LGCA gives none, so their sum (728 for the eight
-- that give one) is not the network's total.
create table tech_cluster_network_members (
    id                 integer primary key,
    members_total      integer not null,
    members_companies  integer not null,
    members_research   integer not null,
    members_other      integer not null,
    constraint ck_tech_cluster_network_one_row check (id = 1),
    constraint ck_tech_cluster_network_sum
        check (members_companies + members_research + members_other = members_total)
);

insert into tech_cluster_network_members (id, members_total, members_companies, members_research, members_other)
values (1, 794, 585, 111, 98);
