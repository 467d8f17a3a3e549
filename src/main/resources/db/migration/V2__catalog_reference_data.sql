-- Reference data of the S3 Lombardy catalogue.
-- Cluster facts and figures come from the public material in shared/seeds (mainly the cluster
-- brochure, one section per cluster, and the 2025 "Cluster policy in the 4Motors for Europe" slides).
-- Member counts stay NULL where no source gives a figure.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

-- ---------------------------------------------------------------------------------------------
-- The 8 innovation ecosystems of the Lombardy S3
-- ---------------------------------------------------------------------------------------------
insert into ecosystem (code, name_en, name_it, display_order) values
    ('ADVANCED_MANUFACTURING',      'Advanced Manufacturing',         'Manifattura avanzata',          1),
    ('NUTRITION',                   'Nutrition',                      'Nutrizione',                    2),
    ('HEALTH_LIFE_SCIENCE',         'Health and Life Science',        'Salute e Life Science',         3),
    ('CULTURE_KNOWLEDGE',           'Culture and Knowledge',          'Cultura e Conoscenza',          4),
    ('CONNECTIVITY_INFORMATION',    'Connectivity and Information',   'Connettività e Informazione',   5),
    ('SMART_MOBILITY_ARCHITECTURE', 'Smart Mobility and Architecture', 'Smart Mobility e Architettura', 6),
    ('SUSTAINABILITY',              'Sustainability',                 'Sostenibilità',                 7),
    ('SOCIAL_DEVELOPMENT',          'Social Development',             'Sviluppo Sociale',              8);

