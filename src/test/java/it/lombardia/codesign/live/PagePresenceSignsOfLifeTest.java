package it.lombardia.codesign.live;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.OtherBrowser;
import it.lombardia.codesign.live.ui.PagePresence;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two browser tabs on one page, each with its presence: one keeps sending Vaadin's heartbeats, the
 * other's browser vanished without a word (no unload, no detach). Time runs on a clock of the
 * test's own, with the sweep called as the scheduler would every 5 s.
 */
class PagePresenceSignsOfLifeTest extends KaribuTest {

    @Autowired
    LiveBus bus;
    @Autowired
    LiveUpdates live;
    @Autowired
    Participants participants;

    private final PresenceTest.MovableClock clock = new PresenceTest.MovableClock();

    @Test
    void aTabWhoseHeartbeatsStopLeavesThePageWithinAMinuteWhileTheOneStillBeatingStays() {
        Presence presence = new Presence(bus, clock, PresenceTest.SILENCE);
        String place = "page:" + UUID.randomUUID();
        signIn("afil.rep");
        showPresence(presence, place);

        try (OtherBrowser admin = OtherBrowser.signedIn(context, userDetailsService, "admin")) {
            admin.run(() -> showPresence(presence, place));
            awaitLive(() -> caption().equals("Also here: Giulia Ferrari"));

            Duration goneAfter = null;
            for (Duration elapsed = Duration.ZERO; elapsed.compareTo(Duration.ofMinutes(3)) < 0; ) {
                clock.move(Duration.ofSeconds(5));
                elapsed = elapsed.plusSeconds(5);
                if (elapsed.toSeconds() % 15 == 0) {
                    heartbeat(); // only this tab's; the other browser is gone
                }
                presence.sweep();
                assertThat(presence.at(place)).extracting(Participant::username).as("after %s", elapsed)
                        .contains("afil.rep");
                if (goneAfter == null && presence.at(place).stream().noneMatch(p -> p.username().equals("admin"))) {
                    goneAfter = elapsed;
                }
            }
            assertThat(goneAfter).as("the silent tab leaves within a minute of its last sign of life")
                    .isNotNull().isLessThanOrEqualTo(Duration.ofSeconds(60));
            awaitLive(() -> caption().equals("Nobody else has this page open"));

            // the vanished browser comes back (a computer waking up): its next heartbeat seats it again
            admin.run(PagePresenceSignsOfLifeTest::heartbeat);
            awaitLive(() -> caption().equals("Also here: Giulia Ferrari"));
        } finally {
            presence.stop();
        }
    }

    /** A page of this tab with the presence bar, as a view shows it. */
    private void showPresence(Presence presence, String place) {
        Div view = new Div();
        PagePresence pagePresence = new PagePresence(view, place, presence, participants, live);
        view.add(pagePresence.avatars());
        UI.getCurrent().add(view);
    }

    /** What Vaadin's HeartbeatHandler does when this tab's heartbeat request arrives. */
    private static void heartbeat() {
        UI.getCurrent().getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis());
    }

    private static String caption() {
        return _get(Span.class, s -> s.withClasses("presence-caption")).getText();
    }
}
