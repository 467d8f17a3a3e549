package it.lombardia.codesign.meeting;

import java.time.Instant;

public record InviteeView(String username, String displayName, boolean noteTaker, Registration registration,
                          boolean attended, Instant firstJoinedAt) {
}