-- ---------------------------------------------------------------------------------------------
-- The 9 Lombardy Technology Clusters
-- ---------------------------------------------------------------------------------------------
insert into tech_cluster (code, acronym, name_en, name_it, headquarters, website,
                          members_total, members_companies, members_research, members_other,
                          summary_en, summary_it, display_order) values
    ('AFIL', 'AFIL',
     'Lombardy Intelligent Factory Association',
     'Associazione Fabbrica Intelligente Lombardia',
     'Via G. Colombo, 83 - 20133 Milan (Italy); Place du Champ de Mars 1/3, 1050 Brussels (Belgium)',
     'https://www.afil.it/',
     144, 116, 14, 14,
     'The Lombardy cluster for advanced manufacturing, gathering companies, research organisations and other bodies around new production materials, processes, methods and technologies. Through its strategic communities it works on the circular economy and the digital transformation of industry, and it is active in many EU projects and networks, with offices in Milan and Brussels.',
     'Il cluster lombardo della manifattura avanzata, che riunisce imprese, organismi di ricerca e altri enti attorno a materiali, processi, metodi e tecnologie di produzione. Con le sue comunità strategiche lavora su economia circolare e trasformazione digitale dell''industria e partecipa a numerosi progetti e reti europee, con sedi a Milano e a Bruxelles.',
     1),
    ('CATAL', 'CAT.AL',
     'High Technology Cluster Agrifood Lombardy',
     'Cluster Alta Tecnologia Agroalimentare Lombardia',
     'Via Einstein - loc. Cascina Codazza - 26900 Lodi',
     'https://www.clusteragrofoodlombardia.eu',
     14, 4, 4, 6,
     'The technology cluster of the Lombardy agri-food chain, which connects the players of the sector to push technological progress and innovation and to make the industry more competitive and let it grow. It is preparing Horizon Europe proposals on safety at work in farming and on biosecurity in livestock production.',
     'Il cluster tecnologico della filiera agroalimentare lombarda, che mette in rete gli attori del settore per spingere il progresso tecnologico e l''innovazione e rendere il comparto più competitivo. Sta preparando proposte Horizon Europe sulla sicurezza del lavoro in agricoltura e sulla biosicurezza negli allevamenti.',
     2),
    ('CLM', 'CLM',
     'Lombardy Mobility Cluster',
     'Cluster Lombardo della Mobilità',
     'Piazza Leonardo da Vinci 32, Milano (Italy); Operational offices: Via Cefalonia 60, Brescia (Italy)',
     'https://www.clusterlombardomobilita.it',
     83, 70, 4, 9,
     'The cluster for sustainable and smart mobility, based in Milan with operational offices in Brescia. Its projects cover alternative drives and renewable fuels, ITS, digitalisation and AI for transport services, and vehicle lightweighting with new materials, for example the COEVE supply chain for electrified-vehicle components and the SHINE green-hydrogen demonstrator.',
     'Il cluster della mobilità sostenibile e intelligente, con sede a Milano e uffici operativi a Brescia. I suoi progetti riguardano propulsioni alternative e carburanti rinnovabili, ITS, digitalizzazione e intelligenza artificiale per i servizi di trasporto, alleggerimento dei veicoli e nuovi materiali, come la filiera COEVE per i componenti dei veicoli elettrificati e il dimostratore a idrogeno verde SHINE.',
     3),
    ('LSC', null,
     'Lombardy Life Sciences Cluster',
     'Cluster Lombardo Scienze della Vita',
     'Via Pantano, 9 - 20122 Milano',
     'https://www.lombardialifesciences.it/en/',
     114, 63, 36, 15,
     'The Lombardy life sciences cluster, covering medical devices, digital health, health and wellness, pharmaceuticals and biotechnology. It backs its members in regional calls, runs public-private working groups on clinical trials and on digital health, and develops projects on decentralised clinical trials and continuity of care.',
     'Il cluster lombardo delle scienze della vita, attivo su dispositivi medici, sanità digitale, salute e benessere, farmaceutica e biotecnologie. Sostiene i soci nei bandi regionali, coordina gruppi di lavoro pubblico-privati su sperimentazioni cliniche e sanità digitale e sviluppa progetti su studi clinici decentralizzati e continuità di cura.',
     4),
    ('TAV', 'TAV',
     'Cluster Technologies for Living Environments (Tech for Life)',
     'Cluster Tecnologie per gli Ambienti di Vita (Tech for Life)',
     'Viale Tonale, 28/30 - 23900 Lecco',
     'https://cluster.techforlife.it',
     31, 9, 13, 9,
     'A Lecco-based foundation that brings companies, research bodies and clinical institutions together on technologies for living environments, from health, well-being and digital health to rehabilitation and active ageing. It takes part in the Horizon Europe project XpanDH and in PNRR initiatives on medical robotics and on ageing.',
     'Fondazione con sede a Lecco che unisce imprese, enti di ricerca e istituti clinici sulle tecnologie per gli ambienti di vita, dalla salute, dal benessere e dalla sanità digitale fino alla riabilitazione e all''invecchiamento attivo. Partecipa al progetto Horizon Europe XpanDH e a iniziative PNRR sulla robotica medica e sull''invecchiamento.',
     5),
    ('SCC', 'SCC',
     'Cluster Technologies for Smart Cities & Communities',
     'Cluster Tecnologie per le Smart Cities & Communities',
     'Via Giovanni Durando, 38 - 20158 Milano',
     'https://www.clusterscclombardia.it',
     88, 69, 11, 8,
     'The cluster of digital systems for smart cities and communities, whose work touches six of the S3 innovation ecosystems. It organises the yearly Smart City Now event and takes part in the AMBITIOUS project on AI, 5G and IoT and in the Smart Land supply chain for monitoring and managing the territory.',
     'Il cluster dei sistemi digitali per le città e le comunità intelligenti, il cui lavoro tocca sei ecosistemi dell''innovazione della S3. Organizza ogni anno l''evento Smart City Now e partecipa al progetto AMBITIOUS su intelligenza artificiale, 5G e IoT e alla filiera Smart Land per il monitoraggio e la gestione del territorio.',
     6),
    ('LAC', 'LAC',
     'Lombardia Aerospace Cluster',
     'Cluster Aerospaziale Lombardo',
     'Operative Headquarter: c/o Confindustria Varese, Piazza Monte Grappa 5, Varese; Legal Headquarter: c/o Confindustria Lombardia, Via Pantano 9, Milano',
     'https://www.aerospacelombardia.it/en',
     114, 106, 6, 2,
     'The cluster of the Lombardy aerospace industry, made up mostly of companies, with its operative seat in Varese and its legal seat in Milan. It supports member SMEs on supply-chain development, internationalisation, business networking and education, and coordinates the sector''s advanced air mobility initiatives for the 2026 Winter Olympics.',
     'Il cluster dell''industria aerospaziale lombarda, composto soprattutto da imprese, con sede operativa a Varese e sede legale a Milano. Accompagna le PMI associate su sviluppo della filiera, internazionalizzazione, networking e formazione e coordina le iniziative del settore sulla mobilità aerea avanzata per le Olimpiadi invernali 2026.',
     7),
    ('LE2C', 'LE2C',
     'Lombardy Energy Cleantech Cluster',
     'Cluster Lombardo dell''Energia e del Cleantech',
     'Via Pantano, 9 - 20122 Milano',
     'https://energycluster.it/en',
     140, 104, 10, 26,
     'The Lombardy energy and cleantech cluster, working on the water-energy nexus, smart energy systems, green building, sustainable manufacturing, clean air and the circular economy. It launched a regionally recognised supply chain on renewable energy communities and is active on hydrogen, where it co-coordinates the Vanguard Initiative hydrogen table.',
     'Il cluster lombardo dell''energia e del cleantech, attivo su nesso acqua-energia, sistemi energetici intelligenti, edilizia sostenibile, manifattura sostenibile, aria pulita ed economia circolare. Ha avviato una filiera riconosciuta da Regione Lombardia sulle comunità energetiche rinnovabili ed è impegnato sull''idrogeno, di cui co-coordina il tavolo nella Vanguard Initiative.',
     8),
    ('LGCA', 'LGCA',
     'Lombardy Green Chemistry Association',
     'Associazione Lombarda per la Chimica Verde',
     'Piazza della Trivulziana, 4/A - 20126 Milano',
     'https://www.chimicaverdelombardia.it/en/',
     null, null, null, null,
     'The association of the Lombardy green chemistry and bioeconomy community, focused on sustainable chemistry, biorefineries and the bioeconomy. It hosts the yearly Bioeconomy Dialogues, has been technical coordinator of the Vanguard Initiative Bioeconomy Pilot since 2016 and leads the Horizon Europe project SYMBIO.',
     'L''associazione della chimica verde e della bioeconomia lombarda, dedicata a chimica sostenibile, bioraffinerie e bioeconomia. Organizza ogni anno i Bioeconomy Dialogues, dal 2016 è coordinatore tecnico del Bioeconomy Pilot della Vanguard Initiative e guida il progetto Horizon Europe SYMBIO.',
     9);

