-- Italian versions of the demo Work Programme's texts (V1000, copied into 2026-2027 by V1012), so
-- that Italian pages and the Italian edition documents are in Italian throughout. Each Italian
-- text is set where its English text still reads as written: a text someone has since changed in
-- this database keeps no translation of words it no longer has.
-- Proposals, comments, working groups, meetings and minutes are written by their users and stay in
-- the language they were written in.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

-- The act of adoption is an Italian act and is cited in Italian (a demo reference, not a real act).
update programme_edition set act_reference = 'D.G.R. n. XII/1523 dell''11/12/2023 (esempio)'
 where period_label = '2024-2025' and act_reference = 'D.G.R. n. XII/1523 of 11/12/2023 (demo reference)';

-- ---------------------------------------------------------------------------------------------
-- Macro-themes
-- ---------------------------------------------------------------------------------------------
update macro_theme set title_it = 'Manifattura digitale e sostenibile'
 where title = 'Digital and Sustainable Manufacturing';
update macro_theme set description_it =
     'Sostiene la base manifatturiera lombarda nell''unire le tecnologie digitali a una produzione efficiente nell''uso delle risorse. Al centro ci sono la qualità guidata dai dati, l''automazione flessibile e i processi circolari che mantengono competitive le PMI delle filiere regionali. I progetti devono mostrare risultati su linee di produzione reali.'
 where description =
     'Supports the Lombardy manufacturing base in combining digital technologies with resource-efficient production. The focus is on data-driven quality, flexible automation and circular processes that keep the SMEs of the regional supply chains competitive. Projects are expected to show results on real production lines.';

update macro_theme set title_it = 'Sistemi agroalimentari sostenibili e alimentazione sana'
 where title = 'Sustainable Agri-food Systems and Healthy Nutrition';
update macro_theme set description_it =
     'Riguarda l''intera filiera agroalimentare, dalle aziende agricole della Pianura Padana alla trasformazione e al consumo. Promuove metodi di produzione che usano meno acqua, energia e input chimici e alimenti che favoriscono la salute. Tracciabilità e riuso dei sottoprodotti sono temi trasversali.'
 where description =
     'Covers the whole agri-food chain, from the farms of the Po Valley to processing and consumption. It promotes production methods that use less water, energy and chemical inputs, and food that supports good health. Traceability and the reuse of by-products are cross-cutting concerns.';

update macro_theme set title_it = 'Innovazione in sanità e continuità delle cure'
 where title = 'Health Innovation and Continuity of Care';
update macro_theme set description_it =
     'Fa leva sulla forza degli ospedali, degli istituti di ricerca e delle imprese delle scienze della vita lombarde per portare prima ai pazienti nuove terapie e nuovi modelli di cura. Un''attenzione particolare va alle cure fuori dall''ospedale, per i pazienti cronici e le persone anziane. Le soluzioni vanno validate insieme a clinici e pazienti.'
 where description =
     'Builds on the strength of Lombardy''s hospitals, research institutes and life sciences companies to bring new therapies and care models to patients sooner. Particular attention goes to care outside the hospital, for chronic patients and older people. Solutions must be validated together with clinicians and patients.';

update macro_theme set title_it = 'Transizione energetica e decarbonizzazione'
 where title = 'Energy Transition and Decarbonisation';
update macro_theme set description_it =
     'Accompagna il percorso della regione verso la neutralità climatica con la produzione di energia pulita, l''accumulo e l''uso efficiente. Si rivolge allo stesso modo all''industria, agli edifici e alle comunità locali. Le soluzioni devono essere replicabili in tutta la regione e compatibili con le reti esistenti.'
 where description =
     'Supports the region''s path to climate neutrality through clean energy generation, storage and efficient use. It addresses industry, buildings and local communities alike. Solutions should be replicable across the region and compatible with the existing grids.';

