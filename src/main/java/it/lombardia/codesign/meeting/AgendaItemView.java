package it.lombardia.codesign.meeting;

import java.util.List;

public record AgendaItemView(long id, int position, String title, String description, Integer durationMinutes,
                             List<Long> proposalIds, int spentSeconds) {

    public AgendaItemDraft draft() {
        return new AgendaItemDraft(id, title, description, durationMinutes, proposalIds);
    }
}
