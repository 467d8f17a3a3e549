package it.lombardia.codesign.live;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bus of several nodes sharing one PostgreSQL: messages travel through LISTEN/NOTIFY on the
 * channel {@value #CHANNEL} as JSON {@code {"node": ..., "topic": ..., "data": {...}}}.
 *
 * <p>One dedicated connection (outside the pool: it is held for as long as the node runs) listens
 * on a daemon thread; when it breaks, the thread connects again with a growing pause and then
 * delivers {@link LiveBusEvents#CONNECTED} on this node, as after the first connection, so that
 * presence asks the other nodes again for what it may have missed. Messages leave on a pooled
 * connection from a single sender thread, in order, never holding up the request that committed
 * the change (nor a second pooled connection while that request still holds its own).
 */
class PostgresLiveBus extends LiveDispatcher {

    static final String CHANNEL = "codesign_live";
    /** PostgreSQL refuses payloads of 8000 bytes or more. */
    static final int MAX_PAYLOAD_BYTES = 7999;
    private static final int MAX_WAITING = 10_000;
    private static final Duration HEALTH_CHECK_AFTER = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(PostgresLiveBus.class);
    private static final TypeReference<Map<String, Object>> ENVELOPE = new TypeReference<>() {
    };

    /** Opens the listening connection; a new one on every (re)connection. */
    @FunctionalInterface
    interface ListenConnections {
        Connection open() throws SQLException;
    }

    private final ListenConnections connections;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Duration pollTimeout;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final ExecutorService sender;
    private final Thread listener;
    private volatile boolean running = true;
    private volatile Connection listening;

    PostgresLiveBus(String nodeId, ListenConnections connections, JdbcTemplate jdbc, JsonMapper json,
                    Duration pollTimeout, Duration firstBackoff, Duration maxBackoff) {
        super(nodeId);
        this.connections = connections;
        this.jdbc = jdbc;
        this.json = json;
        this.pollTimeout = pollTimeout;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
        this.sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(MAX_WAITING), r -> {
            Thread thread = new Thread(r, "live-bus-send-" + nodeId);
            thread.setDaemon(true);
            return thread;
        });
        this.listener = new Thread(this::listen, "live-bus-listen-" + nodeId);
        this.listener.setDaemon(true);
    }

    /** Starts listening; the first {@link LiveBusEvents#CONNECTED} follows once the connection is up. */
    PostgresLiveBus start() {
        listener.start();
        return this;
    }

    @Override
    void sendToOtherNodes(LiveMessage message) {
        if (!running) {
            return;
        }
        String payload = encode(message);
        int bytes = payload.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_PAYLOAD_BYTES) {
            log.warn("Live message {} not sent to the other nodes: {} bytes, NOTIFY takes at most {}",
                    message.topic(), bytes, MAX_PAYLOAD_BYTES);
            return;
        }
        try {
            sender.execute(() -> notifyOthers(payload));
        } catch (RejectedExecutionException e) {
            log.warn("Live message {} not sent to the other nodes: too many waiting or the bus is stopping", message.topic());
        }
    }

    private void notifyOthers(String payload) {
        try {
            jdbc.query("select pg_notify(?, ?)", (RowCallbackHandler) rs -> { }, CHANNEL, payload);
        } catch (RuntimeException e) {
            // The change itself is committed; other nodes' viewers catch up on their next read.
            log.warn("Could not send a live message to the other nodes: {}", e.toString());
        }
    }

    String encode(LiveMessage message) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("node", nodeId());
        envelope.put("topic", message.topic());
        envelope.put("data", message.data());
        return json.writeValueAsString(envelope);
    }

    private void receive(String payload) {
        Map<String, Object> envelope;
        try {
            envelope = json.readValue(payload, ENVELOPE);
        } catch (RuntimeException e) {
            log.warn("Ignored an unreadable live message: {}", e.toString());
            return;
        }
        if (nodeId().equals(envelope.get("node")) || !(envelope.get("topic") instanceof String topic)) {
            return; // our own: deliverLocally already had it
        }
        Map<String, String> data = new LinkedHashMap<>();
        if (envelope.get("data") instanceof Map<?, ?> values) {
            values.forEach((key, value) -> {
                if (key != null && value != null) {
                    data.put(key.toString(), value.toString());
                }
            });
        }
        deliverLocally(new LiveMessage(topic, data));
    }

    private void listen() {
        Duration backoff = firstBackoff;
        while (running) {
            try (Connection connection = connections.open()) {
                listening = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                log.info("Live bus of node {} listening on PostgreSQL channel {}", nodeId(), CHANNEL);
                backoff = firstBackoff;
                deliverLocally(LiveMessage.of(LiveBusEvents.CONNECTED));
                poll(connection.unwrap(PGConnection.class), connection);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                log.warn("Live bus of node {} lost its PostgreSQL connection ({}); connecting again in {} ms",
                        nodeId(), e.toString(), backoff.toMillis());
            } finally {
                listening = null;
            }
            if (!running || !pause(backoff)) {
                break;
            }
            backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
        }
    }

    private void poll(PGConnection pg, Connection connection) throws SQLException {
        long quietSince = System.nanoTime();
        int timeout = (int) Math.max(1, pollTimeout.toMillis());
        while (running) {
            PGNotification[] notifications = pg.getNotifications(timeout);
            if (notifications != null && notifications.length > 0) {
                for (PGNotification notification : notifications) {
                    receive(notification.getParameter());
                }
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > HEALTH_CHECK_AFTER.toNanos()) {
                // A connection cut without a word (a dead network) only shows when it is used.
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select 1");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    private boolean pause(Duration backoff) {
        try {
            Thread.sleep(backoff);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The server process of the listening connection, or -1 while not connected (for tests). */
    int listenerPid() {
        Connection connection = listening;
        try {
            return connection == null ? -1 : connection.unwrap(PGConnection.class).getBackendPID();
        } catch (SQLException e) {
            return -1;
        }
    }

    /** Stops listening, closes the dedicated connection and sends what is still waiting. */
    @Override
    void stop() {
        if (!running) {
            return;
        }
        running = false;
        sender.shutdown();
        try {
            listener.join(pollTimeout.toMillis() + 1000);
            if (listener.isAlive()) {
                Connection connection = listening;
                if (connection != null) {
                    connection.close();
                }
                listener.interrupt();
                listener.join(2000);
            }
            sender.awaitTermination(5, TimeUnit.SECONDS);
        } catch (SQLException e) {
            log.debug("Closing the live bus connection: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
