package it.lombardia.codesign.programme;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to Work Programme editions. Everyone signed in may read the programme. */
@Service
@Transactional(readOnly = true)
public class ProgrammeService {

    private final EditionRepository editions;
    private final MacroThemeRepository macroThemes;
    private final PriorityRepository priorities;

    ProgrammeService(EditionRepository editions, MacroThemeRepository macroThemes, PriorityRepository priorities) {
        this.editions = editions;
        this.macroThemes = macroThemes;
        this.priorities = priorities;
    }

    /** All editions, newest first. */
    public List<EditionSummary> editions() {
        return editions.findAllByOrderByStartYearDesc().stream().map(Edition::summary).toList();
    }

    public Optional<EditionSummary> edition(long id) {
        return editions.findById(id).map(Edition::summary);
    }

    /** The adopted edition in force: the most recent adopted one. */
    public Optional<EditionSummary> currentEdition() {
        return editions().stream().filter(EditionSummary::adopted).findFirst();
    }

    /** The adopted edition a new edition starts from: the latest adopted one before it. */
    public Optional<EditionSummary> baseEditionFor(long editionId) {
        EditionSummary target = edition(editionId).orElseThrow();
        return editions().stream()
                .filter(EditionSummary::adopted)
                .filter(e -> e.startYear() < target.startYear())
                .max(Comparator.comparingInt(EditionSummary::startYear));
    }

    public Optional<EditionContent> content(long editionId) {
        return editions.findById(editionId).map(e -> new EditionContent(e.summary(),
                e.getMacroThemes().stream().map(MacroTheme::content).toList()));
    }

    /** The macro-themes of an edition that concern an ecosystem, with their priorities. */
    public List<MacroThemeContent> macroThemesConcerning(long editionId, String ecosystemCode) {
        return macroThemes.findByEditionIdOrderByDisplayOrder(editionId).stream()
                .filter(m -> m.getEcosystemCodes().contains(ecosystemCode))
                .map(MacroTheme::content)
                .toList();
    }

    public List<MacroThemeRef> macroThemeRefs(long editionId) {
        return macroThemes.findByEditionIdOrderByDisplayOrder(editionId).stream().map(MacroTheme::ref).toList();
    }

    public Optional<MacroThemeRef> macroThemeRef(long id) {
        return macroThemes.findById(id).map(MacroTheme::ref);
    }

    /** All priorities of an edition in programme order. */
    public List<PriorityContent> priorities(long editionId) {
        return macroThemes.findByEditionIdOrderByDisplayOrder(editionId).stream()
                .flatMap(m -> m.content().priorities().stream())
                .toList();
    }

    public Optional<PriorityContent> priority(long id) {
        return priorities.findById(id).map(Priority::content);
    }

    /** The edition a priority belongs to. */
    public Optional<Long> editionOfPriority(long priorityId) {
        return priorities.findById(priorityId).map(p -> p.getMacroTheme().getEdition().getId());
    }
}
