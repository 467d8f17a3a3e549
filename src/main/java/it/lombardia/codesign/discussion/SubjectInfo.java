package it.lombardia.codesign.discussion;

import java.util.Set;

/**
 * What the discussion needs to know of a subject, as the signed-in user may see it.
 *
 * @param title              shown in notifications
 * @param link               the route that shows the subject, such as {@code "proposals/12"}
 * @param clusterCodes       the clusters taking part (their representatives may resolve threads, and hear of new ones)
 * @param open               whether it still takes comments; a closed subject's threads can only be read
 * @param readableByAll      whether everyone signed in may read the subject (and so its discussion)
 * @param readerClusterCodes when not readable by all: the clusters whose representatives may, besides Region staff
 */
public record SubjectInfo(String title, String link, Set<String> clusterCodes, boolean open, boolean readableByAll,
                          Set<String> readerClusterCodes) {

    public SubjectInfo {
        clusterCodes = Set.copyOf(clusterCodes);
        readerClusterCodes = Set.copyOf(readerClusterCodes);
    }
}