update macro_theme set title_it = 'Mobilità intelligente e sostenibile e aerospazio'
 where title = 'Smart and Sustainable Mobility and Aerospace';
update macro_theme set description_it =
     'Si occupa degli spostamenti di persone e merci a terra e in volo e dei servizi che vengono dallo spazio. Promuove veicoli più puliti, infrastrutture connesse e nuove forme di mobilità aerea. Le filiere regionali dell''automotive e dell''aerospazio sono i suoi principali destinatari.'
 where description =
     'Deals with the movement of people and goods on the ground and in the air, and with the services that come from space. It promotes cleaner vehicles, connected infrastructure and new forms of air mobility. The regional automotive and aerospace supply chains are its main audience.';

update macro_theme set title_it = 'Chimica verde e bioeconomia circolare'
 where title = 'Green Chemistry and Circular Bioeconomy';
update macro_theme set description_it =
     'Spinge l''industria chimica e di processo a sostituire le materie prime fossili e a chiudere i cicli dei materiali. Comprende i prodotti a base biologica, le bioraffinerie e il riciclo avanzato. Per ogni soluzione è attesa una valutazione del ciclo di vita.'
 where description =
     'Encourages the chemical and process industries to replace fossil feedstocks and to close material loops. It covers bio-based products, biorefineries and advanced recycling. A life-cycle assessment is expected for every solution.';

update macro_theme set title_it = 'Cultura digitale, conoscenza e comunità inclusive'
 where title = 'Digital Culture, Knowledge and Inclusive Communities';
update macro_theme set description_it =
     'Usa le tecnologie digitali per rendere cultura, conoscenza e servizi pubblici accessibili a tutti. Comprende il patrimonio culturale della regione, i servizi ai cittadini basati sui dati e le competenze necessarie alla duplice transizione digitale e verde. L''inclusione delle persone fragili è un criterio guida.'
 where description =
     'Uses digital technologies to make culture, knowledge and public services accessible to everyone. It covers the cultural heritage of the region, data-driven services for citizens and the skills needed for the twin digital and green transition. The inclusion of vulnerable groups is a guiding criterion.';

-- ---------------------------------------------------------------------------------------------
-- Priorities
-- ---------------------------------------------------------------------------------------------
-- AI-driven zero-defect production
update priority set title_it = 'Produzione a zero difetti guidata dall''intelligenza artificiale'
 where title = 'AI-driven zero-defect production';
update priority set description_it =
     'Apprendimento automatico, sensori in linea e visione artificiale che rilevano e prevengono i difetti durante la produzione anziché dopo. Comprende il controllo di processo ad anello chiuso e l''infrastruttura dati necessaria a condividere i modelli tra stabilimenti.'
 where description =
     'Machine learning, in-line sensing and computer vision that detect and prevent defects during production rather than after it. Includes closed-loop process control and the data infrastructure needed to share models across plants.';
update priority set ecosystem_impact_it =
     'Rafforza l''ecosistema della manifattura avanzata portando l''intelligenza artificiale dai progetti pilota all''operatività quotidiana e crea domanda per i fornitori regionali di dati e software.'
 where ecosystem_impact =
     'Strengthens the advanced manufacturing ecosystem by moving AI from pilot projects into everyday operations, and creates demand for regional data and software providers.';
update priority set territorial_impact_it =
     'Riduce scarti e consumi di energia nei distretti meccanici, della plastica e tessili di Brescia, Bergamo e Como, aiutando le PMI a mantenere gli ordini dei clienti internazionali.'
 where territorial_impact =
     'Reduces scrap and energy use in the mechanical, plastics and textile districts of Brescia, Bergamo and Como, helping SMEs keep orders from international customers.';

-- Human-centred collaborative robotics
update priority set title_it = 'Robotica collaborativa centrata sulla persona'
 where title = 'Human-centred collaborative robotics';