-- ---------------------------------------------------------------------------------------------
-- Technology areas (position 1 = the headline area of the cluster, then the areas the brochure lists)
-- ---------------------------------------------------------------------------------------------
insert into tech_cluster_area (cluster_code, position, name_en, name_it) values
    ('AFIL',  1, 'Advanced Manufacturing', 'Manifattura avanzata'),
    ('AFIL',  2, 'Advanced Manufacturing materials, processes, methods and technologies', 'Materiali, processi, metodi e tecnologie per la manifattura avanzata'),
    ('CATAL', 1, 'Agrifood', 'Agroalimentare'),
    ('CLM',   1, 'Mobility', 'Mobilità'),
    ('CLM',   2, 'Sustainable and smart mobility', 'Mobilità sostenibile e intelligente'),
    ('LSC',   1, 'Life Sciences', 'Scienze della vita'),
    ('LSC',   2, 'Medical Devices', 'Dispositivi medici'),
    ('LSC',   3, 'Digital Health', 'Sanità digitale'),
    ('LSC',   4, 'Health and Wellness', 'Salute e benessere'),
    ('LSC',   5, 'Pharmaceuticals', 'Farmaceutica'),
    ('LSC',   6, 'Biotechnology', 'Biotecnologie'),
    ('TAV',   1, 'Technologies for Life Environments', 'Tecnologie per gli ambienti di vita'),
    ('TAV',   2, 'Health and Well-being', 'Salute e benessere'),
    ('TAV',   3, 'Digital Health', 'Sanità digitale'),
    ('TAV',   4, 'Personalised Medicine', 'Medicina personalizzata'),
    ('TAV',   5, 'Rehabilitation', 'Riabilitazione'),
    ('TAV',   6, 'Nutrition', 'Nutrizione'),
    ('TAV',   7, 'Active Ageing', 'Invecchiamento attivo'),
    ('TAV',   8, 'Health Tourism & Sport', 'Turismo della salute e sport'),
    ('TAV',   9, 'Future Environments of Life', 'Ambienti di vita del futuro'),
    ('SCC',   1, 'Smart Communities', 'Smart Communities'),
    ('SCC',   2, 'Digital Systems', 'Sistemi digitali'),
    ('LAC',   1, 'Aerospace', 'Aerospazio'),
    ('LE2C',  1, 'Energy', 'Energia'),
    ('LE2C',  2, 'Water Energy Nexus - water management and purification', 'Nesso acqua-energia - gestione e depurazione delle acque'),
    ('LE2C',  3, 'Smart Energy Systems - energy production and distribution', 'Sistemi energetici intelligenti - produzione e distribuzione dell''energia'),
    ('LE2C',  4, 'Green Building', 'Edilizia sostenibile'),
    ('LE2C',  5, 'Sustainable Manufacturing', 'Manifattura sostenibile'),
    ('LE2C',  6, 'Clean Air', 'Aria pulita'),
    ('LE2C',  7, 'Circular Economy', 'Economia circolare'),
    ('LGCA',  1, 'Green Chemistry', 'Chimica verde'),
    ('LGCA',  2, 'Sustainable Chemistry', 'Chimica sostenibile'),
    ('LGCA',  3, 'Biorefineries', 'Bioraffinerie'),
    ('LGCA',  4, 'Bioeconomy of the Future', 'Bioeconomia del futuro');

