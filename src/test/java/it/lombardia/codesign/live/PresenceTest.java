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

    private final MovableClock clock = new MovableClock();
    private final LocalLiveBus bus = new LocalLiveBus("here");
    private final Presence presence = new Presence(bus, clock);
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

    private static final class MovableClock extends Clock {
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
