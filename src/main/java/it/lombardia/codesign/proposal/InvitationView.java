package it.lombardia.codesign.proposal;

import java.time.Instant;

/** A cluster invited to co-propose, and its answer. */
public record InvitationView(String clusterCode, InvitationStatus status, String invitedBy, Instant invitedAt,
                             String answeredBy, Instant answeredAt) {
}
