package it.lombardia.codesign.dashboard;

import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.proposal.ProposalRecord;
import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.proposal.RoundProposals;
import it.lombardia.codesign.round.RoundSummary;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The figures the dashboard charts, counted over the proposals the signed-in user may read
 * ({@link RoundProposals}): somebody outside the proposing clusters does not count other clusters'
 * drafts. Ecosystems, clusters and the matrix count the standing proposals (withdrawn and merged
 * ones left out); the outcomes count them all.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RoundFigures {

    private final RoundProposals proposals;
    private final CatalogService catalog;

    RoundFigures(RoundProposals proposals, CatalogService catalog) {
        this.proposals = proposals;
        this.catalog = catalog;
    }

    public Figures of(RoundSummary round, LocalDate today, ZoneId zone) {
        List<ProposalRecord> all = proposals.of(round.id());
        List<ProposalRecord> standing = all.stream().filter(RoundFigures::standing).toList();

        Map<String, Long> perEcosystem = new LinkedHashMap<>();
        catalog.ecosystems().forEach(e -> perEcosystem.put(e.code(), 0L));
        Map<String, Map<String, Long>> matrix = new TreeMap<>();
        Map<String, long[]> shares = new LinkedHashMap<>();
        catalog.clusters().forEach(c -> shares.put(c.code(), new long[2]));
        for (ProposalRecord p : standing) {
            for (String ecosystem : p.ecosystemCodes()) {
                perEcosystem.merge(ecosystem, 1L, Long::sum);
                for (String cluster : p.clusterCodes()) {
                    matrix.computeIfAbsent(cluster, k -> new TreeMap<>()).merge(ecosystem, 1L, Long::sum);
                }
            }
            shares.computeIfAbsent(p.leadClusterCode(), k -> new long[2])[0]++;
            p.coProposerClusterCodes().forEach(c -> shares.computeIfAbsent(c, k -> new long[2])[1]++);
        }
        Map<String, ClusterShare> perCluster = new LinkedHashMap<>();
        shares.forEach((code, n) -> perCluster.put(code, new ClusterShare(n[0], n[1])));

        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(outcome, 0L);
        }
        all.forEach(p -> outcomes.merge(Outcome.of(p.status()), 1L, Long::sum));

        List<WeekCount> weeks = WeeklyThroughput.of(proposals.statusChanges(round.id()), periodEnd(round, today), zone);
        return new Figures(all.size(), standing.size(), perEcosystem, perCluster, outcomes, matrix, weeks);
    }

    /** Today while the round runs; once it is over, its closing day (or today, if it closed early). */
    static LocalDate periodEnd(RoundSummary round, LocalDate today) {
        return round.open() || round.closesOn() == null || today.isBefore(round.closesOn()) ? today : round.closesOn();
    }

    private static boolean standing(ProposalRecord p) {
        return p.status() != ProposalStatus.WITHDRAWN && p.status() != ProposalStatus.MERGED;
    }

    /** Codes of ecosystems and clusters in the catalogue's order, every one present (zero included). */
    public record Figures(int readable, int standing, Map<String, Long> perEcosystem,
                          Map<String, ClusterShare> perCluster, Map<Outcome, Long> outcomes,
                          Map<String, Map<String, Long>> matrix, List<WeekCount> weeks) {

        public long total(Outcome... of) {
            long n = 0;
            for (Outcome o : of) {
                n += outcomes.getOrDefault(o, 0L);
            }
            return n;
        }
    }
}