update priority set description_it =
     'Robot collaborativi, interfacce di programmazione intuitive e sistemi di sicurezza che permettono a operatori e macchine di condividere lo stesso spazio di lavoro. L''attenzione va alla produzione in piccoli lotti, dove l''automazione tradizionale è troppo rigida per ripagarsi.'
 where description =
     'Collaborative robots, intuitive programming interfaces and safety systems that let operators and machines share the same workspace. Attention goes to small-batch production, where traditional automation is too rigid to pay off.';
update priority set ecosystem_impact_it =
     'Diffonde l''automazione flessibile oltre i grandi stabilimenti e mette in relazione sviluppatori di robot, integratori di sistemi e utilizzatori finali.'
 where ecosystem_impact =
     'Spreads flexible automation beyond large plants and links robot developers, system integrators and end users.';
update priority set territorial_impact_it =
     'Aiuta le piccole imprese manifatturiere ad affrontare la carenza di manodopera qualificata e mantiene in Lombardia la produzione di beni ad alta varietà.'
 where territorial_impact =
     'Helps small manufacturers cope with the shortage of skilled labour and keeps the production of high-variety goods in Lombardy.';

-- Remanufacturing and circular production processes
update priority set title_it = 'Rigenerazione e processi produttivi circolari'
 where title = 'Remanufacturing and circular production processes';
update priority set description_it =
     'Tecnologie per lo smontaggio, l''ispezione, la riparazione e la rigenerazione di componenti industriali, insieme a metodi di progettazione per la circolarità e passaporti digitali di prodotto. L''obiettivo è mantenere più a lungo in uso i materiali e il loro valore.'
 where description =
     'Technologies for the disassembly, inspection, repair and remanufacturing of industrial components, together with design-for-circularity methods and digital product passports. The aim is to keep materials and their value in use for longer.';
update priority set ecosystem_impact_it =
     'Collega la manifattura avanzata con l''ecosistema della sostenibilità e apre ai produttori di macchinari modelli di business basati sui servizi.'
 where ecosystem_impact =
     'Connects advanced manufacturing with the sustainability ecosystem and opens service-based business models to equipment makers.';
update priority set territorial_impact_it =
     'Riduce la dipendenza della regione dalle materie prime importate e crea lavoro qualificato nei centri di riparazione e rigenerazione.'
 where territorial_impact =
     'Lowers the region''s dependence on imported raw materials and creates skilled jobs in repair and remanufacturing centres.';

-- Precision agriculture and digital farm management
update priority set title_it = 'Agricoltura di precisione e gestione digitale dell''azienda agricola'
 where title = 'Precision agriculture and digital farm management';
update priority set description_it =
     'Sensori, immagini da satellite e da drone e software di supporto alle decisioni per irrigazione, fertilizzazione e difesa delle colture a dosaggio variabile. Comprende piattaforme interoperabili per i dati aziendali alla portata anche delle aziende agricole più piccole.'
 where description =
     'Sensors, satellite and drone imagery and decision-support software for variable-rate irrigation, fertilisation and crop protection. Includes interoperable farm data platforms that smaller farms can afford.';
update priority set ecosystem_impact_it =
     'Porta le tecnologie digitali nell''ecosistema della nutrizione e crea legami tra gli attori agroalimentari e i fornitori ICT.'
 where ecosystem_impact =
     'Brings digital technologies into the nutrition ecosystem and builds links between agri-food players and ICT providers.';
update priority set territorial_impact_it =
     'Riduce l''uso di acqua e di azoto nelle aree di agricoltura intensiva della pianura lombarda, migliorando la qualità delle falde e dei fiumi.'
 where territorial_impact =
     'Reduces water and nitrogen use in the intensive farming areas of the Lombardy plain, improving the quality of groundwater and rivers.';

-- Functional foods and personalised nutrition
update priority set title_it = 'Alimenti funzionali e nutrizione personalizzata'
 where title = 'Functional foods and personalised nutrition';
