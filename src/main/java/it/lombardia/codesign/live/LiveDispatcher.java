package it.lombardia.codesign.live;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What every bus does the same way: waits for the commit, hands messages to this node's
 * subscribers one by one (a failing subscriber does not stop the others). Transports send the
 * message to the other nodes in {@link #sendToOtherNodes} and feed what they receive to
 * {@link #deliverLocally}.
 */
abstract class LiveDispatcher implements LiveBus {

    private static final Logger log = LoggerFactory.getLogger(LiveDispatcher.class);

    private final List<Consumer<LiveMessage>> listeners = new CopyOnWriteArrayList<>();
    private final String nodeId;

    LiveDispatcher(String nodeId) {
        this.nodeId = nodeId;
    }

    @Override
    public String nodeId() {
        return nodeId;
    }

    @Override
    public void publish(LiveMessage message) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(message);
                }
            });
        } else {
            send(message);
        }
    }

    private void send(LiveMessage message) {
        deliverLocally(message);
        try {
            sendToOtherNodes(message);
        } catch (RuntimeException e) {
            // The change itself is committed; other nodes' viewers catch up on their next read.
            log.warn("Could not send a live message to the other nodes: {}", e.toString());
        }
    }

    /** Sends the message to the other nodes; nothing to do with a single node. */
    abstract void sendToOtherNodes(LiveMessage message);

    /** Releases what the transport holds when the node shuts down; nothing for a single node. */
    void stop() {
    }

    void deliverLocally(LiveMessage message) {
        for (Consumer<LiveMessage> listener : listeners) {
            try {
                listener.accept(message);
            } catch (RuntimeException e) {
                log.warn("A live listener failed on {}", message, e);
            }
        }
    }

    @Override
    public Registration subscribe(Consumer<LiveMessage> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
