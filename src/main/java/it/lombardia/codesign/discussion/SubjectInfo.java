package it.lombardia.codesign.discussion;

import java.util.Set;

/**
 * What the discussion needs to know of a subject.
 *
 * @param title        shown in notifications
 * @param link         the route that shows the subject, such as {@code "proposals/12"}
 * @param clusterCodes the clusters taking part (their representatives may resolve threads, and hear of new ones)
 * @param open         whether it still takes comments; a closed subject's threads can only be read
 */
public record SubjectInfo(String title, String link, Set<String> clusterCodes, boolean open) {

    public SubjectInfo {
        clusterCodes = Set.copyOf(clusterCodes);
    }
}
