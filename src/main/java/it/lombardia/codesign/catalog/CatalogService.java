package it.lombardia.codesign.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read access to the reference data. The data only changes with a Flyway migration, so it is read
 * once and kept in memory.
 */
@Service
public class CatalogService {

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    CatalogService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Ecosystem> ecosystems() {
        return List.copyOf(data().ecosystems.values());
    }

    public Optional<Ecosystem> ecosystem(String code) {
        return Optional.ofNullable(data().ecosystems.get(code));
    }

    public List<TechCluster> clusters() {
        return List.copyOf(data().clusters.values());
    }

    public Optional<TechCluster> cluster(String code) {
        return Optional.ofNullable(data().clusters.get(code));
    }

    /** The clusters that name the ecosystem among their reference ecosystems. */
    public List<TechCluster> clustersIn(String ecosystemCode) {
        return clusters().stream().filter(c -> c.ecosystemCodes().contains(ecosystemCode)).toList();
    }

    /** The clusters whose synergy sections name the ecosystem although it is not one of their reference ecosystems. */
    public List<TechCluster> clustersWithSynergiesOnlyIn(String ecosystemCode) {
        return clusters().stream().filter(c -> c.synergyEcosystemCodes().contains(ecosystemCode)
                && !c.ecosystemCodes().contains(ecosystemCode)).toList();
    }

    /**
     * The members of all the clusters together, as the sources give them for the whole network: not
     * the sum of the single clusters' figures, which come from different years and miss one cluster.
     */
    public MemberCounts networkMembers() {
        return data().network;
    }

    public boolean isCluster(String code) {
        return data().clusters.containsKey(code);
    }

    public boolean isEcosystem(String code) {
        return data().ecosystems.containsKey(code);
    }

    public List<PnrrComponent> pnrrComponents() {
        return List.copyOf(data().pnrr.values());
    }

    public List<SustainableDevelopmentGoal> sdgs() {
        return List.copyOf(data().sdgs.values());
    }

    public List<HorizonCluster> horizonClusters() {
        return List.copyOf(data().horizon.values());
    }

    public Map<String, PnrrComponent> pnrrByCode() {
        return data().pnrr;
    }

    public Map<Integer, SustainableDevelopmentGoal> sdgsByNumber() {
        return data().sdgs;
    }

    public Map<String, HorizonCluster> horizonByCode() {
        return data().horizon;
    }

    private Snapshot data() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = load();
                }
                s = snapshot;
            }
        }
        return s;
    }

    private Snapshot load() {
        Map<String, Ecosystem> ecosystems = index(jdbc.sql("select code, name_en, name_it from ecosystem order by display_order")
                .query((rs, i) -> new Ecosystem(rs.getString(1), rs.getString(2), rs.getString(3))).list(), Ecosystem::code);

        Map<String, List<TechCluster.TechnologyArea>> areas = new LinkedHashMap<>();
        jdbc.sql("select cluster_code, name_en, name_it from tech_cluster_area order by cluster_code, position")
                .query(rs -> {
                    areas.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new TechCluster.TechnologyArea(rs.getString(2), rs.getString(3)));
                });
        Map<String, Set<String>> clusterEcosystems = clusterEcosystems("tech_cluster_ecosystem");
        Map<String, Set<String>> clusterSynergies = clusterEcosystems("tech_cluster_synergy");
        Map<String, List<TechCluster.Affiliation>> affiliations = new LinkedHashMap<>();
        jdbc.sql("select cluster_code, kind, name, programme from tech_cluster_affiliation order by cluster_code, position")
                .query(rs -> {
                    affiliations.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new TechCluster.Affiliation(TechCluster.Affiliation.Kind.valueOf(rs.getString(2)),
                                    rs.getString(3), rs.getString(4)));
                });
        Map<String, List<String>> clusterPnrr = new LinkedHashMap<>();
        jdbc.sql("select cluster_code, component_code from tech_cluster_pnrr order by cluster_code, component_code")
                .query(rs -> {
                    clusterPnrr.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<String, TechCluster> clusters = index(jdbc.sql("""
                        select code, acronym, name_en, name_it, headquarters, website, members_total,
                               members_companies, members_research, members_other, summary_en, summary_it
                        from tech_cluster order by display_order""")
                .query((rs, i) -> {
                    String code = rs.getString("code");
                    return new TechCluster(code, rs.getString("acronym"), rs.getString("name_en"), rs.getString("name_it"),
                            List.copyOf(areas.getOrDefault(code, List.of())),
                            java.util.Collections.unmodifiableSet(clusterEcosystems.getOrDefault(code, new LinkedHashSet<>())),
                            java.util.Collections.unmodifiableSet(clusterSynergies.getOrDefault(code, new LinkedHashSet<>())),
                            rs.getString("headquarters"), rs.getString("website"),
                            (Integer) rs.getObject("members_total"), (Integer) rs.getObject("members_companies"),
                            (Integer) rs.getObject("members_research"), (Integer) rs.getObject("members_other"),
                            rs.getString("summary_en"), rs.getString("summary_it"),
                            List.copyOf(affiliations.getOrDefault(code, List.of())),
                            List.copyOf(clusterPnrr.getOrDefault(code, List.of())));
                }).list(), TechCluster::code);
        Map<String, PnrrComponent> pnrr = index(jdbc.sql("""
                        select c.code, c.mission_code, m.title_en, m.title_it, c.title_en, c.title_it
                        from pnrr_component c join pnrr_mission m on m.code = c.mission_code order by c.code""")
                .query((rs, i) -> new PnrrComponent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))).list(), PnrrComponent::code);
        Map<Integer, SustainableDevelopmentGoal> sdgs = index(jdbc.sql("select goal_number, title_en, title_it from sdg order by goal_number")
                .query((rs, i) -> new SustainableDevelopmentGoal(rs.getInt(1), rs.getString(2), rs.getString(3))).list(),
                SustainableDevelopmentGoal::number);
        Map<String, HorizonCluster> horizon = index(jdbc.sql("select code, title_en, title_it from horizon_cluster order by code")
                .query((rs, i) -> new HorizonCluster(rs.getString(1), rs.getString(2), rs.getString(3))).list(),
                HorizonCluster::code);
        MemberCounts network = jdbc.sql("""
                        select members_total, members_companies, members_research, members_other
                        from tech_cluster_network_members""")
                .query((rs, i) -> new MemberCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).single();
        return new Snapshot(ecosystems, clusters, pnrr, sdgs, horizon, network);
    }

    /** Per cluster, the ecosystems of a cluster-ecosystem table in the ecosystems' display order. */
    private Map<String, Set<String>> clusterEcosystems(String table) {
        Map<String, Set<String>> byCluster = new LinkedHashMap<>();
        jdbc.sql("select e.cluster_code, e.ecosystem_code from " + table
                        + " e join ecosystem x on x.code = e.ecosystem_code order by x.display_order")
                .query(rs -> {
                    byCluster.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
                });
        return byCluster;
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        return java.util.Collections.unmodifiableMap(values.stream()
                .collect(Collectors.toMap(key, v -> v, (a, b) -> a, LinkedHashMap::new)));
    }

    private record Snapshot(Map<String, Ecosystem> ecosystems, Map<String, TechCluster> clusters,
                            Map<String, PnrrComponent> pnrr, Map<Integer, SustainableDevelopmentGoal> sdgs,
                            Map<String, HorizonCluster> horizon, MemberCounts network) {
    }
}
