package it.lombardia.codesign.programme;

import java.util.List;

/** What is still missing before an edition in preparation can be adopted: blocking items first. */
public record EditionChecklist(long editionId, List<ChecklistItem> items) {

    public EditionChecklist {
        items = items.stream()
                .sorted(java.util.Comparator.comparing(ChecklistItem::severity))
                .toList();
    }

    public long blockingCount() {
        return items.stream().filter(ChecklistItem::blocking).count();
    }

    public long warningCount() {
        return items.size() - blockingCount();
    }

    /** Nothing blocks the adoption (warnings may remain). */
    public boolean readyToAdopt() {
        return blockingCount() == 0;
    }
}