update priority set description_it =
     'Ricerca su alimenti e ingredienti con benefici per la salute dimostrati e su strumenti che adattano la dieta alle esigenze di ciascuno, compresi gli studi sul microbioma e la validazione clinica. Comprende anche la riformulazione per ridurre sale, zuccheri e grassi saturi.'
 where description =
     'Research on foods and ingredients with proven health benefits and on tools that tailor diets to individual needs, including microbiome studies and clinical validation. Also covers reformulation to reduce salt, sugar and saturated fat.';
update priority set ecosystem_impact_it =
     'Crea un ponte tra l''ecosistema della nutrizione e quello della salute e delle scienze della vita, unendo imprese alimentari, ospedali e università.'
 where ecosystem_impact =
     'Builds a bridge between the nutrition and the health and life science ecosystems, joining food companies, hospitals and universities.';
update priority set territorial_impact_it =
     'Dà valore ai comparti regionali lattiero-caseario, dei prodotti da forno e degli alimenti trasformati e sostiene la prevenzione delle malattie legate all''alimentazione.'
 where territorial_impact =
     'Adds value to the regional dairy, bakery and processed food sectors and supports the prevention of diet-related diseases.';

-- Valorisation of agri-food by-products
update priority set title_it = 'Valorizzazione dei sottoprodotti agroalimentari'
 where title = 'Valorisation of agri-food by-products';
update priority set description_it =
     'Processi che trasformano siero di latte, residui colturali, reflui zootecnici e scarti della trasformazione alimentare in ingredienti, materiali a base biologica, fertilizzanti ed energia. Comprende la logistica e gli standard di qualità necessari per le materie prime seconde.'
 where description =
     'Processes that turn whey, crop residues, manure and food processing waste into ingredients, bio-based materials, fertilisers and energy. Includes the logistics and quality standards needed for secondary raw materials.';
update priority set ecosystem_impact_it =
     'Collega gli ecosistemi della nutrizione e della sostenibilità e fornisce nuove materie prime alla bioeconomia regionale.'
 where ecosystem_impact =
     'Links the nutrition and sustainability ecosystems and supplies the regional bioeconomy with new feedstocks.';
update priority set territorial_impact_it =
     'Riduce costi di smaltimento ed emissioni per aziende agricole e stabilimenti alimentari e crea nuove fonti di reddito nelle aree rurali.'
 where territorial_impact =
     'Cuts disposal costs and emissions for farms and food plants and creates new sources of income in rural areas.';

-- Advanced therapies and biotech platforms
update priority set title_it = 'Terapie avanzate e piattaforme biotecnologiche'
 where title = 'Advanced therapies and biotech platforms';
update priority set description_it =
     'Terapie cellulari e geniche, farmaci biologici e piattaforme abilitanti per il loro sviluppo, dai modelli preclinici alla produzione conforme alle GMP. Comprende strutture condivise che anche le imprese biotecnologiche più piccole possono usare.'
 where description =
     'Cell and gene therapies, biologics and the enabling platforms for their development, from preclinical models to GMP-compliant production. Includes shared facilities that smaller biotech companies can use.';
update priority set ecosystem_impact_it =
     'Rafforza il percorso dalla ricerca al mercato dell''ecosistema della salute e delle scienze della vita e attira investimenti privati nel biotech regionale.'
 where ecosystem_impact =
     'Reinforces the research-to-market pipeline of the health and life science ecosystem and attracts private investment to regional biotech.';
update priority set territorial_impact_it =
     'Mantiene nell''area metropolitana di Milano posti di lavoro qualificati nella ricerca e nella produzione e offre ai pazienti lombardi un accesso più rapido alle terapie innovative.'
 where territorial_impact =
     'Keeps high-value research and manufacturing jobs in the Milan metropolitan area and gives patients in Lombardy earlier access to innovative treatments.';

-- Telemedicine and home-based continuity of care
update priority set title_it = 'Telemedicina e continuità delle cure a domicilio'
 where title = 'Telemedicine and home-based continuity of care';