-- ---------------------------------------------------------------------------------------------
-- Reference ecosystems: the "reference ecosystem" of each cluster, plus the further ecosystems
-- its S3 synergy sections name (AFIL, CLM, TAV).
-- ---------------------------------------------------------------------------------------------
insert into tech_cluster_ecosystem (cluster_code, ecosystem_code) values
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
    ('SCC',   'CULTURE_KNOWLEDGE'),
    ('SCC',   'CONNECTIVITY_INFORMATION'),
    ('SCC',   'SMART_MOBILITY_ARCHITECTURE'),
    ('SCC',   'SUSTAINABILITY'),
    ('SCC',   'SOCIAL_DEVELOPMENT'),
    ('LAC',   'SMART_MOBILITY_ARCHITECTURE'),
    ('LAC',   'CONNECTIVITY_INFORMATION'),
    ('LE2C',  'SUSTAINABILITY'),
    ('LGCA',  'SUSTAINABILITY');

-- ---------------------------------------------------------------------------------------------
-- European projects and international networks, in the order the brochure lists them.
-- CLM: the brochure mentions unnamed projects under COSME, Horizon, LIFE and CEF; only the
-- named networks are recorded.
-- LGCA: its brochure list repeats the CLM list word for word (automotive and hydrogen networks), so
-- the projects and network named in the LGCA section itself are recorded instead.
-- ---------------------------------------------------------------------------------------------
insert into tech_cluster_affiliation (cluster_code, position, kind, name, programme) values
    ('AFIL',   1, 'PROJECT', 'GREENSMARTMED', 'Interreg Euro-MED'),
    ('AFIL',   2, 'PROJECT', 'SMART-Growth', 'I3'),
    ('AFIL',   3, 'PROJECT', 'BATMASS', 'I3'),
    ('AFIL',   4, 'PROJECT', 'PLASTIX', 'Interreg Europe'),
    ('AFIL',   5, 'PROJECT', 'AI REDGIO 5.0', 'Horizon Europe'),
    ('AFIL',   6, 'PROJECT', 'DeremCo', 'I3'),
    ('AFIL',   7, 'PROJECT', 'PIMAP4Sustainability', 'Single Market Programme'),
    ('AFIL',   8, 'PROJECT', 'LCAMP', 'Erasmus+'),
    ('AFIL',   9, 'PROJECT', 'ADMA TranS4MErs', 'Horizon 2020'),
    ('AFIL',  10, 'PROJECT', 'ADMANTEX2i', 'COSME - Clusters Go International'),
    ('AFIL',  11, 'NETWORK', '4 Motors of Europe (4ME)', null),
    ('AFIL',  12, 'NETWORK', 'Vanguard Initiative (VI)', null),
    ('AFIL',  13, 'NETWORK', 'S3 Thematic Platforms and Partnerships (S3P)', null),
    ('AFIL',  14, 'NETWORK', 'European Cluster Collaboration Platform (ECCP)', null),
    ('AFIL',  15, 'NETWORK', 'EDIH Manufacturing Network (EDIH4MANU)', null),
    ('AFIL',  16, 'NETWORK', 'World Economic Forum (WEF)', null),
    ('CATAL',  1, 'NETWORK', 'European Cluster Collaboration Platform', null),
    ('CATAL',  2, 'NETWORK', 'EU4FOOD', null),
    ('CATAL',  3, 'NETWORK', 'Space4Globe', null),
    ('CATAL',  4, 'PROJECT', 'Neptune Blue Growth Accelerator', null),
    ('CLM',    1, 'NETWORK', 'EUSALP', null),
    ('CLM',    2, 'NETWORK', 'ARA - Automotive Regions Alliance', null),
    ('CLM',    3, 'NETWORK', 'Four Motors of Europe', null),
    ('CLM',    4, 'NETWORK', 'ECH2A', null),
    ('CLM',    5, 'NETWORK', 'C2Future', null),
    ('LSC',    1, 'NETWORK', 'Digital Innovation Hub (EDIH)', null),
    ('LSC',    2, 'NETWORK', 'European Union of Private Hospitals (UEHP)', null),
    ('LSC',    3, 'NETWORK', 'Council for European BioRegions (CEBR)', null),
    ('LSC',    4, 'NETWORK', 'Vanguard Initiative', null),
    ('TAV',    1, 'NETWORK', 'Vanguard Initiative Smart Health Pilot', null),
    ('TAV',    2, 'NETWORK', 'Medical Technologies partnership (MedTech)', null),
    ('TAV',    3, 'PROJECT', 'XpanDH', 'Horizon Europe'),
    ('TAV',    4, 'PROJECT', 'JA-ImplementAL', null),
    ('SCC',    1, 'NETWORK', 'Smart Cities Tech', null),
    ('SCC',    2, 'NETWORK', 'European Cluster Collaboration Platform', null),
    ('LAC',    1, 'NETWORK', 'EACP (European Aerospace Cluster Partnership)', null),
    ('LE2C',   1, 'PROJECT', 'ESECA', 'COSME'),
    ('LE2C',   2, 'PROJECT', 'iDesignRES', 'Horizon Europe'),
    ('LE2C',   3, 'PROJECT', 'RISE', 'I3'),
    ('LE2C',   4, 'PROJECT', 'SYSCHEMIQ', 'Horizon Europe'),
    ('LE2C',   5, 'PROJECT', 'EDIH Lombardia', 'MIMIT'),
    ('LE2C',   6, 'PROJECT', 'SMaRT PCBs', 'MASE'),
    ('LE2C',   7, 'PROJECT', 'Tech4lib', 'Fondazione Cariplo'),
    ('LE2C',   8, 'NETWORK', 'Vanguard Initiative', null),
    ('LE2C',   9, 'NETWORK', 'ICEI Alliance (ICEI-A)', null),
    ('LE2C',  10, 'NETWORK', 'European Cluster Collaboration Platform (ECCP)', null),
    ('LE2C',  11, 'NETWORK', 'S3 Partnerships of European Regions (ESPC)', null),
    ('LE2C',  12, 'NETWORK', 'Digital Innovation Hub (DIH)', null),
    ('LE2C',  13, 'NETWORK', 'Enterprise Europe Network (EEN)', null),
    ('LE2C',  14, 'NETWORK', 'Cluster Tecnologico Nazionale Energia (CTNE)', null),
    ('LGCA',   1, 'NETWORK', 'Vanguard Initiative - Bioeconomy Pilot', null),
    ('LGCA',   2, 'PROJECT', 'Forest EcoValue', 'Interreg Alpine Space'),
    ('LGCA',   3, 'PROJECT', 'SYMBIO', 'Horizon Europe');

