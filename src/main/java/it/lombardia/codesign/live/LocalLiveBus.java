package it.lombardia.codesign.live;

/** The bus of a single node (the embedded database): messages never leave the JVM. */
class LocalLiveBus extends LiveDispatcher {

    LocalLiveBus(String nodeId) {
        super(nodeId);
    }

    @Override
    void sendToOtherNodes(LiveMessage message) {
        // one node: everybody was reached by deliverLocally
    }
}