update priority set description_it =
     'Monitoraggio da remoto, teleconsulto e piattaforme di cura interoperabili che collegano ospedali, case di comunità e domicili dei pazienti. Comprende usabilità, protezione dei dati e integrazione con il fascicolo sanitario elettronico regionale.'
 where description =
     'Remote monitoring, teleconsultation and interoperable care platforms that connect hospitals, community health centres and patients'' homes. Covers usability, data protection and integration with the regional electronic health record.';
update priority set ecosystem_impact_it =
     'Unisce imprese di dispositivi medici, sanità digitale e ICT e sostiene la riorganizzazione dell''assistenza territoriale.'
 where ecosystem_impact =
     'Joins medical device, digital health and ICT companies and supports the reorganisation of community care.';
update priority set territorial_impact_it =
     'Migliora l''accesso alle cure nelle aree montane e rurali della regione e riduce i ricoveri ospedalieri evitabili.'
 where territorial_impact =
     'Improves access to care in the mountain and rural areas of the region and reduces avoidable hospital admissions.';

-- Technologies for active ageing and rehabilitation
update priority set title_it = 'Tecnologie per l''invecchiamento attivo e la riabilitazione'
 where title = 'Technologies for active ageing and rehabilitation';
update priority set description_it =
     'Ausili, robotica riabilitativa, dispositivi indossabili e soluzioni per la casa intelligente che aiutano le persone anziane e fragili a restare autonome. I progetti devono coinvolgere utenti finali e caregiver fin dalla fase di progettazione.'
 where description =
     'Assistive devices, rehabilitation robotics, wearables and smart home solutions that help older and frail people stay independent. Projects should involve end users and caregivers from the design phase onwards.';
update priority set ecosystem_impact_it =
     'Collega gli ecosistemi della salute e dello sviluppo sociale e apre alle imprese regionali la crescente silver economy.'
 where ecosystem_impact =
     'Connects the health and social development ecosystems and opens the growing silver economy to regional companies.';
update priority set territorial_impact_it =
     'Risponde all''invecchiamento della popolazione lombarda e alleggerisce il carico sulle famiglie e sulle strutture residenziali.'
 where territorial_impact =
     'Responds to the ageing of the Lombardy population and eases the pressure on families and residential care facilities.';

-- Green hydrogen production, storage and end use
update priority set title_it = 'Idrogeno verde: produzione, accumulo e usi finali'
 where title = 'Green hydrogen production, storage and end use';
update priority set description_it =
     'Elettrolizzatori, sistemi di accumulo e applicazioni dell''idrogeno rinnovabile nelle industrie difficili da decarbonizzare e nel trasporto pesante. Comprende sicurezza, norme tecniche e i progetti pilota di hydrogen valley previsti nella regione.'
 where description =
     'Electrolysers, storage systems and applications of renewable hydrogen in hard-to-abate industries and heavy transport. Includes safety, standards and the hydrogen valley pilots planned in the region.';
update priority set ecosystem_impact_it =
     'Crea una filiera regionale dell''idrogeno che unisce attori dell''energia, della manifattura e della mobilità.'
 where ecosystem_impact =
     'Creates a regional hydrogen supply chain that joins energy, manufacturing and mobility players.';
update priority set territorial_impact_it =
     'Aiuta a decarbonizzare gli impianti siderurgici, vetrari e chimici della Lombardia e dà ai siti industriali dismessi un nuovo uso per la produzione di idrogeno.'
 where territorial_impact =
     'Helps decarbonise the steel, glass and chemical plants of Lombardy and gives former industrial sites a new use for hydrogen production.';

-- Renewable energy communities and smart grids
update priority set title_it = 'Comunità energetiche rinnovabili e reti intelligenti'
 where title = 'Renewable energy communities and smart grids';
