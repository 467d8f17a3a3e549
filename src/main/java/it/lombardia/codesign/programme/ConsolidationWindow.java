package it.lombardia.codesign.programme;

/**
 * Whether an edition in preparation is being consolidated now. Rounds decide it (their phase), and
 * the programme must not depend on rounds, so the round feature implements this.
 */
public interface ConsolidationWindow {

    boolean isOpen(long editionId);
}
