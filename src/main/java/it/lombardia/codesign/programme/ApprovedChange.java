package it.lombardia.codesign.programme;

import java.util.Set;

/**
 * What an approved proposal does to the edition in preparation. The targets are macro-themes and
 * priorities of the base edition; the change lands on their copies in the edition in preparation.
 */
public sealed interface ApprovedChange {

    long editionId();

    long proposalId();

    record NewMacroTheme(long editionId, long proposalId, String title, String description,
                         Set<String> ecosystemCodes) implements ApprovedChange {
    }

    record NewPriority(long editionId, long proposalId, long baseMacroThemeId, PriorityText text)
            implements ApprovedChange {
    }

    record ChangedPriority(long editionId, long proposalId, long basePriorityId, PriorityText text)
            implements ApprovedChange {
    }

    record RetiredPriority(long editionId, long proposalId, long basePriorityId) implements ApprovedChange {
    }
}
