package it.lombardia.codesign.programme;

import it.lombardia.codesign.shared.Bilingual;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A macro-theme with its priorities. {@code title} and {@code description} are as written;
 * {@code titleIt} and {@code descriptionIt} their Italian versions, null where there is none.
 */
public record MacroThemeContent(long id, String title, String description, int displayOrder,
                                Set<String> ecosystemCodes, List<PriorityContent> priorities,
                                Long derivedFromId, Long originProposalId, String titleIt, String descriptionIt) {

    /** The title in the language of the page: the Italian version on Italian pages where there is one. */
    public String title(Locale locale) {
        return Bilingual.pick(locale, title, titleIt);
    }

    public String description(Locale locale) {
        return Bilingual.pick(locale, description, descriptionIt);
    }
}
