package it.lombardia.codesign.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.programme.EditionConsolidation.Direction;
import it.lombardia.codesign.round.PhasePlan;
import it.lombardia.codesign.round.RoundDraft;
import it.lombardia.codesign.round.RoundPhase;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.shared.AuditEvent;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Clock;
import it.lombardia.codesign.ui.Formats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/**
 * Region staff consolidate the demo edition 2026-2027 once its round reaches the consolidation
 * phase, and an administrator adopts it. Every test rolls back.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
@Transactional
@RecordApplicationEvents
class EditionConsolidationTest {

    @Autowired
    EditionConsolidation consolidation;
    @Autowired
    ProgrammeService programme;
    @Autowired
    RoundService rounds;
    @Autowired
    EditionPreparation preparation;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEvents events;
    @Autowired
    Clock clock;

    long editionId;
    RoundSummary round;

    @BeforeEach
    void editionInPreparation() {
        SignIn.as(users, "admin");
        round = rounds.openRound().orElseThrow();
        editionId = round.editionId();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** Moves the demo round on to its consolidation phase, as an administrator would. */
    void consolidationPhase() {
        SignIn.as(users, "admin");
        while (round.phase() != RoundPhase.CONSOLIDATION) {
            round = rounds.advance(round.id(), round.version());
        }
    }

    ConsolidationBoard board() {
        return consolidation.board(editionId);
    }

    PriorityContent priority(String title) {
        return programme.priorities(editionId).stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    List<String> macroThemeTitles() {
        return programme.content(editionId).orElseThrow().macroThemes().stream().map(MacroThemeContent::title).toList();
    }

    List<AuditEvent> audits(String action) {
        return events.stream(AuditEvent.class).filter(e -> e.action().equals(action)).toList();
    }

    static PriorityText textOf(PriorityContent p) {
        return new PriorityText(p.title(), p.description(), p.ecosystemImpact(), p.territorialImpact(), p.trlMin(),
                p.trlMax(), p.pnrrComponentCodes(), p.sdgNumbers(), p.horizonClusterCodes(), p.proposerClusterCodes());
    }

    // ---------------------------------------------------------------- who and when

    @Test
    void onlyRegionStaffConsolidateAndOnlyInTheConsolidationPhase() {
        SignIn.as(users, "reviewer");
        assertThat(consolidation.mayConsolidate(editionId)).isFalse();
        assertThat(consolidation.whyNotConsolidate(editionId)).contains("error.consolidation.window-closed");
        MacroThemeContent first = programme.content(editionId).orElseThrow().macroThemes().getFirst();
        long version = board().macroThemeVersion(first.id());
        TranslatableException closed = catchThrowableOfType(TranslatableException.class,
                () -> consolidation.reorderMacroTheme(first.id(), version, Direction.DOWN));
        assertThat(closed.messageKey()).isEqualTo("error.consolidation.window-closed");

        consolidationPhase();
        SignIn.as(users, "reviewer");
        assertThat(consolidation.mayConsolidate(editionId)).isTrue();
        assertThat(consolidation.mayAdopt(editionId)).isFalse();
        for (String outsider : List.of("afil.rep", "observer", "wg.member")) {
            SignIn.as(users, outsider);
            assertThat(consolidation.mayConsolidate(editionId)).as(outsider).isFalse();
            assertThat(catchThrowableOfType(NotPermittedException.class,
                    () -> consolidation.reorderMacroTheme(first.id(), version, Direction.DOWN))).as(outsider).isNotNull();
            assertThat(catchThrowableOfType(NotPermittedException.class, () -> consolidation.board(editionId)))
                    .as(outsider).isNotNull();
        }
        assertThat(macroThemeTitles().getFirst()).isEqualTo(first.title());
    }

    // ---------------------------------------------------------------- arranging

    @Test
    void reviewerReordersMacroThemesAndPrioritiesAndEveryoneSeesTheNewOrder() {
        consolidationPhase();
        SignIn.as(users, "reviewer");
        List<String> before = macroThemeTitles();
        MacroThemeContent first = programme.content(editionId).orElseThrow().macroThemes().getFirst();

        consolidation.reorderMacroTheme(first.id(), board().macroThemeVersion(first.id()), Direction.DOWN);

        List<MacroThemeContent> after = programme.content(editionId).orElseThrow().macroThemes();
        assertThat(after.get(0).title()).isEqualTo(before.get(1));
        assertThat(after.get(1).title()).isEqualTo(before.get(0));
        assertThat(after.stream().map(MacroThemeContent::displayOrder).toList())
                .containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(audits("reorder")).singleElement().satisfies(a -> {
            assertThat(a.actor()).isEqualTo("reviewer");
            assertThat(a.entityType()).isEqualTo("macro-theme");
        });

        MacroThemeContent manufacturing = after.get(1);
        PriorityContent second = manufacturing.priorities().get(1);
        consolidation.reorderPriority(second.id(), board().priorityVersion(second.id()), Direction.UP);
        MacroThemeContent reordered = programme.content(editionId).orElseThrow().macroThemes().get(1);
        assertThat(reordered.priorities().getFirst().title()).isEqualTo(second.title());
        assertThat(reordered.priorities().stream().map(PriorityContent::displayOrder).toList()).containsExactly(1, 2, 3);
    }

    @Test
    void priorityMovesToTheEndOfAnotherMacroTheme() {
        consolidationPhase();
        SignIn.as(users, "reviewer");
        List<MacroThemeContent> themes = programme.content(editionId).orElseThrow().macroThemes();
        PriorityContent moving = themes.get(0).priorities().getFirst();
        MacroThemeContent target = themes.get(2);

        consolidation.movePriority(moving.id(), board().priorityVersion(moving.id()), target.id());

        List<MacroThemeContent> after = programme.content(editionId).orElseThrow().macroThemes();
        assertThat(after.get(2).priorities().getLast().title()).isEqualTo(moving.title());
        assertThat(after.get(2).priorities().getLast().displayOrder()).isEqualTo(target.priorities().size() + 1);
        assertThat(after.get(0).priorities().stream().map(PriorityContent::displayOrder).toList())
                .containsExactly(1, 2);
        assertThat(audits("move")).hasSize(1);
    }

    @Test
    void editRefusesBadFieldsWholeAndSavesGoodOnes() {
        consolidationPhase();
        SignIn.as(users, "reviewer");
        PriorityContent p = priority("Human-centred collaborative robotics");
        long version = board().priorityVersion(p.id());

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> consolidation.editPriority(p.id(), version, new PriorityText(" ", "New description", null, null,
                        8, 3, Set.of("M1C2", "XX9"), Set.of(9), Set.of(), Set.of("AFIL"))));
        assertThat(refused.fieldErrors()).containsEntry("title", "validation.required")
                .containsEntry("trlMax", "validation.trl-order")
                .containsEntry("pnrrComponentCodes", "validation.unknown-reference");
        assertThat(priority("Human-centred collaborative robotics").description()).isEqualTo(p.description());

        PriorityText text = new PriorityText("Human-centred robotics and exoskeletons", "Robots and wearables.",
                p.ecosystemImpact(), p.territorialImpact(), 4, 8, Set.of("M1C2"), Set.of(8, 9), Set.of("CL4"),
                p.proposerClusterCodes());
        consolidation.editPriority(p.id(), version, text);

        PriorityContent edited = programme.priority(p.id()).orElseThrow();
        assertThat(edited.title()).isEqualTo("Human-centred robotics and exoskeletons");
        assertThat(edited.trlMin()).isEqualTo(4);
        assertThat(edited.sdgNumbers()).containsExactlyInAnyOrder(8, 9);
        // The Italian versions of the changed texts no longer translate them; those of the unchanged ones stay.
        assertThat(p.titleIt()).isEqualTo("Robotica collaborativa centrata sulla persona");
        assertThat(edited.titleIt()).isNull();
        assertThat(edited.descriptionIt()).isNull();
        assertThat(edited.title(Locale.ITALIAN)).isEqualTo("Human-centred robotics and exoskeletons");
        assertThat(edited.ecosystemImpactIt()).isEqualTo(p.ecosystemImpactIt()).isNotBlank();
        assertThat(edited.territorialImpact(Locale.ITALIAN)).isEqualTo(p.territorialImpactIt());
        assertThat(audits("consolidate-edit")).singleElement()
                .satisfies(a -> assertThat(a.entityId()).isEqualTo(String.valueOf(p.id())));

        TranslatableException stale = catchThrowableOfType(TranslatableException.class,
                () -> consolidation.editPriority(p.id(), version, text));
        assertThat(stale.messageKey()).isEqualTo("error.consolidation.changed-meanwhile");
    }

    @Test
    void macroThemeEditChangesTitleAndEcosystems() {
        consolidationPhase();
        SignIn.as(users, "reviewer");
        MacroThemeContent m = programme.content(editionId).orElseThrow().macroThemes().getFirst();
        consolidation.editMacroTheme(m.id(), board().macroThemeVersion(m.id()),
                new MacroThemeText("Digital manufacturing", m.description(), Set.of("ADVANCED_MANUFACTURING")));
        MacroThemeContent edited = programme.content(editionId).orElseThrow().macroThemes().getFirst();
        assertThat(edited.title()).isEqualTo("Digital manufacturing");
        assertThat(edited.ecosystemCodes()).containsExactly("ADVANCED_MANUFACTURING");
        assertThat(edited.title(Locale.ITALIAN)).isEqualTo("Digital manufacturing");
        assertThat(edited.description(Locale.ITALIAN)).isEqualTo(m.descriptionIt()).startsWith("Sostiene la base manifatturiera");
    }

    // ---------------------------------------------------------------- checklist and carry-over

    @Test
    void theDemoEditionIsBlockedOnlyByTheRetirementToDecide() {
        consolidationPhase();
        SignIn.as(users, "reviewer");
        EditionChecklist checklist = consolidation.checklist(editionId);
        PriorityContent retiring = priority("Data platforms and AI for public services");
        assertThat(checklist.items().stream().filter(ChecklistItem::blocking))
                .singleElement().satisfies(item -> {
                    assertThat(item.messageKey()).isEqualTo("consolidation.check.retire-undecided");
                    assertThat(item.priorityId()).isEqualTo(retiring.id());
                });
        assertThat(checklist.items()).filteredOn(i -> i.messageKey().equals("consolidation.check.change-unapproved"))
                .hasSize(2);
        assertThat(checklist.readyToAdopt()).isFalse();

        consolidation.keepPriority(retiring.id(), board().priorityVersion(retiring.id()));

        assertThat(priority("Data platforms and AI for public services").carryOver()).isEqualTo(CarryOver.KEEP);
        assertThat(consolidation.checklist(editionId).readyToAdopt()).isTrue();
        assertThat(audits("keep")).hasSize(1);
    }

    @Test
    void missingTextAndLinksBlockAndReappearAsTheyAreFixed() {
        consolidationPhase();
        SignIn.as(users, "reviewer");
        PriorityContent p = priority("Valorisation of agri-food by-products");
        consolidation.editPriority(p.id(), board().priorityVersion(p.id()), new PriorityText(p.title(), "", null,
                null, 1, 9, Set.of(), Set.of(), Set.of(), Set.of()));

        List<String> about = consolidation.checklist(editionId).items().stream()
                .filter(i -> p.id() == (i.priorityId() == null ? -1 : i.priorityId()))
                .map(i -> i.severity() + " " + i.messageKey()).toList();
        assertThat(about).containsExactly(
                "BLOCKING consolidation.check.no-description",
                "BLOCKING consolidation.check.no-link",
                "WARNING consolidation.check.no-ecosystem-impact",
                "WARNING consolidation.check.no-territorial-impact",
                "WARNING consolidation.check.no-proposers",
                "WARNING consolidation.check.trl-wide");

        consolidation.editPriority(p.id(), board().priorityVersion(p.id()), textOf(p));
        assertThat(consolidation.checklist(editionId).items()).noneMatch(i -> Long.valueOf(p.id()).equals(i.priorityId()));
    }

    @Test
    void retiringRemovesThePriorityAndOnlyMarkedOnesCanBeRetired() {
        consolidationPhase();
        SignIn.as(users, "reviewer");
        PriorityContent kept = priority("AI-driven zero-defect production");
        TranslatableException notMarked = catchThrowableOfType(TranslatableException.class,
                () -> consolidation.retirePriority(kept.id(), board().priorityVersion(kept.id())));
        assertThat(notMarked.messageKey()).isEqualTo("error.consolidation.not-proposed-for-retirement");

        PriorityContent retiring = priority("Data platforms and AI for public services");
        int before = programme.priorities(editionId).size();
        consolidation.retirePriority(retiring.id(), board().priorityVersion(retiring.id()));
        assertThat(programme.priorities(editionId)).hasSize(before - 1)
                .noneMatch(p -> p.title().equals(retiring.title()));
        assertThat(audits("retire")).singleElement().satisfies(a -> assertThat(a.after()).isNull());
    }

    // ---------------------------------------------------------------- adoption

    @Test
    void adoptionIsRefusedToReviewersWithBadInputAndWhileSomethingBlocks() {
        consolidationPhase();
        long version = board().editionVersion();
        SignIn.as(users, "reviewer");
        assertThat(catchThrowableOfType(NotPermittedException.class,
                () -> consolidation.adopt(editionId, version, "D.G.R. 1", LocalDate.now(clock)))).isNotNull();

        SignIn.as(users, "admin");
        InvalidInputException bad = catchThrowableOfType(InvalidInputException.class,
                () -> consolidation.adopt(editionId, version, " ", Formats.today().plusDays(1)));
        assertThat(bad.fieldErrors()).containsEntry("actReference", "validation.required")
                .containsEntry("adoptedOn", "consolidation.validation.adopted-future");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> consolidation.adopt(editionId, version, "x".repeat(201), null)).fieldErrors())
                .containsEntry("actReference", "consolidation.validation.act-long")
                .containsEntry("adoptedOn", "validation.required");

        TranslatableException blocked = catchThrowableOfType(TranslatableException.class,
                () -> consolidation.adopt(editionId, version, "D.G.R. 1", LocalDate.now(clock)));
        assertThat(blocked.messageKey()).isEqualTo("error.consolidation.blocking-items");
        assertThat(programme.edition(editionId).orElseThrow().adopted()).isFalse();
    }

    @Test
    void adoptionPutsTheEditionInForceReadOnlyClosesTheRoundAndTheNextRoundCarriesItOver() {
        consolidationPhase();
        PriorityContent retiring = priority("Data platforms and AI for public services");
        consolidation.retirePriority(retiring.id(), board().priorityVersion(retiring.id()));
        PriorityContent robotics = priority("Human-centred collaborative robotics");

        EditionSummary adopted = consolidation.adopt(editionId, board().editionVersion(),
                "D.G.R. n. XII/9999 (test)", LocalDate.now(clock));

        assertThat(adopted.status()).isEqualTo(EditionStatus.ADOPTED);
        assertThat(programme.currentEdition().orElseThrow().periodLabel()).isEqualTo("2026-2027");
        assertThat(programme.edition(editionId).orElseThrow().actReference()).isEqualTo("D.G.R. n. XII/9999 (test)");
        assertThat(events.stream(EditionAdopted.class)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("admin"));
        assertThat(audits("adopt")).hasSize(1);
        assertThat(programme.priorities(editionId)).allMatch(p -> p.carryOver() == null);
        assertThat(rounds.round(round.id()).orElseThrow().phase()).isEqualTo(RoundPhase.CLOSED);
        assertThat(audits("close-on-adoption")).hasSize(1);

        assertThat(consolidation.mayConsolidate(editionId)).isFalse();
        TranslatableException readOnly = catchThrowableOfType(TranslatableException.class,
                () -> consolidation.editPriority(robotics.id(), 0, textOf(robotics)));
        assertThat(readOnly.messageKey()).isEqualTo("error.consolidation.adopted");
        TranslatableException applyRefused = catchThrowableOfType(TranslatableException.class,
                () -> preparation.apply(new ApprovedChange.RetiredPriority(editionId, 1, robotics.derivedFromId()),
                        "admin"));
        assertThat(applyRefused.messageKey()).isEqualTo("error.programme.edition-adopted");

        RoundSummary next = rounds.create(new RoundDraft(2028, plan(LocalDate.now(clock).plusDays(7)),
                Map.of(robotics.id(), CarryOver.CHANGE)));
        assertThat(next.editionPeriod()).isEqualTo("2028-2029");
        List<PriorityContent> copies = programme.priorities(next.editionId());
        assertThat(copies).hasSize(programme.priorities(editionId).size());
        assertThat(copies).filteredOn(p -> p.derivedFromId() == robotics.id())
                .singleElement().satisfies(p -> assertThat(p.carryOver()).isEqualTo(CarryOver.CHANGE));
        assertThat(copies).filteredOn(p -> p.carryOver() == CarryOver.KEEP).hasSize(copies.size() - 1);
        Set<Long> origins = new HashSet<>();
        programme.priorities(editionId).forEach(p -> origins.add(p.id()));
        assertThat(copies).allMatch(p -> origins.contains(p.derivedFromId()));
    }

    static List<PhasePlan> plan(LocalDate start) {
        List<PhasePlan> plans = new ArrayList<>();
        int[] weeks = {4, 3, 4, 2};
        for (int i = 0; i < weeks.length; i++) {
            LocalDate end = start.plusWeeks(weeks[i]).minusDays(1);
            plans.add(new PhasePlan(RoundPhase.SCHEDULED.get(i), start, end));
            start = end.plusDays(1);
        }
        return plans;
    }
}
