package it.lombardia.codesign.live;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Who has which page ("place") open right now, and which field they are in, on every node.
 *
 * <p>Each node owns the seats of its own browser tabs and tells the others about every change on
 * the bus ("presence" messages). Nodes beat every few seconds; the seats of a node that stopped
 * beating (crashed, cut off) are dropped after {@link #NODE_SILENCE}. A node that starts, or whose
 * bus connection came back, says hello and the others repeat their seats to it.
 *
 * <p>A tab can also vanish without a word (browser killed, computer asleep, network gone): Vaadin
 * notices only when another request of the same session comes, which may be never. So each seat
 * keeps its tab's last sign of life ({@link Seat#alive()}, called on every Vaadin heartbeat); the
 * sweep lets a seat silent for longer than {@code codesign.live.presence-silence} go, on every node,
 * and it comes back with its next sign of life. A seat whose tab was closed (a timed-out session)
 * leaves for good at the same sweep.
 */
@Service
public class Presence {

    public static final String TOPIC = "presence";
    static final Duration NODE_SILENCE = Duration.ofSeconds(15);

    private final LiveBus bus;
    private final Clock clock;
    private final Duration silence;
    private final Map<String, Seat> local = new ConcurrentHashMap<>();
    private final Map<String, RemoteSeat> remote = new ConcurrentHashMap<>();
    private final Map<String, Instant> nodesSeen = new ConcurrentHashMap<>();
    private final Registration subscription;

    /**
     * {@code silence}: how long a tab may give no sign of life before its seat goes. Three of Vaadin's
     * heartbeats ({@code vaadin.heartbeatInterval}), so that a late one does not make anyone flicker.
     */
    Presence(LiveBus bus, Clock clock, @Value("${codesign.live.presence-silence:PT45S}") Duration silence) {
        this.bus = bus;
        this.clock = clock;
        this.silence = silence;
        this.subscription = bus.subscribe(this::receive);
    }

    /**
     * Takes a seat in the place; {@code open} says whether the tab holding it is still there, and
     * the tab keeps it with {@link Seat#alive()} at least every {@code silence}.
     */
    public Seat join(String place, Participant who, BooleanSupplier open) {
        Seat seat = new Seat(UUID.randomUUID().toString(), place, who, open, clock.instant());
        local.put(seat.key, seat);
        announce(seat, "join");
        return seat;
    }

    /** Who is in the place, each person once (in several tabs or not), the earliest first. */
    public List<Participant> at(String place) {
        return seatsIn(place).stream()
                .sorted(Comparator.comparing(SeatView::since))
                .map(SeatView::who)
                .collect(Collectors.toMap(Participant::username, p -> p, (a, b) -> a, LinkedHashMap::new))
                .values().stream().toList();
    }

    /** Field name to the people in that field right now, in the place. */
    public Map<String, List<Participant>> fieldsInUse(String place) {
        Map<String, List<Participant>> byField = new LinkedHashMap<>();
        seatsIn(place).stream()
                .filter(s -> s.field() != null)
                .sorted(Comparator.comparing(SeatView::since))
                .forEach(s -> {
                    List<Participant> people = byField.computeIfAbsent(s.field(), f -> new ArrayList<>());
                    if (people.stream().noneMatch(p -> p.username().equals(s.who().username()))) {
                        people.add(s.who());
                    }
                });
        return byField;
    }

    private List<SeatView> seatsIn(String place) {
        List<SeatView> seats = new ArrayList<>();
        local.values().stream().filter(s -> s.place.equals(place))
                .forEach(s -> seats.add(new SeatView(s.who, s.field, s.since)));
        remote.values().stream().filter(s -> s.place().equals(place))
                .forEach(s -> seats.add(new SeatView(s.who(), s.field(), s.since())));
        return seats;
    }

    private void announce(Seat seat, String op) {
        bus.publish(LiveMessage.of(TOPIC, "op", op, "node", bus.nodeId(), "key", seat.key, "place", seat.place,
                "username", seat.who.username(), "name", seat.who.displayName(),
                "affiliation", seat.who.affiliation(), "color", String.valueOf(seat.who.colorIndex()),
                "field", seat.field, "since", seat.since.toString()));
    }

    private void receive(LiveMessage message) {
        if (message.is(LiveBusEvents.CONNECTED)) {
            remote.clear();
            hello();
            return;
        }
        if (!message.is(TOPIC)) {
            return;
        }
        String node = message.get("node").orElse("");
        if (node.isEmpty() || node.equals(bus.nodeId())) {
            return;
        }
        nodesSeen.put(node, clock.instant());
        String key = message.get("key").orElse("");
        switch (message.get("op").orElse("")) {
            case "join", "focus" -> remote.put(key, new RemoteSeat(node, message.data().get("place"),
                    new Participant(message.data().get("username"), message.data().get("name"),
                            message.get("affiliation").orElse(""), Integer.parseInt(message.get("color").orElse("0"))),
                    message.data().get("field"),
                    message.get("since").map(Instant::parse).orElse(clock.instant())));
            case "leave" -> remote.remove(key);
            case "hello" -> local.values().forEach(seat -> announce(seat, "join"));
            default -> {
                // "beat": the node is alive, noted above
            }
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void hello() {
        bus.publish(LiveMessage.of(TOPIC, "op", "hello", "node", bus.nodeId()));
    }

    /** Beats for this node, drops the seats of closed and of silent tabs and of nodes that fell silent. */
    @Scheduled(fixedDelayString = "${codesign.live.presence-sweep:PT5S}")
    void sweep() {
        bus.publish(LiveMessage.of(TOPIC, "op", "beat", "node", bus.nodeId()));
        Instant lastSignNeeded = clock.instant().minus(silence);
        for (Seat seat : List.copyOf(local.values())) {
            boolean open;
            try {
                open = seat.open.getAsBoolean();
            } catch (RuntimeException e) {
                open = false;
            }
            if (!open) {
                seat.leave();
            } else {
                seat.goIfSilentSince(lastSignNeeded);
            }
        }
        Instant silentSince = clock.instant().minus(NODE_SILENCE);
        Set<String> silent = nodesSeen.entrySet().stream().filter(e -> e.getValue().isBefore(silentSince))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        if (silent.isEmpty()) {
            return;
        }
        silent.forEach(nodesSeen::remove);
        Collection<RemoteSeat> gone = remote.values().stream().filter(s -> silent.contains(s.node())).toList();
        remote.values().removeAll(gone);
        gone.stream().map(RemoteSeat::place).distinct().forEach(place -> {
            if (bus instanceof LiveDispatcher dispatcher) {
                dispatcher.deliverLocally(LiveMessage.of(TOPIC, "op", "leave", "node", "", "place", place));
            }
        });
    }

    @PreDestroy
    void stop() {
        subscription.remove();
        List.copyOf(local.values()).forEach(Seat::leave);
    }

    private record SeatView(Participant who, String field, Instant since) {
    }

    private record RemoteSeat(String node, String place, Participant who, String field, Instant since) {
    }

    /** One tab's presence in one place. */
    public final class Seat {

        private final String key;
        private final String place;
        private final Participant who;
        private final BooleanSupplier open;
        private final Instant since;
        private volatile String field;
        private volatile Instant lastSign;
        private volatile boolean left;

        private Seat(String key, String place, Participant who, BooleanSupplier open, Instant since) {
            this.key = key;
            this.place = place;
            this.who = who;
            this.open = open;
            this.since = since;
            this.lastSign = since;
        }

        public String place() {
            return place;
        }

        public Participant who() {
            return who;
        }

        /** The field this tab is in, or null. */
        public String field() {
            return field;
        }

        /** Enters a field (by its name), or leaves the one it was in with null; a sign of life too. */
        public void focus(String fieldName) {
            alive();
            if (java.util.Objects.equals(field, fieldName) || !local.containsKey(key)) {
                return;
            }
            field = fieldName;
            announce(this, "focus");
        }

        /** The tab is still there (a heartbeat came): keeps the seat, or takes it again after a silence. */
        public synchronized void alive() {
            lastSign = clock.instant();
            if (!left && local.putIfAbsent(key, this) == null) {
                announce(this, "join");
            }
        }

        /** Leaves for good: the tab left the page or was closed. */
        public void leave() {
            left = true;
            go();
        }

        private synchronized void goIfSilentSince(Instant lastSignNeeded) {
            if (lastSign.isBefore(lastSignNeeded)) {
                go();
            }
        }

        private synchronized void go() {
            if (local.remove(key) != null) {
                field = null;
                announce(this, "leave");
            }
        }
    }
}