update priority set description_it =
     'Piattaforme digitali, sistemi di misura e di controllo che permettono a cittadini, imprese ed enti pubblici di produrre, condividere e gestire localmente l''energia rinnovabile. Comprende i servizi di flessibilità per la rete di distribuzione.'
 where description =
     'Digital platforms, metering and control systems that let citizens, companies and public bodies produce, share and manage renewable energy locally. Includes flexibility services for the distribution grid.';
update priority set ecosystem_impact_it =
     'Coinvolge attori dell''energia, dell''ICT e dell''economia sociale e trasforma i consumatori in partecipanti attivi del sistema energetico.'
 where ecosystem_impact =
     'Involves energy, ICT and social economy players and turns consumers into active participants in the energy system.';
update priority set territorial_impact_it =
     'Riduce le bollette di famiglie e piccole imprese, anche nei comuni più piccoli, e aumenta la produzione rinnovabile locale.'
 where territorial_impact =
     'Lowers energy bills for households and small businesses, also in smaller municipalities, and increases local renewable generation.';

-- Deep energy renovation of buildings
update priority set title_it = 'Riqualificazione energetica profonda degli edifici'
 where title = 'Deep energy renovation of buildings';
update priority set description_it =
     'Sistemi di involucro prefabbricati, pompe di calore, automazione e monitoraggio degli edifici che riducono la domanda di energia degli edifici esistenti. Comprende metodi per riqualificare edifici occupati in tempi rapidi e a costi più bassi.'
 where description =
     'Prefabricated envelope systems, heat pumps, building automation and monitoring that cut the energy demand of existing buildings. Includes methods to renovate occupied buildings quickly and at lower cost.';
update priority set ecosystem_impact_it =
     'Collega gli ecosistemi della sostenibilità e dell''architettura intelligente, riunendo imprese delle costruzioni, dei componenti e dei servizi energetici.'
 where ecosystem_impact =
     'Links the sustainability and smart architecture ecosystems, bringing together construction, component and energy service companies.';
update priority set territorial_impact_it =
     'Interviene sul vasto patrimonio di edifici vecchi e inefficienti delle città lombarde e migliora il comfort e la qualità dell''aria interna.'
 where territorial_impact =
     'Addresses the large stock of old, inefficient buildings in Lombardy''s cities and improves indoor comfort and air quality.';

-- Electrified and lightweight vehicle components
update priority set title_it = 'Componenti per veicoli elettrificati e leggeri'
 where title = 'Electrified and lightweight vehicle components';
update priority set description_it =
     'Motorizzazioni elettriche, elettronica di potenza, sistemi di batterie e strutture leggere in materiali avanzati. Riguarda sia i veicoli stradali sia le macchine fuoristrada costruite dai produttori regionali.'
 where description =
     'Electric drivetrains, power electronics, battery systems and lightweight structures made of advanced materials. Covers both road vehicles and the off-road machinery built by regional manufacturers.';
update priority set ecosystem_impact_it =
     'Aiuta la filiera automotive regionale a passare dai componenti per motori a combustione a quelli per veicoli elettrificati.'
 where ecosystem_impact =
     'Helps the regional automotive supply chain move from combustion engine components to electrified ones.';
update priority set territorial_impact_it =
     'Tutela l''occupazione nei distretti della componentistica automotive attorno a Brescia, Bergamo e Varese durante il passaggio ai veicoli elettrici.'
 where territorial_impact =
     'Protects employment in the automotive component districts around Brescia, Bergamo and Varese during the shift to electric vehicles.';

-- Advanced air mobility and drone services
update priority set title_it = 'Mobilità aerea avanzata e servizi con droni'
 where title = 'Advanced air mobility and drone services';
update priority set description_it =
     'Aeromobili senza pilota, vertiporti, gestione del traffico aereo e i servizi che rendono possibili, come le consegne sanitarie e l''ispezione delle infrastrutture. Comprende le sperimentazioni normative (sandbox) necessarie per i test in area urbana.'
 where description =
     'Unmanned aircraft, vertiports, air traffic management and the services they enable, such as medical deliveries and infrastructure inspection. Includes the regulatory sandboxes needed for tests in urban areas.';
