package it.lombardia.codesign;

/** JUnit tags; the postgres-tests Maven profile re-runs the {@link #PERSISTENCE} ones on PostgreSQL. */
public final class TestTags {
    public static final String PERSISTENCE = "persistence";

    private TestTags() {
    }
}
