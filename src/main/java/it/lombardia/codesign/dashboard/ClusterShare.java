package it.lombardia.codesign.dashboard;

/** How many standing proposals a cluster leads and how many it co-proposes. */
public record ClusterShare(long led, long coProposed) {

    public long total() {
        return led + coProposed;
    }
}
