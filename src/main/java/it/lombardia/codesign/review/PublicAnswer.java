package it.lombardia.codesign.review;

import java.time.Instant;

/** The part of an assessment everybody may read: who answered, what and when. */
public record PublicAnswer(String reviewerName, String answer, Instant answeredAt) {
}
