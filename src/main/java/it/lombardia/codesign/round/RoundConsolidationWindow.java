package it.lombardia.codesign.round;

import it.lombardia.codesign.programme.ConsolidationWindow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An edition in preparation is consolidated while its round is in the consolidation phase, and only then. */
@Component
class RoundConsolidationWindow implements ConsolidationWindow {

    private final EdpRoundRepository rounds;

    RoundConsolidationWindow(EdpRoundRepository rounds) {
        this.rounds = rounds;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isOpen(long editionId) {
        return rounds.findByEditionId(editionId).map(r -> r.getPhase() == RoundPhase.CONSOLIDATION).orElse(false);
    }
}
