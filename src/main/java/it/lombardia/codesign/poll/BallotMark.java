package it.lombardia.codesign.poll;

import jakarta.persistence.Embeddable;

/** One option's weight on a ballot; see {@link Ballot}. */
@Embeddable
record BallotMark(long optionId, int weight) {
}
