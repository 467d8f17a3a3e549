package it.lombardia.codesign.programme;

import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.live.LiveBus;
import it.lombardia.codesign.programme.ChecklistItem.Severity;
import it.lombardia.codesign.shared.AuditEvent;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Region staff arrange the approved content of an edition in preparation while its round is in the
 * consolidation phase (the {@link ConsolidationWindow} says when), and administrators adopt it. Every
 * change names the version it was based on, so that two people consolidating at once never overwrite
 * each other unseen. Once adopted, the edition never changes again.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class EditionConsolidation {

    /** A TRL range wider than this is too vague to guide a call. */
    static final int WIDEST_TRL_SPAN = 6;
    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 10_000;
    static final int ACT_REFERENCE_MAX = 200;

    public enum Direction { UP, DOWN }

    private final EditionRepository editions;
    private final MacroThemeRepository macroThemes;
    private final PriorityRepository priorities;
    private final ConsolidationWindow window;
    private final CatalogService catalog;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final LiveBus live;
    private final Clock clock;

    EditionConsolidation(EditionRepository editions, MacroThemeRepository macroThemes, PriorityRepository priorities,
                         ConsolidationWindow window, CatalogService catalog, CurrentActor currentActor,
                         ApplicationEventPublisher events, LiveBus live, Clock clock) {
        this.editions = editions;
        this.macroThemes = macroThemes;
        this.priorities = priorities;
        this.window = window;
        this.catalog = catalog;
        this.currentActor = currentActor;
        this.events = events;
        this.live = live;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /** Why the signed-in user may not consolidate the edition now (a message key), or empty if they may. */
    public Optional<String> whyNotConsolidate(long editionId) {
        Optional<Actor> actor = currentActor.find();
        if (actor.isEmpty() || !actor.get().isRegionStaff()) {
            return Optional.of("error.consolidation.staff-only");
        }
        Optional<Edition> edition = editions.findById(editionId);
        if (edition.isEmpty()) {
            return Optional.of("error.programme.edition-not-found");
        }
        if (edition.get().getStatus() != EditionStatus.DRAFT) {
            return Optional.of("error.consolidation.adopted");
        }
        if (!window.isOpen(editionId)) {
            return Optional.of("error.consolidation.window-closed");
        }
        return Optional.empty();
    }

    public boolean mayConsolidate(long editionId) {
        return whyNotConsolidate(editionId).isEmpty();
    }

    /**
     * Whether the signed-in user may adopt the edition once nothing blocks it: an administrator,
     * while it may be consolidated. The checklist says whether something still blocks it.
     */
    public boolean mayAdopt(long editionId) {
        return currentActor.find().map(Actor::isAdmin).orElse(false) && mayConsolidate(editionId);
    }

    /** The edition with the versions to name and its checklist; region staff only. */
    public ConsolidationBoard board(long editionId) {
        requireStaff();
        Edition edition = edition(editionId);
        Map<Long, Long> macroThemeVersions = new HashMap<>();
        Map<Long, Long> priorityVersions = new HashMap<>();
        List<MacroTheme> themes = macroThemes.findByEditionIdOrderByDisplayOrder(editionId);
        for (MacroTheme m : themes) {
            macroThemeVersions.put(m.getId(), m.getVersion());
            m.getPriorities().forEach(p -> priorityVersions.put(p.getId(), p.getVersion()));
        }
        EditionContent content = new EditionContent(edition.summary(), themes.stream().map(MacroTheme::content).toList());
        return new ConsolidationBoard(content, edition.getVersion(), macroThemeVersions, priorityVersions,
                checklistOf(content));
    }

    /** What is still missing before the edition can be adopted; region staff only. */
    public EditionChecklist checklist(long editionId) {
        requireStaff();
        Edition edition = edition(editionId);
        return checklistOf(new EditionContent(edition.summary(),
                macroThemes.findByEditionIdOrderByDisplayOrder(editionId).stream().map(MacroTheme::content).toList()));
    }

    private EditionChecklist checklistOf(EditionContent content) {
        List<ChecklistItem> items = new ArrayList<>();
        for (MacroThemeContent m : content.macroThemes()) {
            String label = String.valueOf(m.displayOrder());
            if (m.ecosystemCodes().isEmpty()) {
                items.add(item(Severity.BLOCKING, "consolidation.check.macro-theme-no-ecosystem", m, null, label, m.title()));
            }
            if (m.priorities().isEmpty()) {
                items.add(item(Severity.BLOCKING, "consolidation.check.macro-theme-empty", m, null, label, m.title()));
            }
            for (PriorityContent p : m.priorities()) {
                String number = m.displayOrder() + "." + p.displayOrder();
                if (blank(p.description())) {
                    items.add(item(Severity.BLOCKING, "consolidation.check.no-description", m, p, number, p.title()));
                }
                if (p.pnrrComponentCodes().isEmpty() && p.sdgNumbers().isEmpty() && p.horizonClusterCodes().isEmpty()) {
                    items.add(item(Severity.BLOCKING, "consolidation.check.no-link", m, p, number, p.title()));
                }
                if (p.carryOver() == CarryOver.RETIRE) {
                    items.add(item(Severity.BLOCKING, "consolidation.check.retire-undecided", m, p, number, p.title()));
                }
                if (blank(p.ecosystemImpact())) {
                    items.add(item(Severity.WARNING, "consolidation.check.no-ecosystem-impact", m, p, number, p.title()));
                }
                if (blank(p.territorialImpact())) {
                    items.add(item(Severity.WARNING, "consolidation.check.no-territorial-impact", m, p, number, p.title()));
                }
                if (p.proposerClusterCodes().isEmpty()) {
                    items.add(item(Severity.WARNING, "consolidation.check.no-proposers", m, p, number, p.title()));
                }
                if (p.trlMax() - p.trlMin() > WIDEST_TRL_SPAN) {
                    items.add(item(Severity.WARNING, "consolidation.check.trl-wide", m, p, number, p.title()));
                }
                if (p.carryOver() == CarryOver.CHANGE && p.originProposalId() == null) {
                    items.add(item(Severity.WARNING, "consolidation.check.change-unapproved", m, p, number, p.title()));
                }
            }
        }
        return new EditionChecklist(content.edition().id(), items);
    }

    private static ChecklistItem item(Severity severity, String key, MacroThemeContent m, PriorityContent p,
                                      String number, String title) {
        return new ChecklistItem(severity, key, List.of(number, title), m.id(), p == null ? null : p.id());
    }

    // ---------------------------------------------------------------- arranging

    /** Moves a macro-theme one place up or down in its edition. */
    @Transactional
    public void reorderMacroTheme(long macroThemeId, long expectedVersion, Direction direction) {
        Actor actor = requireStaff();
        MacroTheme macroTheme = macroTheme(macroThemeId, expectedVersion);
        long editionId = macroTheme.getEdition().getId();
        List<MacroTheme> themes = new ArrayList<>(macroThemes.findByEditionIdOrderByDisplayOrder(editionId));
        List<MacroThemeRef> before = themes.stream().map(MacroTheme::ref).toList();
        if (!swap(themes, themes.indexOf(macroTheme), direction)) {
            return;
        }
        for (int i = 0; i < themes.size(); i++) {
            themes.get(i).setDisplayOrder(i + 1);
        }
        macroThemes.saveAllAndFlush(themes);
        // Keep the edition's loaded list in the new order for whoever reads it in this transaction.
        macroTheme.getEdition().getMacroThemes().sort(java.util.Comparator.comparingInt(MacroTheme::getDisplayOrder));
        changed(actor, editionId, "macro-theme", macroThemeId, "reorder", before,
                themes.stream().map(MacroTheme::ref).toList());
    }

    /** Moves a priority one place up or down inside its macro-theme. */
    @Transactional
    public void reorderPriority(long priorityId, long expectedVersion, Direction direction) {
        Actor actor = requireStaff();
        Priority priority = priority(priorityId, expectedVersion);
        MacroTheme macroTheme = priority.getMacroTheme();
        List<Priority> list = new ArrayList<>(macroTheme.getPriorities());
        List<String> before = list.stream().map(p -> p.content().title()).toList();
        if (!swap(list, list.indexOf(priority), direction)) {
            return;
        }
        renumber(list);
        macroTheme.getPriorities().clear();
        macroTheme.getPriorities().addAll(list);
        priorities.saveAllAndFlush(list);
        changed(actor, macroTheme.getEdition().getId(), "priority", priorityId, "reorder", before,
                list.stream().map(p -> p.content().title()).toList());
    }

    /** Moves a priority to the end of another macro-theme of the same edition. */
    @Transactional
    public void movePriority(long priorityId, long expectedVersion, long targetMacroThemeId) {
        Actor actor = requireStaff();
        Priority priority = priority(priorityId, expectedVersion);
        MacroTheme source = priority.getMacroTheme();
        MacroTheme target = macroThemes.findById(targetMacroThemeId)
                .filter(m -> m.getEdition().getId().equals(source.getEdition().getId()))
                .orElseThrow(() -> new InvalidInputException(Map.of("macroThemeId", "consolidation.validation.target")));
        if (target == source) {
            return;
        }
        PriorityContent before = priority.content();
        source.getPriorities().remove(priority);
        renumber(source.getPriorities());
        int order = target.getPriorities().stream().mapToInt(Priority::getDisplayOrder).max().orElse(0) + 1;
        priority.moveTo(target, order);
        target.getPriorities().add(priority);
        priorities.saveAllAndFlush(source.getPriorities());
        PriorityContent after = priorities.saveAndFlush(priority).content();
        changed(actor, source.getEdition().getId(), "priority", priorityId, "move", before, after);
    }

    // ---------------------------------------------------------------- editing

    /** New wording and links of a priority; refused as a whole (with the reasons per field) if any is wrong. */
    @Transactional
    public PriorityContent editPriority(long priorityId, long expectedVersion, PriorityText text) {
        Actor actor = requireStaff();
        Priority priority = priority(priorityId, expectedVersion);
        Map<String, String> errors = check(text);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PriorityContent before = priority.content();
        priority.apply(new PriorityText(text.title().strip(), trimmed(text.description()),
                trimmed(text.ecosystemImpact()), trimmed(text.territorialImpact()), text.trlMin(), text.trlMax(),
                text.pnrrComponentCodes(), text.sdgNumbers(), text.horizonClusterCodes(), text.proposerClusterCodes()));
        PriorityContent after = priorities.saveAndFlush(priority).content();
        changed(actor, priority.getMacroTheme().getEdition().getId(), "priority", priorityId, "consolidate-edit",
                before, after);
        return after;
    }

    /** New title, description and ecosystems of a macro-theme. */
    @Transactional
    public MacroThemeContent editMacroTheme(long macroThemeId, long expectedVersion, MacroThemeText text) {
        Actor actor = requireStaff();
        MacroTheme macroTheme = macroTheme(macroThemeId, expectedVersion);
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(text.title())) {
            errors.put("title", "validation.required");
        } else if (text.title().strip().length() > TITLE_MAX) {
            errors.put("title", "consolidation.validation.title-long");
        }
        if (text.description() != null && text.description().length() > TEXT_MAX) {
            errors.put("description", "consolidation.validation.text-long");
        }
        if (!text.ecosystemCodes().stream().allMatch(catalog::isEcosystem)) {
            errors.put("ecosystemCodes", "validation.unknown-ecosystem");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        MacroThemeContent before = macroTheme.content();
        macroTheme.edit(text.title().strip(), trimmed(text.description()), text.ecosystemCodes());
        MacroThemeContent after = macroThemes.saveAndFlush(macroTheme).content();
        changed(actor, macroTheme.getEdition().getId(), "macro-theme", macroThemeId, "consolidate-edit", before, after);
        return after;
    }

    private Map<String, String> check(PriorityText t) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(t.title())) {
            errors.put("title", "validation.required");
        } else if (t.title().strip().length() > TITLE_MAX) {
            errors.put("title", "consolidation.validation.title-long");
        }
        for (var field : Map.of("description", nullToEmpty(t.description()), "ecosystemImpact",
                nullToEmpty(t.ecosystemImpact()), "territorialImpact", nullToEmpty(t.territorialImpact())).entrySet()) {
            if (field.getValue().length() > TEXT_MAX) {
                errors.put(field.getKey(), "consolidation.validation.text-long");
            }
        }
        if (t.trlMin() < 1 || t.trlMin() > 9) {
            errors.put("trlMin", "validation.trl-range");
        }
        if (t.trlMax() < 1 || t.trlMax() > 9) {
            errors.put("trlMax", "validation.trl-range");
        } else if (!errors.containsKey("trlMin") && t.trlMax() < t.trlMin()) {
            errors.put("trlMax", "validation.trl-order");
        }
        if (!catalog.pnrrByCode().keySet().containsAll(t.pnrrComponentCodes())) {
            errors.put("pnrrComponentCodes", "validation.unknown-reference");
        }
        if (!catalog.sdgsByNumber().keySet().containsAll(t.sdgNumbers())) {
            errors.put("sdgNumbers", "validation.unknown-reference");
        }
        if (!catalog.horizonByCode().keySet().containsAll(t.horizonClusterCodes())) {
            errors.put("horizonClusterCodes", "validation.unknown-reference");
        }
        if (!t.proposerClusterCodes().stream().allMatch(catalog::isCluster)) {
            errors.put("proposerClusterCodes", "validation.unknown-cluster");
        }
        return errors;
    }

    // ---------------------------------------------------------------- carry-over decisions

    /** Removes from the edition a priority the round proposed for retirement. */
    @Transactional
    public void retirePriority(long priorityId, long expectedVersion) {
        Actor actor = requireStaff();
        Priority priority = proposedForRetirement(priorityId, expectedVersion);
        PriorityContent before = priority.content();
        MacroTheme macroTheme = priority.getMacroTheme();
        macroTheme.getPriorities().remove(priority);
        priorities.delete(priority);
        renumber(macroTheme.getPriorities());
        priorities.saveAllAndFlush(macroTheme.getPriorities());
        changed(actor, macroTheme.getEdition().getId(), "priority", priorityId, "retire", before, null);
    }

    /** Keeps in the edition a priority the round proposed for retirement: its mark becomes KEEP. */
    @Transactional
    public PriorityContent keepPriority(long priorityId, long expectedVersion) {
        Actor actor = requireStaff();
        Priority priority = proposedForRetirement(priorityId, expectedVersion);
        PriorityContent before = priority.content();
        priority.markCarryOver(CarryOver.KEEP);
        PriorityContent after = priorities.saveAndFlush(priority).content();
        changed(actor, priority.getMacroTheme().getEdition().getId(), "priority", priorityId, "keep", before, after);
        return after;
    }

    private Priority proposedForRetirement(long priorityId, long expectedVersion) {
        Priority priority = priority(priorityId, expectedVersion);
        if (priority.getCarryOver() != CarryOver.RETIRE) {
            throw new TranslatableException("error.consolidation.not-proposed-for-retirement");
        }
        return priority;
    }

    // ---------------------------------------------------------------- adoption

    /**
     * Adopts the edition: administrators only, while the window is open and nothing blocks it. From
     * then on the edition is in force and read-only, and its round closes.
     */
    @Transactional
    public EditionSummary adopt(long editionId, long expectedVersion, String actReference, LocalDate adoptedOn) {
        Actor actor = currentActor.require();
        if (!actor.isAdmin()) {
            throw new NotPermittedException("error.consolidation.admin-only");
        }
        Edition edition = changeable(editionId);
        if (edition.getVersion() != expectedVersion) {
            throw new TranslatableException("error.consolidation.changed-meanwhile");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(actReference)) {
            errors.put("actReference", "validation.required");
        } else if (actReference.strip().length() > ACT_REFERENCE_MAX) {
            errors.put("actReference", "consolidation.validation.act-long");
        }
        if (adoptedOn == null) {
            errors.put("adoptedOn", "validation.required");
        } else if (adoptedOn.isAfter(LocalDate.now(clock))) {
            // an act's date is a date in Lombardy, whatever zone the server runs in
            errors.put("adoptedOn", "consolidation.validation.adopted-future");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        EditionChecklist checklist = checklist(editionId);
        if (!checklist.readyToAdopt()) {
            throw new TranslatableException("error.consolidation.blocking-items", checklist.blockingCount());
        }
        EditionSummary before = edition.summary();
        edition.adopt(actReference.strip(), adoptedOn, actor.username());
        // The marks say what the round decided for an edition in preparation; in force, it has none.
        for (Priority p : priorities.findByMacroThemeEditionId(editionId)) {
            p.markCarryOver(null);
        }
        priorities.flush();
        EditionSummary after = editions.saveAndFlush(edition).summary();
        events.publishEvent(new AuditEvent(actor.username(), "edition", String.valueOf(editionId), "adopt", before, after));
        events.publishEvent(new EditionAdopted(editionId, edition.getPeriodLabel(), after.actReference(),
                adoptedOn, actor.username()));
        live.publish(ProgrammeChanges.of(editionId, "edition", editionId, "adopt", actor.username()));
        return after;
    }

    // ---------------------------------------------------------------- helpers

    private Actor requireStaff() {
        Actor actor = currentActor.require();
        if (!actor.isRegionStaff()) {
            throw new NotPermittedException("error.consolidation.staff-only");
        }
        return actor;
    }

    private Edition edition(long editionId) {
        return editions.findById(editionId)
                .orElseThrow(() -> new TranslatableException("error.programme.edition-not-found"));
    }

    /** The edition, if it is in preparation and its consolidation window is open. */
    private Edition changeable(long editionId) {
        Edition edition = edition(editionId);
        if (edition.getStatus() != EditionStatus.DRAFT) {
            throw new TranslatableException("error.consolidation.adopted");
        }
        if (!window.isOpen(editionId)) {
            throw new TranslatableException("error.consolidation.window-closed");
        }
        return edition;
    }

    private MacroTheme macroTheme(long id, long expectedVersion) {
        MacroTheme macroTheme = macroThemes.findById(id)
                .orElseThrow(() -> new TranslatableException("error.consolidation.gone"));
        changeable(macroTheme.getEdition().getId());
        if (macroTheme.getVersion() != expectedVersion) {
            throw new TranslatableException("error.consolidation.changed-meanwhile");
        }
        return macroTheme;
    }

    private Priority priority(long id, long expectedVersion) {
        Priority priority = priorities.findById(id)
                .orElseThrow(() -> new TranslatableException("error.consolidation.gone"));
        changeable(priority.getMacroTheme().getEdition().getId());
        if (priority.getVersion() != expectedVersion) {
            throw new TranslatableException("error.consolidation.changed-meanwhile");
        }
        return priority;
    }

    private static <T> boolean swap(List<T> list, int index, Direction direction) {
        int other = direction == Direction.UP ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= list.size()) {
            return false;
        }
        Collections.swap(list, index, other);
        return true;
    }

    private static void renumber(List<Priority> list) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).getDisplayOrder() != i + 1) {
                list.get(i).setDisplayOrder(i + 1);
            }
        }
    }

    private void changed(Actor actor, long editionId, String type, long id, String action, Object before, Object after) {
        events.publishEvent(new AuditEvent(actor.username(), type, String.valueOf(id), action, before, after));
        live.publish(ProgrammeChanges.of(editionId, type, id, action, actor.username()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