update priority set ecosystem_impact_it =
     'Unisce attori dell''aerospazio, della mobilità e della connettività in un nuovo mercato in cui la Lombardia ha già imprese forti.'
 where ecosystem_impact =
     'Joins aerospace, mobility and connectivity players in a new market where Lombardy already has strong companies.';
update priority set territorial_impact_it =
     'Migliora la logistica tra ospedali e valli remote e si basa sulle dimostrazioni previste per i Giochi olimpici invernali di Milano Cortina 2026.'
 where territorial_impact =
     'Improves logistics between hospitals and remote valleys and builds on the demonstrations planned for the Milano Cortina 2026 Winter Olympics.';

-- Space-based services for territorial monitoring
update priority set title_it = 'Servizi dallo spazio per il monitoraggio del territorio'
 where title = 'Space-based services for territorial monitoring';
update priority set description_it =
     'Dati di osservazione della Terra e di navigazione satellitare combinati con sensori a terra per monitorare territorio, infrastrutture e ambiente. Comprende piccoli carichi utili satellitari sviluppati da imprese regionali.'
 where description =
     'Earth observation and satellite navigation data combined with ground sensors to monitor land, infrastructure and the environment. Includes small satellite payloads developed by regional companies.';
update priority set ecosystem_impact_it =
     'Apre il mercato dei servizi spaziali a valle alle imprese ICT e di servizi e collega l''industria aerospaziale agli utenti pubblici.'
 where ecosystem_impact =
     'Opens the space downstream market to ICT and service companies and links the aerospace industry with public users.';
update priority set territorial_impact_it =
     'Offre a Regione ed enti locali strumenti migliori per monitorare frane, alluvioni e uso del suolo.'
 where territorial_impact =
     'Gives regional and local authorities better tools to monitor landslides, floods and land use.';

-- Bio-based chemicals and materials
update priority set title_it = 'Prodotti chimici e materiali a base biologica'
 where title = 'Bio-based chemicals and materials';
update priority set description_it =
     'Produzione di sostanze chimiche, polimeri e materiali da biomassa rinnovabile con processi fermentativi, enzimatici e catalitici. Comprende il passaggio di scala dal laboratorio all''impianto pilota.'
 where description =
     'Production of chemicals, polymers and materials from renewable biomass through fermentation, enzymatic and catalytic processes. Includes the scale-up from laboratory to pilot plant.';
update priority set ecosystem_impact_it =
     'Rafforza la bioeconomia regionale e crea nuovi legami tra chimica, agricoltura e manifattura.'
 where ecosystem_impact =
     'Strengthens the regional bioeconomy and creates new links between chemistry, agriculture and manufacturing.';
update priority set territorial_impact_it =
     'Dà una nuova funzione ai siti chimici esistenti nella regione e usa biomassa locale al posto di risorse fossili importate.'
 where territorial_impact =
     'Gives a new purpose to existing chemical sites in the region and uses local biomass instead of imported fossil resources.';

-- Plastics recycling and chemical recovery
update priority set title_it = 'Riciclo delle plastiche e recupero chimico'
 where title = 'Plastics recycling and chemical recovery';
update priority set description_it =
     'Riciclo meccanico e chimico di plastiche e compositi, tecnologie di selezione e controllo di qualità dei materiali riciclati. Comprende anche la progettazione di prodotti più facili da riciclare.'
 where description =
     'Mechanical and chemical recycling of plastics and composites, sorting technologies and quality control of recycled materials. Also covers the design of products that are easier to recycle.';
update priority set ecosystem_impact_it =
     'Collega gli ecosistemi della sostenibilità e della manifattura avanzata lungo l''intera catena del valore delle plastiche.'
 where ecosystem_impact =
     'Connects the sustainability and advanced manufacturing ecosystems along the whole plastics value chain.';
