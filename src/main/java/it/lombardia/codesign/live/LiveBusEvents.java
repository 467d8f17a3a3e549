package it.lombardia.codesign.live;

/** Topics the bus itself delivers to this node only. */
final class LiveBusEvents {

    /** The transport (re)connected: messages may have been missed, presence is asked for again. */
    static final String CONNECTED = "bus-connected";

    private LiveBusEvents() {
    }
}
