package it.lombardia.codesign.live;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import it.lombardia.codesign.OtherBrowser;
import it.lombardia.codesign.proposal.ProposalContent;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.proposal.ProposalFilter;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.proposal.ProposalSummary;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two instances of the app on the PostgreSQL test database: what happens through one reaches the
 * users of the other, through LISTEN/NOTIFY. Runs only in the PostgreSQL run (tag {@value TwoNodes#TAG}).
 */
@Tag(TwoNodes.TAG)
class TwoNodesTest {

    private static final String EDITOR = "afil.rep";
    private static final String VIEWER = "reviewer"; // the Region reads the AFIL draft the editor saves;

    private static TwoNodes nodes;

    /** Presence lets a silent tab go after 6 s here (45 s in the app), so that a test can wait for it. */
    private static final Duration SILENCE = Duration.ofSeconds(6);

    @BeforeAll
    static void startTwoInstances() {
        nodes = TwoNodes.start("codesign.live.presence-silence=PT6S", "codesign.live.presence-sweep=PT0.5S");
    }

    @AfterAll
    static void stopThem() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void twoInstancesOnTheirOwnPortsAnswer() {
        assertThat(nodes.a.port()).isPositive().isNotEqualTo(nodes.b.port());
        assertThat(nodes.a.httpStatus("/login")).isEqualTo(200);
        assertThat(nodes.b.httpStatus("/login")).isEqualTo(200);
        assertThat(nodes.a.bus()).isInstanceOf(PostgresLiveBus.class);
        assertThat(nodes.a.bus().nodeId()).isEqualTo("node-a");
        assertThat(nodes.b.bus().nodeId()).isEqualTo("node-b");
    }

    @Test
    void aProposalSavedOnOneInstanceShowsOnAPageOfTheOther() {
        long id = nodes.a.as(EDITOR, TwoNodesTest::firstEditable);
        try {
            UI ui = nodes.b.openUi(VIEWER);
            ui.navigate("proposals/" + id);
            MockVaadin.clientRoundtrip(false);
            assertThat(TwoNodes.await(Duration.ofSeconds(2),
                    () -> nodes.a.bean(Presence.class).at("proposal:" + id).stream()
                            .anyMatch(p -> p.username().equals(VIEWER))))
                    .as("node A knows that the viewer on node B has the proposal open").isTrue();

            String renamed = "Renamed on node A " + UUID.randomUUID().toString().substring(0, 8);
            nodes.a.as(EDITOR, () -> rename(id, renamed));

            assertThat(TwoNodes.await(Duration.ofSeconds(5), () -> renamed.equals(_get(H1.class).getText())))
                    .as("the proposal page open on node B shows the title saved on node A").isTrue();
            assertThat(_get(TextField.class, s -> s.withId("title")).getValue()).isEqualTo(renamed);
            assertThat(_get(Paragraph.class, s -> s.withClasses("live-updated")).getText())
                    .isEqualTo("Laura Bianchi just updated this proposal: Title.");
        } finally {
            nodes.b.closeUi();
        }
    }

    @Test
    void presenceOnOneInstanceIsSeenOnTheOther() {
        String place = "proposal:" + UUID.randomUUID();
        Participant laura = new Participant(EDITOR, "Laura Bianchi", "AFIL", Participant.colorOf(EDITOR));
        Presence onA = nodes.a.bean(Presence.class);
        Presence onB = nodes.b.bean(Presence.class);

        Presence.Seat seat = onA.join(place, laura, () -> true);

        assertThat(TwoNodes.await(Duration.ofSeconds(1), () -> onB.at(place).contains(laura)))
                .as("the seat taken on A is seen on B").isTrue();
        seat.leave();
        assertThat(TwoNodes.await(Duration.ofSeconds(1), () -> onB.at(place).isEmpty()))
                .as("and is gone on B after leaving").isTrue();
    }

    @Test
    void aTabThatStopsSendingHeartbeatsLeavesThePresenceOfTheOtherInstanceWhileABeatingOneStays() {
        long id = nodes.a.as(EDITOR, TwoNodesTest::firstEditable);
        String place = "proposal:" + id;
        Presence onA = nodes.a.bean(Presence.class);
        try (OtherBrowser vanishing = OtherBrowser.signedIn(nodes.b.context(), nodes.b.bean(UserDetailsService.class),
                "admin")) {
            long start = System.nanoTime();
            vanishing.run(() -> {
                UI.getCurrent().navigate("proposals/" + id);
                MockVaadin.clientRoundtrip(false);
            });
            UI ui = nodes.b.openUi("reviewer");
            ui.navigate("proposals/" + id);
            MockVaadin.clientRoundtrip(false);
            assertThat(TwoNodes.await(Duration.ofSeconds(3), () -> usernames(onA.at(place)).containsAll(List.of("admin", "reviewer"))))
                    .as("node A sees both tabs of node B").isTrue();

            // the reviewer's tab keeps sending Vaadin's heartbeats; the admin's browser vanished without a word
            long[] lastBeat = {0};
            boolean gone = TwoNodes.await(SILENCE.multipliedBy(3), () -> {
                if (System.nanoTime() - lastBeat[0] > Duration.ofSeconds(1).toNanos()) {
                    ui.getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis());
                    lastBeat[0] = System.nanoTime();
                }
                assertThat(usernames(onA.at(place))).contains("reviewer");
                return !usernames(onA.at(place)).contains("admin");
            });
            assertThat(gone).as("the silent tab is gone on node A").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("not before its silence")
                    .isGreaterThanOrEqualTo(SILENCE.minusMillis(100));
            assertThat(usernames(onA.at(place))).containsExactly("reviewer");
        } finally {
            nodes.b.closeUi();
        }
    }

    private static List<String> usernames(List<Participant> participants) {
        return participants.stream().map(Participant::username).toList();
    }

    /** A proposal the editor may change, the lowest id first (1 in the demo data, unless a test moved it on). */
    private static long firstEditable() {
        ProposalService proposals = nodes.a.bean(ProposalService.class);
        return proposals.search(new ProposalFilter(null, null, "AFIL", null, null, null), PageRequest.of(0, 200))
                .stream().map(ProposalSummary::id).sorted()
                .filter(id -> proposals.whyReadOnly(proposals.find(id).orElseThrow()).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no proposal that " + EDITOR + " may edit"));
    }

    private static ProposalDetails rename(long id, String title) {
        ProposalService proposals = nodes.a.bean(ProposalService.class);
        ProposalDetails current = proposals.find(id).orElseThrow();
        ProposalContent c = current.content();
        return proposals.save(id, current.version(), new ProposalContent(c.kind(), c.leadClusterCode(),
                c.coClusterCodes(), c.targetMacroThemeId(), c.targetPriorityId(), title, c.description(),
                c.ecosystemImpact(), c.territorialImpact(), c.trlMin(), c.trlMax(), c.ecosystemCodes(),
                c.pnrrComponentCodes(), c.sdgNumbers(), c.horizonClusterCodes()));
    }
}
