package it.lombardia.codesign.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/** Two LISTEN/NOTIFY buses (two nodes) on the PostgreSQL test database; runs only in the PostgreSQL run. */
@Tag(TwoNodes.TAG)
class PostgresLiveBusTest {

    private TwoNodes.TestDatabase database;
    private JdbcTemplate jdbc;
    private PostgresLiveBus a;
    private PostgresLiveBus b;
    private final List<LiveMessage> onA = new CopyOnWriteArrayList<>();
    private final List<LiveMessage> onB = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startTwoBuses() {
        database = TwoNodes.TestDatabase.required();
        jdbc = new JdbcTemplate(new DriverManagerDataSource(database.url(), database.username(), database.password()));
        a = bus("bus-a-" + System.nanoTime());
        b = bus("bus-b-" + System.nanoTime());
        a.subscribe(onA::add);
        b.subscribe(onB::add);
        a.start();
        b.start();
        assertThat(TwoNodes.await(Duration.ofSeconds(10), () -> connections(onA) == 1 && connections(onB) == 1))
                .as("both buses connected").isTrue();
    }

    @AfterEach
    void stopBuses() {
        a.stop();
        b.stop();
    }

    private PostgresLiveBus bus(String node) {
        return new PostgresLiveBus(node,
                () -> DriverManager.getConnection(database.url(), database.username(), database.password()),
                jdbc, JsonMapper.builder().build(), Duration.ofMillis(200), Duration.ofMillis(100), Duration.ofSeconds(1));
    }

    @Test
    void aMessageFromOneNodeReachesTheOtherOnceAndIsNotEchoed() throws InterruptedException {
        LiveMessage message = LiveMessage.of("proposal", "id", "42", "title", "Città «nuova» \"quoted\"");
        long started = System.nanoTime();
        a.publish(message);

        assertThat(TwoNodes.await(Duration.ofSeconds(1), () -> onB.contains(message))).as("arrived on B").isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        Thread.sleep(500);
        assertThat(onB.stream().filter(m -> m.is("proposal")).toList()).containsExactly(message);
        assertThat(onA.stream().filter(m -> m.is("proposal")).toList()).as("delivered locally, not echoed")
                .containsExactly(message);
    }

    @Test
    void reconnectsAfterItsConnectionIsKilledAndSaysSo() {
        int killed = b.listenerPid();
        assertThat(killed).isPositive();

        assertThat(jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, killed)).isTrue();

        assertThat(TwoNodes.await(Duration.ofSeconds(10), () -> connections(onB) == 2)).as("connected again").isTrue();
        assertThat(b.listenerPid()).isPositive().isNotEqualTo(killed);
        LiveMessage later = LiveMessage.of("comment", "id", "7");
        a.publish(later);
        assertThat(TwoNodes.await(Duration.ofSeconds(1), () -> onB.contains(later))).as("later messages arrive").isTrue();
        assertThat(connections(onA)).isEqualTo(1);
    }

    @Test
    void anOversizedMessageStaysOnItsNodeWithoutFailing() {
        LiveMessage big = LiveMessage.of("proposal", "id", "1", "text", "x".repeat(PostgresLiveBus.MAX_PAYLOAD_BYTES));
        LiveMessage small = LiveMessage.of("proposal", "id", "2");

        a.publish(big);
        a.publish(small);

        assertThat(TwoNodes.await(Duration.ofSeconds(1), () -> onB.contains(small))).isTrue();
        assertThat(onB).doesNotContain(big);
        assertThat(onA).contains(big, small);
    }

    private static long connections(List<LiveMessage> received) {
        return received.stream().filter(m -> m.is(LiveBusEvents.CONNECTED)).count();
    }
}