-- ---------------------------------------------------------------------------------------------
-- PNRR (Piano Nazionale di Ripresa e Resilienza): missions and components
-- ---------------------------------------------------------------------------------------------
insert into pnrr_mission (code, title_en, title_it) values
    ('M1', 'Digitalisation, innovation, competitiveness, culture and tourism', 'Digitalizzazione, innovazione, competitività, cultura e turismo'),
    ('M2', 'Green revolution and ecological transition', 'Rivoluzione verde e transizione ecologica'),
    ('M3', 'Infrastructure for sustainable mobility', 'Infrastrutture per una mobilità sostenibile'),
    ('M4', 'Education and research', 'Istruzione e ricerca'),
    ('M5', 'Inclusion and cohesion', 'Inclusione e coesione'),
    ('M6', 'Health', 'Salute');

insert into pnrr_component (code, mission_code, title_en, title_it) values
    ('M1C1', 'M1', 'Digitalisation, innovation and security in the PA', 'Digitalizzazione, innovazione e sicurezza nella PA'),
    ('M1C2', 'M1', 'Digitalisation, innovation and competitiveness in the production system', 'Digitalizzazione, innovazione e competitività nel sistema produttivo'),
    ('M1C3', 'M1', 'Tourism and culture 4.0', 'Turismo e cultura 4.0'),
    ('M2C1', 'M2', 'Circular economy and sustainable agriculture', 'Economia circolare e agricoltura sostenibile'),
    ('M2C2', 'M2', 'Renewable energy, hydrogen, grid and sustainable mobility', 'Energia rinnovabile, idrogeno, rete e mobilità sostenibile'),
    ('M2C3', 'M2', 'Energy efficiency and building rehabilitation', 'Efficienza energetica e riqualificazione degli edifici'),
    ('M2C4', 'M2', 'Protection of land and water resources', 'Tutela del territorio e della risorsa idrica'),
    ('M3C1', 'M3', 'Investments in the railway network', 'Investimenti sulla rete ferroviaria'),
    ('M3C2', 'M3', 'Intermodality and integrated logistics', 'Intermodalità e logistica integrata'),
    ('M4C1', 'M4', 'Strengthening the provision of education services: from nurseries to universities', 'Potenziamento dell''offerta dei servizi di istruzione: dagli asili nido alle università'),
    ('M4C2', 'M4', 'From research to enterprise', 'Dalla ricerca all''impresa'),
    ('M5C1', 'M5', 'Employment policies', 'Politiche per il lavoro'),
    ('M5C2', 'M5', 'Social infrastructure, families, communities and the third sector', 'Infrastrutture sociali, famiglie, comunità e terzo settore'),
    ('M5C3', 'M5', 'Special interventions for territorial cohesion', 'Interventi speciali per la coesione territoriale'),
    ('M6C1', 'M6', 'Proximity networks, facilities and telemedicine for territorial health care', 'Reti di prossimità, strutture e telemedicina per l''assistenza sanitaria territoriale'),
    ('M6C2', 'M6', 'Innovation, research and digitalisation of the National Health Service', 'Innovazione, ricerca e digitalizzazione del Servizio sanitario nazionale');

