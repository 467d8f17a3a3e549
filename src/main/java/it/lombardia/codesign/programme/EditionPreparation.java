package it.lombardia.codesign.programme;

import it.lombardia.codesign.shared.AuditEvent;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.TranslatableException;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the edition in preparation: it starts as a copy of the latest adopted edition, and every
 * approved proposal adds, changes or removes content in it. An adopted edition is never altered.
 */
@Service
public class EditionPreparation {

    private final EditionRepository editions;
    private final MacroThemeRepository macroThemes;
    private final PriorityRepository priorities;
    private final ProgrammeService programme;
    private final ApplicationEventPublisher events;

    EditionPreparation(EditionRepository editions, MacroThemeRepository macroThemes, PriorityRepository priorities,
                       ProgrammeService programme, ApplicationEventPublisher events) {
        this.editions = editions;
        this.macroThemes = macroThemes;
        this.priorities = priorities;
        this.programme = programme;
        this.events = events;
    }

    /** The edition in preparation starting in that year, created as a copy of the base edition if needed. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public EditionSummary prepareEdition(int startYear, String actor) {
        return prepareEdition(startYear, actor, Map.of());
    }

    /**
     * As {@link #prepareEdition(int, String)}, and marks every copied priority with what opening the
     * round decided for it (keyed by the id of the priority in the base edition; missing means KEEP).
     * An edition already prepared gets the marks on the copies it has.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public EditionSummary prepareEdition(int startYear, String actor, Map<Long, CarryOver> carryOver) {
        Edition edition = editions.findByPeriodLabel(startYear + "-" + (startYear + 1)).orElse(null);
        if (edition != null && edition.getStatus() == EditionStatus.ADOPTED) {
            throw new InvalidInputException(Map.of("editionStartYear", "round.validation.edition-adopted"));
        }
        if (edition == null) {
            edition = editions.saveAndFlush(new Edition(startYear));
            events.publishEvent(new AuditEvent(actor, "edition", String.valueOf(edition.getId()), "create", null,
                    edition.summary()));
        }
        seedIfEmpty(edition);
        markCarryOver(edition, carryOver == null ? Map.of() : carryOver, actor);
        return edition.summary();
    }

    private void markCarryOver(Edition edition, Map<Long, CarryOver> decisions, String actor) {
        for (Priority copy : priorities.findByMacroThemeEditionId(edition.getId())) {
            if (copy.getDerivedFromId() == null) {
                continue;
            }
            CarryOver mark = decisions.getOrDefault(copy.getDerivedFromId(), CarryOver.KEEP);
            if (mark != copy.getCarryOver()) {
                PriorityContent before = copy.content();
                copy.markCarryOver(mark);
                events.publishEvent(new AuditEvent(actor, "priority", String.valueOf(copy.getId()), "carry-over",
                        before, priorities.saveAndFlush(copy).content()));
            }
        }
    }

    /** Lands an approved proposal in the edition in preparation. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'REVIEWER')")
    public void apply(ApprovedChange change, String actor) {
        Edition edition = editions.findById(change.editionId())
                .orElseThrow(() -> new TranslatableException("error.programme.edition-not-found"));
        if (edition.getStatus() != EditionStatus.DRAFT) {
            throw new TranslatableException("error.programme.edition-adopted");
        }
        seedIfEmpty(edition);
        switch (change) {
            case ApprovedChange.NewMacroTheme c -> {
                int order = macroThemes.findByEditionIdOrderByDisplayOrder(edition.getId()).stream()
                        .mapToInt(MacroTheme::getDisplayOrder).max().orElse(0) + 1;
                MacroTheme created = macroThemes.saveAndFlush(new MacroTheme(edition, c.title(), c.description(), order,
                        c.ecosystemCodes(), null, c.proposalId()));
                audit(actor, "macro-theme", created.getId(), null, created.content());
            }
            case ApprovedChange.NewPriority c -> {
                MacroTheme target = macroThemes.findByEditionIdAndDerivedFromId(edition.getId(), c.baseMacroThemeId())
                        .orElseThrow(() -> new TranslatableException("error.programme.target-gone"));
                int order = target.getPriorities().stream().mapToInt(p -> p.content().displayOrder()).max().orElse(0) + 1;
                Priority created = priorities.saveAndFlush(new Priority(target, order, c.proposalId(), c.text()));
                target.getPriorities().add(created);
                audit(actor, "priority", created.getId(), null, created.content());
            }
            case ApprovedChange.ChangedPriority c -> {
                Priority priority = copyOf(edition, c.basePriorityId());
                PriorityContent before = priority.content();
                priority.change(c.text(), c.proposalId());
                audit(actor, "priority", priority.getId(), before, priorities.saveAndFlush(priority).content());
            }
            case ApprovedChange.RetiredPriority c -> {
                Priority priority = copyOf(edition, c.basePriorityId());
                PriorityContent before = priority.content();
                priority.getMacroTheme().getPriorities().remove(priority);
                priorities.delete(priority);
                priorities.flush();
                audit(actor, "priority", before.id(), before, null);
            }
        }
    }

    private Priority copyOf(Edition edition, long basePriorityId) {
        return priorities.findByMacroThemeEditionIdAndDerivedFromId(edition.getId(), basePriorityId)
                .orElseThrow(() -> new TranslatableException("error.programme.target-gone"));
    }

    private void seedIfEmpty(Edition edition) {
        if (!macroThemes.findByEditionIdOrderByDisplayOrder(edition.getId()).isEmpty()) {
            return;
        }
        Optional<EditionSummary> base = programme.baseEditionFor(edition.getId());
        if (base.isEmpty()) {
            return;
        }
        for (MacroTheme original : macroThemes.findByEditionIdOrderByDisplayOrder(base.get().id())) {
            MacroTheme copy = macroThemes.save(new MacroTheme(edition, original.getTitle(), original.getDescription(),
                    original.getDisplayOrder(), original.getEcosystemCodes(), original.getId(), null));
            copy.takeItalianTextOf(original);
            for (Priority p : original.getPriorities()) {
                copy.getPriorities().add(priorities.save(new Priority(copy, p)));
            }
        }
        macroThemes.flush();
    }

    private void audit(String actor, String type, long id, Object before, Object after) {
        events.publishEvent(new AuditEvent(actor, type, String.valueOf(id), "apply-approval", before, after));
    }
}
