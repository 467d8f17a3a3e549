-- Reference data of the S3 Lombardy: innovation ecosystems, technology clusters, PNRR, SDGs, Horizon Europe.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

create table ecosystem (
    code          varchar(40)  primary key,
    name_en       varchar(200) not null,
    name_it       varchar(200) not null,
    display_order integer      not null
);

-- code is our stable key; acronym is the cluster's own and stays null where the sources give none.
-- Member counts stay null where no source gives a figure (never zero for "unknown").
create table tech_cluster (
    code               varchar(20)   primary key,
    acronym            varchar(20),
    name_en            varchar(300)  not null,
    name_it            varchar(300)  not null,
    headquarters       varchar(500),
    website            varchar(300),
    members_total      integer,
    members_companies  integer,
    members_research   integer,
    members_other      integer,
    summary_en         varchar(4000),
    summary_it         varchar(4000),
    display_order      integer       not null
);

create table tech_cluster_area (
    cluster_code varchar(20)  not null references tech_cluster (code),
    position     integer      not null,
    name_en      varchar(200) not null,
    name_it      varchar(200) not null,
    primary key (cluster_code, position)
);

-- The ecosystems a cluster names as its reference ecosystems.
create table tech_cluster_ecosystem (
    cluster_code   varchar(20) not null references tech_cluster (code),
    ecosystem_code varchar(40) not null references ecosystem (code),
    primary key (cluster_code, ecosystem_code)
);

-- EU projects and international networks, kind PROJECT or NETWORK, as the sources list them.
create table tech_cluster_affiliation (
    cluster_code varchar(20)  not null references tech_cluster (code),
    position     integer      not null,
    kind         varchar(10)  not null,
    name         varchar(300) not null,
    programme    varchar(200),
    primary key (cluster_code, position)
);

create table pnrr_mission (
    code     varchar(4)   primary key,
    title_en varchar(300) not null,
    title_it varchar(300) not null
);

create table pnrr_component (
    code         varchar(8)   primary key,
    mission_code varchar(4)   not null references pnrr_mission (code),
    title_en     varchar(300) not null,
    title_it     varchar(300) not null
);

-- PNRR components a cluster declares synergies with.
create table tech_cluster_pnrr (
    cluster_code   varchar(20) not null references tech_cluster (code),
    component_code varchar(8)  not null references pnrr_component (code),
    primary key (cluster_code, component_code)
);

create table sdg (
    goal_number integer      primary key,
    title_en    varchar(200) not null,
    title_it    varchar(200) not null
);

create table horizon_cluster (
    code     varchar(8)   primary key,
    title_en varchar(300) not null,
    title_it varchar(300) not null
);