update priority set territorial_impact_it =
     'Riduce il conferimento in discarica e l''incenerimento dei rifiuti plastici in Lombardia e fornisce ai trasformatori regionali materie prime seconde.'
 where territorial_impact =
     'Reduces landfilling and incineration of plastic waste in Lombardy and supplies regional converters with secondary raw materials.';

-- Digital technologies for cultural heritage
update priority set title_it = 'Tecnologie digitali per il patrimonio culturale'
 where title = 'Digital technologies for cultural heritage';
update priority set description_it =
     'Digitalizzazione 3D, esperienze immersive e archivi digitali che conservano e valorizzano musei, siti storici e collezioni. Comprende strumenti che monitorano lo stato di conservazione degli edifici storici.'
 where description =
     '3D digitisation, immersive experiences and digital archives that preserve and enhance museums, historic sites and collections. Includes tools that monitor the condition of heritage buildings.';
update priority set ecosystem_impact_it =
     'Unisce istituzioni culturali e imprese creative e ICT nell''ecosistema della cultura e della conoscenza.'
 where ecosystem_impact =
     'Joins cultural institutions with creative and ICT companies in the culture and knowledge ecosystem.';
update priority set territorial_impact_it =
     'Attira visitatori verso i luoghi meno conosciuti della regione e protegge il patrimonio esposto ai rischi climatici.'
 where territorial_impact =
     'Draws visitors to lesser-known sites across the region and protects heritage exposed to climate risks.';

-- Data platforms and AI for public services
update priority set title_it = 'Piattaforme di dati e intelligenza artificiale per i servizi pubblici'
 where title = 'Data platforms and AI for public services';
update priority set description_it =
     'Piattaforme di dati interoperabili e strumenti di intelligenza artificiale affidabile che aiutano le pubbliche amministrazioni a pianificare ed erogare i servizi. Comprende gli open data e le tutele etiche e giuridiche per i dati dei cittadini.'
 where description =
     'Interoperable data platforms and trustworthy AI tools that help public administrations plan and deliver services. Includes open data and the ethical and legal safeguards for citizens'' data.';
update priority set ecosystem_impact_it =
     'Crea domanda per le imprese ICT regionali e rafforza l''ecosistema della connettività e dell''informazione.'
 where ecosystem_impact =
     'Creates demand for regional ICT companies and strengthens the connectivity and information ecosystem.';
update priority set territorial_impact_it =
     'Rende i servizi più rapidi e semplici per cittadini e imprese, soprattutto nei piccoli comuni con poco personale.'
 where territorial_impact =
     'Makes services faster and simpler for citizens and businesses, especially in small municipalities with limited staff.';

-- Digital skills for the twin transition
update priority set title_it = 'Competenze digitali per la duplice transizione'
 where title = 'Digital skills for the twin transition';
update priority set description_it =
     'Metodi formativi, laboratori virtuali e piattaforme di apprendimento che aiutano lavoratori e studenti ad acquisire le competenze digitali e verdi di cui le imprese hanno bisogno. Comprende strumenti che individuano le carenze di competenze nelle industrie regionali.'
 where description =
     'Training methods, virtual labs and learning platforms that help workers and students acquire the digital and green skills that companies need. Includes tools that identify skill gaps in regional industries.';
update priority set ecosystem_impact_it =
     'Collega istruzione, industria e ricerca e sostiene ogni altro ecosistema con persone qualificate.'
 where ecosystem_impact =
     'Links education, industry and research and supports every other ecosystem with skilled people.';
update priority set territorial_impact_it =
     'Riduce il disallineamento di competenze nel mercato del lavoro regionale e aiuta chi lavora in settori in transizione a passare a nuovi ruoli.'
 where territorial_impact =
     'Reduces skill mismatches in the regional labour market and helps workers in sectors under transition move to new roles.';
