package it.lombardia.codesign.shared;

import java.time.ZoneId;

/** Where the Region's days begin and end, whatever the server's own time zone is. */
public final class Lombardy {

    /** Italian time: deadlines, phase ends, due dates and "today" are days in this zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    private Lombardy() {
    }
}
