package it.lombardia.codesign.live;

import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Carries {@link LiveMessage}s to every subscriber on every node: in-process on the embedded
 * database (one node), through PostgreSQL's LISTEN/NOTIFY when several nodes share PostgreSQL.
 */
public interface LiveBus {

    /**
     * Sends the message to subscribers on all nodes. Inside a transaction it leaves only after the
     * commit, so nobody re-reads a change that is not there yet or was rolled back.
     */
    void publish(LiveMessage message);

    /**
     * Calls the listener for every message, on whatever thread delivers it; the listener must be
     * quick and must not expect a signed-in user (views use {@link LiveUpdates} instead).
     */
    Registration subscribe(Consumer<LiveMessage> listener);

    /** This node's name, different on every instance of the app. */
    String nodeId();
}
