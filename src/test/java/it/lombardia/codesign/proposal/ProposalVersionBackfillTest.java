package it.lombardia.codesign.proposal;

import static it.lombardia.codesign.proposal.ProposalDraft.macroTheme;
import static it.lombardia.codesign.proposal.ProposalDraft.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Proposals loaded as data (the demo ones) or written before versions were kept get, at start-up,
 * their content as version 1 and their creation (and submission) in their history.
 */
class ProposalVersionBackfillTest extends LifecycleTestSupport {

    /** The 15 demo proposals of the round: title and whether the demo data has them submitted. */
    private static final List<String> DEMO_SUBMITTED = List.of(
            "Industrial digital twins for reconfigurable production lines",
            "Zero-Emission Logistics and Intermodal Freight",
            "Sustainable aviation fuels and hybrid-electric propulsion",
            "Decentralised clinical trials and real-world evidence",
            "Long-duration energy storage");
    private static final List<String> DEMO_DRAFTS = List.of(
            "Extend collaborative robotics to wearable exoskeletons",
            "Biosecurity and animal welfare in livestock farming",
            "Add battery second life and recycling to vehicle components",
            "Space Economy: Satellites, Data and Downstream Services",
            "Include RNA medicines and scalable manufacturing in advanced therapies",
            "Focus active ageing on connected homes and assistive robotics",
            "Data-Driven Territories and Urban Digital Twins",
            "Retire the priority on data platforms and AI for public services",
            "Retire the priority on deep energy renovation of buildings",
            "Carbon capture and utilisation for chemical building blocks");

    @Autowired
    VersionBackfill backfill;
    @Autowired
    ProposalRepository repository;

    @Test
    void everyDemoProposalHasVersionOneAndItsCreationInItsHistory() {
        as("reviewer"); // Region staff read the drafts too
        for (String title : concat(DEMO_SUBMITTED, DEMO_DRAFTS)) {
            ProposalDetails p = demo(title);
            List<VersionView> versions = history.versions(p.id());
            assertThat(versions).as(title).isNotEmpty();
            VersionView first = versions.getFirst();
            assertThat(first.number()).as(title).isEqualTo(1);
            assertThat(first.savedBy()).as(title).isEqualTo(p.createdBy());
            assertThat(first.savedAt()).as(title).isCloseTo(p.createdAt(), within());
            assertThat(first.content()).as(title).isEqualTo(p.content());
            HistoryEntry created = history.history(p.id()).getFirst();
            assertThat(created.kind()).as(title).isEqualTo(HistoryKind.CREATED);
            assertThat(created.actor()).as(title).isEqualTo(p.createdBy());
            assertThat(created.at()).as(title).isCloseTo(p.createdAt(), within());
            assertThat(created.versionNumber()).as(title).isEqualTo(1);
        }
    }

    @Test
    void submittedDemoProposalsHaveTheirSubmissionInTheirHistory() {
        as("reviewer"); // Region staff read the drafts too
        for (String title : DEMO_SUBMITTED) {
            ProposalDetails p = demo(title);
            assertThat(p.status()).as(title).isEqualTo(ProposalStatus.SUBMITTED);
            assertThat(history.history(p.id())).as(title)
                    .filteredOn(e -> e.kind() == HistoryKind.TRANSITION).singleElement().satisfies(e -> {
                        assertThat(e.from()).isEqualTo(ProposalStatus.DRAFT);
                        assertThat(e.to()).isEqualTo(ProposalStatus.SUBMITTED);
                        assertThat(e.at()).isCloseTo(p.submittedAt(), within());
                    });
        }
        for (String title : DEMO_DRAFTS) {
            assertThat(history.history(demo(title).id())).as(title).noneMatch(e -> e.kind() == HistoryKind.TRANSITION);
        }
    }

    @Test
    void everyProposalOfTheRoundHasAVersion() {
        as("reviewer"); // Region staff read the drafts too
        for (ProposalSummary summary : proposals.search(ProposalFilter.ofRound(roundId), PageRequest.of(0, 10_000))) {
            assertThat(history.latestVersion(summary.id())).as(summary.title()).isPresent();
        }
    }

    @Test
    void backfillingAgainAddsNothing() {
        as("reviewer"); // Region staff read the drafts too
        ProposalDetails demo = demo(DEMO_SUBMITTED.getFirst());
        List<HistoryEntry> historyBefore = history.history(demo.id());
        List<VersionView> versionsBefore = history.versions(demo.id());

        backfill.backfill();

        assertThat(historyOf(demo.id())).isEqualTo(historyBefore);
        assertThat(history.versions(demo.id())).isEqualTo(versionsBefore);
    }

    @Test
    void aProposalStoredWithoutVersionsGetsItsFirstVersionAndHistory() {
        Instant created = Instant.parse("2026-01-10T09:00:00Z");
        Instant submitted = Instant.parse("2026-01-12T15:30:00Z");
        Proposal proposal = new Proposal(roundId, "afil.rep", created);
        proposal.apply(macroTheme("AFIL", unique("Loaded as data")).build(), "afil.rep", created);
        proposal.transition(ProposalStatus.SUBMITTED, "afil.rep", submitted);
        long id = repository.saveAndFlush(proposal).getId();
        as("reviewer"); // Region staff read the drafts too
        assertThat(history.versions(id)).isEmpty();

        backfill.backfill();

        ProposalDetails stored = reread(id);
        assertThat(history.versions(id)).singleElement().satisfies(v -> {
            assertThat(v.number()).isEqualTo(1);
            assertThat(v.content()).isEqualTo(stored.content());
            assertThat(v.savedBy()).isEqualTo("afil.rep");
            assertThat(v.savedAt()).isCloseTo(created, within());
        });
        assertThat(historyOf(id)).extracting(HistoryEntry::kind, HistoryEntry::from, HistoryEntry::to,
                        HistoryEntry::actor, HistoryEntry::versionNumber)
                .containsExactly(org.assertj.core.api.Assertions.tuple(HistoryKind.CREATED, null, null, "afil.rep", 1),
                        org.assertj.core.api.Assertions.tuple(HistoryKind.TRANSITION, ProposalStatus.DRAFT,
                                ProposalStatus.SUBMITTED, "afil.rep", null));
        assertThat(historyOf(id).getLast().at()).isCloseTo(submitted, within());
    }

    private ProposalDetails demo(String title) {
        List<ProposalSummary> found = proposals.search(ProposalFilter.ofRound(roundId).withText(title),
                PageRequest.of(0, 10)).getContent().stream().filter(s -> s.title().equals(title)).toList();
        assertThat(found).as(title).hasSize(1);
        return proposals.find(found.getFirst().id()).orElseThrow();
    }

    private static org.assertj.core.data.TemporalUnitOffset within() {
        return org.assertj.core.api.Assertions.within(1, ChronoUnit.MILLIS);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
