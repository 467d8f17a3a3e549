package it.lombardia.codesign.programme;

import java.util.List;
import java.util.Set;

public record MacroThemeContent(long id, String title, String description, int displayOrder,
                                Set<String> ecosystemCodes, List<PriorityContent> priorities,
                                Long derivedFromId, Long originProposalId) {
}
