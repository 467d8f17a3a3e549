package it.lombardia.codesign.meeting;

import java.util.List;

/**
 * An agenda item as the organiser writes it: {@code id} is that of the existing item being changed,
 * null for a new one; the proposals are those of the open round it is about.
 */
public record AgendaItemDraft(Long id, String title, String description, Integer durationMinutes,
                              List<Long> proposalIds) {

    public AgendaItemDraft {
        proposalIds = proposalIds == null ? List.of() : List.copyOf(proposalIds);
    }
}
