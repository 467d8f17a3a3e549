package it.lombardia.codesign.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Presence on one node, with the messages another node would send delivered by hand. */
class PresenceTest {

    /** As in application.properties: three heartbeats of 15 s. */
    static final Duration SILENCE = Duration.ofSeconds(45);

    private final MovableClock clock = new MovableClock();
    private final LocalLiveBus bus = new LocalLiveBus("here");
    private final Presence presence = new Presence(bus, clock, SILENCE);
    private final Participant laura = new Participant("afil.rep", "Laura Bianchi", "AFIL", 1);
    private final Participant giulia = new Participant("admin", "Giulia Ferrari", "University, Research and Innovation", 2);

    @Test
    void eachPersonIsListedOnceEvenWithSeveralTabs() {
        presence.join("proposal:1", laura, () -> true);
        clock.move(Duration.ofSeconds(1));
        presence.join("proposal:1", giulia, () -> true);
        presence.join("proposal:1", laura, () -> true);
        presence.join("proposal:2", giulia, () -> true);

        assertThat(presence.at("proposal:1")).containsExactly(laura, giulia);
        assertThat(presence.at("proposal:3")).isEmpty();
    }

    @Test
    void focusShowsWhoIsInWhichFieldUntilTheyLeaveIt() {
        Presence.Seat seat = presence.join("proposal:1", laura, () -> true);
        seat.focus("title");
        assertThat(presence.fieldsInUse("proposal:1")).containsEntry("title", List.of(laura));
        seat.focus("description");
        assertThat(presence.fieldsInUse("proposal:1")).containsOnlyKeys("description");
        seat.focus(null);
        assertThat(presence.fieldsInUse("proposal:1")).isEmpty();
        seat.leave();
        assertThat(presence.at("proposal:1")).isEmpty();
    }

    @Test
    void aClosedTabIsDroppedByTheSweep() {
        boolean[] open = {true};
        presence.join("proposal:1", laura, () -> open[0]);
        presence.sweep();
        assertThat(presence.at("proposal:1")).containsExactly(laura);
        open[0] = false;
        presence.sweep();
        assertThat(presence.at("proposal:1")).isEmpty();
    }

    @Test
    void seatsOfAnotherNodeAreShownAndDroppedWhenThatNodeFallsSilent() {
        List<LiveMessage> heard = new ArrayList<>();
        bus.subscribe(heard::add);
        bus.deliverLocally(LiveMessage.of(Presence.TOPIC, "op", "join", "node", "there", "key", "k1", "place", "proposal:1",
                "username", "admin", "name", "Giulia Ferrari", "affiliation", "University, Research and Innovation",
                "color", "2", "since", clock.instant().toString()));
        bus.deliverLocally(LiveMessage.of(Presence.TOPIC, "op", "focus", "node", "there", "key", "k1", "place", "proposal:1",
                "username", "admin", "name", "Giulia Ferrari", "affiliation", "University, Research and Innovation",
                "color", "2", "field", "title", "since", clock.instant().toString()));
        assertThat(presence.at("proposal:1")).containsExactly(giulia);
        assertThat(presence.fieldsInUse("proposal:1")).containsEntry("title", List.of(giulia));

        clock.move(Presence.NODE_SILENCE.plusSeconds(1));
        heard.clear();
        presence.sweep();

        assertThat(presence.at("proposal:1")).isEmpty();
        assertThat(heard).anyMatch(m -> m.is(Presence.TOPIC) && m.has("place", "proposal:1"));
    }

    @Test
    void aNodeSayingHelloHearsOurSeatsAgain() {
        presence.join("proposal:1", laura, () -> true);
        List<LiveMessage> sent = new ArrayList<>();
        bus.subscribe(sent::add);

        bus.deliverLocally(LiveMessage.of(Presence.TOPIC, "op", "hello", "node", "there"));

        assertThat(sent).anyMatch(m -> m.has("op", "join") && m.has("username", "afil.rep") && m.has("node", "here"));
    }

    @Test
    void aTabThatStopsGivingSignsOfLifeIsGoneWithinAMinuteOnEveryNodeWhileALiveOneStays() {
        LinkedBus busA = new LinkedBus("node-a");
        LinkedBus busB = new LinkedBus("node-b");
        busA.other = busB;
        busB.other = busA;
        Presence onA = new Presence(busA, clock, SILENCE);
        Presence onB = new Presence(busB, clock, SILENCE);
        Presence.Seat live = onA.join("proposal:1", laura, () -> true);
        Presence.Seat vanished = onA.join("proposal:1", giulia, () -> true);
        assertThat(onB.at("proposal:1")).containsExactlyInAnyOrder(laura, giulia);

        // The scheduled sweeps every 5 s on both nodes; the live tab's heartbeat every 15 s, the
        // vanished tab's never again (its tab is still "open": nothing told Vaadin it is gone).
        Duration goneAfter = null;
        for (Duration elapsed = Duration.ZERO; elapsed.compareTo(Duration.ofMinutes(5)) < 0; ) {
            clock.move(Duration.ofSeconds(5));
            elapsed = elapsed.plusSeconds(5);
            if (elapsed.toSeconds() % 15 == 0) {
                live.alive();
            }
            onA.sweep();
            onB.sweep();
            assertThat(onA.at("proposal:1")).as("after %s", elapsed).contains(laura);
            assertThat(onB.at("proposal:1")).as("after %s", elapsed).contains(laura);
            if (goneAfter == null && !onB.at("proposal:1").contains(giulia)) {
                goneAfter = elapsed;
                assertThat(onA.at("proposal:1")).containsExactly(laura);
            }
        }
        assertThat(goneAfter).as("the vanished tab's seat is gone within a minute of its last sign of life")
                .isNotNull().isLessThanOrEqualTo(Duration.ofSeconds(60))
                // not before two heartbeats were missed: a late one must not make anyone flicker
                .isGreaterThan(Duration.ofSeconds(30));

        // its computer woke up: the next heartbeat brings it back, everywhere
        vanished.alive();
        assertThat(onB.at("proposal:1")).containsExactlyInAnyOrder(laura, giulia);
        vanished.leave();
        vanished.alive();
        assertThat(onA.at("proposal:1")).containsExactly(laura);
        assertThat(onB.at("proposal:1")).containsExactly(laura);
    }

    @Test
    void typingInAFieldIsASignOfLifeToo() {
        Presence.Seat seat = presence.join("proposal:1", laura, () -> true);
        clock.move(Duration.ofSeconds(40));
        seat.focus("title");
        clock.move(Duration.ofSeconds(40));
        presence.sweep();
        assertThat(presence.fieldsInUse("proposal:1")).containsEntry("title", List.of(laura));
    }

    /** Two nodes whose buses hand each other every message, as PostgreSQL's NOTIFY does. */
    private static final class LinkedBus extends LiveDispatcher {
        private LinkedBus other;

        LinkedBus(String nodeId) {
            super(nodeId);
        }

        @Override
        void sendToOtherNodes(LiveMessage message) {
            other.deliverLocally(message);
        }
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
