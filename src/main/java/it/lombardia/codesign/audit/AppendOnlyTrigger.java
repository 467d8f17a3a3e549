package it.lombardia.codesign.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's trigger on audit_entry (migration {@code db/vendor/h2/V20}): refuses every UPDATE and DELETE,
 * so that the log is append-only in the embedded database as it is in PostgreSQL. Public with a
 * public constructor because H2 creates it by its name; nothing in the application calls it.
 */
public class AppendOnlyTrigger implements Trigger {

    /** The SQL state PostgreSQL's {@code raise exception} uses, so that both databases fail alike. */
    private static final String RAISE_EXCEPTION = "P0001";

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_entry is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
                RAISE_EXCEPTION);
    }
}