-- Components named in the "synergies" sections of each cluster (mapped by their wording).
insert into tech_cluster_pnrr (cluster_code, component_code) values
    ('AFIL',  'M1C2'),
    ('AFIL',  'M2C1'),
    ('CATAL', 'M2C1'),
    ('CLM',   'M1C2'),
    ('CLM',   'M2C2'),
    ('CLM',   'M4C2'),
    ('LSC',   'M4C2'),
    ('LSC',   'M6C1'),
    ('LSC',   'M6C2'),
    ('TAV',   'M6C1'),
    ('TAV',   'M6C2'),
    ('SCC',   'M1C2'),
    ('LAC',   'M3C2'),
    ('LAC',   'M4C2'),
    ('LE2C',  'M2C1'),
    ('LE2C',  'M2C2'),
    ('LE2C',  'M2C3'),
    ('LE2C',  'M4C2'),
    ('LGCA',  'M2C1');

-- ---------------------------------------------------------------------------------------------
-- The 17 UN Sustainable Development Goals (Agenda 2030)
-- ---------------------------------------------------------------------------------------------
insert into sdg (goal_number, title_en, title_it) values
    ( 1, 'No Poverty', 'Sconfiggere la povertà'),
    ( 2, 'Zero Hunger', 'Sconfiggere la fame'),
    ( 3, 'Good Health and Well-being', 'Salute e benessere'),
    ( 4, 'Quality Education', 'Istruzione di qualità'),
    ( 5, 'Gender Equality', 'Parità di genere'),
    ( 6, 'Clean Water and Sanitation', 'Acqua pulita e servizi igienico-sanitari'),
    ( 7, 'Affordable and Clean Energy', 'Energia pulita e accessibile'),
    ( 8, 'Decent Work and Economic Growth', 'Lavoro dignitoso e crescita economica'),
    ( 9, 'Industry, Innovation and Infrastructure', 'Imprese, innovazione e infrastrutture'),
    (10, 'Reduced Inequalities', 'Ridurre le disuguaglianze'),
    (11, 'Sustainable Cities and Communities', 'Città e comunità sostenibili'),
    (12, 'Responsible Consumption and Production', 'Consumo e produzione responsabili'),
    (13, 'Climate Action', 'Lotta contro il cambiamento climatico'),
    (14, 'Life Below Water', 'Vita sott''acqua'),
    (15, 'Life on Land', 'Vita sulla terra'),
    (16, 'Peace, Justice and Strong Institutions', 'Pace, giustizia e istituzioni solide'),
    (17, 'Partnerships for the Goals', 'Partnership per gli obiettivi');

-- ---------------------------------------------------------------------------------------------
-- Horizon Europe Pillar II clusters
-- ---------------------------------------------------------------------------------------------
insert into horizon_cluster (code, title_en, title_it) values
    ('CL1', 'Health', 'Salute'),
    ('CL2', 'Culture, Creativity and Inclusive Society', 'Cultura, creatività e società inclusiva'),
    ('CL3', 'Civil Security for Society', 'Sicurezza civile per la società'),
    ('CL4', 'Digital, Industry and Space', 'Digitale, industria e spazio'),
    ('CL5', 'Climate, Energy and Mobility', 'Clima, energia e mobilità'),
    ('CL6', 'Food, Bioeconomy, Natural Resources, Agriculture and Environment', 'Prodotti alimentari, bioeconomia, risorse naturali, agricoltura e ambiente');
