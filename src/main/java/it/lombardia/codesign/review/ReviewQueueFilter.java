package it.lombardia.codesign.review;

/**
 * Filters of the review queue: only proposals awaiting review, only those assigned to the signed-in
 * reviewer, only overdue ones, one ecosystem (null: all), a text in the title or description.
 */
public record ReviewQueueFilter(boolean pending, boolean mine, boolean overdue, String ecosystemCode, String text) {

    public static ReviewQueueFilter pendingOnly() {
        return new ReviewQueueFilter(true, false, false, null, null);
    }
}
