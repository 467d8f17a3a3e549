package it.lombardia.codesign.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.shared.TextDiff;
import it.lombardia.codesign.shared.TranslatableException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comparing editions of the Work Programme: the demo's 2026-2027 edition in preparation is a copy of
 * the adopted 2024-2025 one; each test makes its own differences in it and rolls them back.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
@Transactional
class EditionComparisonTest {

    @Autowired
    EditionComparison comparison;
    @Autowired
    ProgrammeService programme;
    @Autowired
    EditionPreparation preparation;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @PersistenceContext
    EntityManager entityManager;

    EditionSummary adopted;
    EditionSummary preparing;
    EditionContent base;

    @BeforeEach
    void editions() {
        SignIn.as(users, "reviewer");
        adopted = edition("2024-2025");
        preparing = edition("2026-2027");
        base = programme.content(adopted.id()).orElseThrow();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aFreshCopyIsUnchangedThroughout() {
        SignIn.as(users, "admin");
        EditionSummary copy = preparation.prepareEdition(2030, "admin");
        entityManager.clear();

        EditionDiff diff = comparison.compare(adopted.id(), copy.id());

        assertThat(diff.before()).isEqualTo(adopted);
        assertThat(diff.after()).isEqualTo(copy);
        assertThat(diff.sameEdition()).isFalse();
        assertThat(diff.prioritiesBefore()).isEqualTo(base.priorityCount()).isEqualTo(diff.prioritiesAfter());
        assertThat(diff.priorities()).hasSize(base.priorityCount())
                .allSatisfy(p -> assertThat(p.kinds()).containsExactly(ChangeKind.UNCHANGED));
        assertThat(diff.macroThemes()).hasSize(base.macroThemes().size())
                .allSatisfy(m -> assertThat(m.kind()).isEqualTo(ChangeKind.UNCHANGED));
        assertThat(diff.ecosystems()).hasSize(8).allSatisfy(e -> assertThat(e.delta()).isZero());
        assertThat(diff.ecosystems()).extracting(EcosystemCount::ecosystemCode).contains("ADVANCED_MANUFACTURING");
        assertThat(diff.count(ChangeKind.UNCHANGED)).isEqualTo(base.priorityCount());
    }

    @Test
    void newChangedRetiredAndMovedPrioritiesAreTold() {
        EditionDiff initial = comparison.compare(adopted.id(), preparing.id());
        MacroThemeContent first = base.macroThemes().get(0);
        MacroThemeContent second = base.macroThemes().get(1);
        MacroThemeContent third = base.macroThemes().get(2);
        MacroThemeContent fourth = base.macroThemes().get(3);
        PriorityContent changed = first.priorities().getFirst();
        PriorityContent retired = second.priorities().getFirst();
        PriorityContent moved = fourth.priorities().getFirst();
        assertThat(kindsOf(initial, changed)).containsExactly(ChangeKind.UNCHANGED);

        preparation.apply(new ApprovedChange.NewPriority(preparing.id(), 9001, first.id(), new PriorityText(
                "Predictive maintenance from machine data", "Plan maintenance from sensor data.", "Fewer stops.",
                "SMEs in Brianza.", 4, 7, Set.of("M1C2"), Set.of(9), Set.of("CL4"), Set.of("AFIL"))), "reviewer");
        preparation.apply(new ApprovedChange.ChangedPriority(preparing.id(), 9002, changed.id(), new PriorityText(
                changed.title(), changed.description() + " Also recycled materials.", changed.ecosystemImpact(),
                changed.territorialImpact(), 2, 5, changed.pnrrComponentCodes(), changed.sdgNumbers(),
                changed.horizonClusterCodes(), changed.proposerClusterCodes())), "reviewer");
        preparation.apply(new ApprovedChange.RetiredPriority(preparing.id(), 9003, retired.id()), "reviewer");
        jdbc.update("update priority set macro_theme_id = (select id from macro_theme where edition_id = ? and derived_from_id = ?)"
                + " where derived_from_id = ? and macro_theme_id in (select id from macro_theme where edition_id = ?)",
                preparing.id(), third.id(), moved.id(), preparing.id());
        entityManager.flush();
        entityManager.clear();

        EditionDiff diff = comparison.compare(adopted.id(), preparing.id());

        assertThat(diff.prioritiesBefore()).isEqualTo(initial.prioritiesBefore());
        assertThat(diff.prioritiesAfter()).isEqualTo(initial.prioritiesAfter());
        assertThat(diff.count(ChangeKind.NEW)).isEqualTo(initial.count(ChangeKind.NEW) + 1);
        assertThat(diff.count(ChangeKind.RETIRED)).isEqualTo(initial.count(ChangeKind.RETIRED) + 1);
        assertThat(diff.count(ChangeKind.CHANGED)).isEqualTo(initial.count(ChangeKind.CHANGED) + 1);
        assertThat(diff.count(ChangeKind.MOVED)).isEqualTo(initial.count(ChangeKind.MOVED) + 1);
        assertThat(diff.count(ChangeKind.UNCHANGED)).isEqualTo(initial.count(ChangeKind.UNCHANGED) - 3);

        PriorityChange added = diff.priorities(ChangeKind.NEW).stream()
                .filter(p -> p.after().title().equals("Predictive maintenance from machine data")).findFirst().orElseThrow();
        assertThat(added.before()).isNull();
        assertThat(added.macroThemeAfter().title()).isEqualTo(first.title());

        PriorityChange rewritten = change(diff, changed);
        assertThat(rewritten.kinds()).containsExactly(ChangeKind.CHANGED);
        assertThat(rewritten.changedFields()).containsExactly(PriorityField.DESCRIPTION, PriorityField.TRL);
        TextDiff description = TextDiff.compare(rewritten.before().description(), rewritten.after().description());
        assertThat(description.segments()).contains(new TextDiff.Segment(TextDiff.Kind.ADDED, " Also recycled materials."));
        assertThat(List.of(rewritten.after().trlMin(), rewritten.after().trlMax())).containsExactly(2, 5);

        PriorityChange gone = change(diff, retired);
        assertThat(gone.kinds()).containsExactly(ChangeKind.RETIRED);
        assertThat(gone.after()).isNull();
        assertThat(gone.macroThemeBefore().title()).isEqualTo(second.title());

        PriorityChange shifted = change(diff, moved);
        assertThat(shifted.kinds()).containsExactly(ChangeKind.MOVED);
        assertThat(shifted.macroThemeBefore().title()).isEqualTo(fourth.title());
        assertThat(shifted.macroThemeAfter().title()).isEqualTo(third.title());
        assertThat(shifted.macroThemeAfter().editionId()).isEqualTo(preparing.id());

        // per ecosystem: the new priority adds to the first macro-theme's ecosystems, the retired one takes
        // from the second's, the moved one goes from the fourth's to the third's
        Map<String, Integer> expected = new HashMap<>();
        initial.ecosystems().forEach(e -> expected.put(e.ecosystemCode(), e.delta()));
        first.ecosystemCodes().forEach(code -> expected.merge(code, 1, Integer::sum));
        second.ecosystemCodes().forEach(code -> expected.merge(code, -1, Integer::sum));
        fourth.ecosystemCodes().forEach(code -> expected.merge(code, -1, Integer::sum));
        third.ecosystemCodes().forEach(code -> expected.merge(code, 1, Integer::sum));
        assertThat(diff.ecosystems()).hasSize(8).allSatisfy(e ->
                assertThat(e.delta()).as(e.ecosystemCode()).isEqualTo(expected.get(e.ecosystemCode())));
        assertThat(diff.ecosystems()).allSatisfy(e -> assertThat(e.before()).isEqualTo(
                initial.ecosystems().stream().filter(i -> i.ecosystemCode().equals(e.ecosystemCode())).findFirst()
                        .orElseThrow().before()));

        // per macro-theme: the number of priorities before and after
        MacroThemeChange firstTheme = diff.macroThemes().stream()
                .filter(m -> m.before() != null && m.before().id() == first.id()).findFirst().orElseThrow();
        assertThat(firstTheme.kind()).isEqualTo(ChangeKind.UNCHANGED);
        assertThat(firstTheme.prioritiesAfter() - firstTheme.prioritiesBefore()).isEqualTo(
                initialCount(initial, first) + 1);

        // the same comparison, asked the other way round
        assertThat(comparison.compare(preparing.id(), adopted.id())).isEqualTo(diff);
    }

    @Test
    void aChangeIsFollowedThroughTheEditionsInBetween() {
        PriorityContent changed = base.macroThemes().getFirst().priorities().getFirst();
        preparation.apply(new ApprovedChange.ChangedPriority(preparing.id(), 9004, changed.id(), new PriorityText(
                changed.title() + " (revised)", changed.description(), changed.ecosystemImpact(),
                changed.territorialImpact(), changed.trlMin(), changed.trlMax(), changed.pnrrComponentCodes(),
                changed.sdgNumbers(), changed.horizonClusterCodes(), Set.of("AFIL", "LE2C"))), "reviewer");
        preparation.apply(new ApprovedChange.NewPriority(preparing.id(), 9005, base.macroThemes().getFirst().id(),
                new PriorityText("Added in 2026", null, null, null, 3, 6, Set.of(), Set.of(), Set.of(), Set.of("AFIL"))),
                "reviewer");
        jdbc.update("update programme_edition set status = 'ADOPTED' where id = ?", preparing.id());
        entityManager.flush();
        entityManager.clear();
        SignIn.as(users, "admin");
        EditionSummary later = preparation.prepareEdition(2028, "admin");
        entityManager.clear();

        EditionDiff diff = comparison.compare(later.id(), adopted.id());

        assertThat(diff.before().id()).isEqualTo(adopted.id());
        assertThat(diff.after().id()).isEqualTo(later.id());
        PriorityChange rewritten = change(diff, changed);
        assertThat(rewritten.changedFields()).containsExactly(PriorityField.TITLE, PriorityField.PROPOSERS);
        assertThat(rewritten.after().title()).isEqualTo(changed.title() + " (revised)");
        assertThat(diff.priorities(ChangeKind.NEW)).extracting(p -> p.after().title()).contains("Added in 2026");
        assertThat(diff.macroThemes()).noneMatch(m -> m.kind() == ChangeKind.NEW || m.kind() == ChangeKind.RETIRED);
    }

    @Test
    void anEditionComparedWithItselfHasNoDifferences() {
        EditionDiff diff = comparison.compare(adopted.id(), adopted.id());

        assertThat(diff.sameEdition()).isTrue();
        assertThat(diff.priorities()).hasSize(base.priorityCount()).allMatch(p -> p.is(ChangeKind.UNCHANGED));
        assertThat(diff.ecosystems()).allSatisfy(e -> assertThat(e.delta()).isZero());
    }

    @Test
    void anUnknownEditionIsToldAndSigningInIsRequired() {
        TranslatableException unknown = catchThrowableOfType(TranslatableException.class,
                () -> comparison.compare(adopted.id(), 987_654L));
        assertThat(unknown.messageKey()).isEqualTo("comparison.error.edition-not-found");

        SignIn.out();
        assertThat(catchThrowableOfType(AuthenticationCredentialsNotFoundException.class,
                () -> comparison.compare(adopted.id(), preparing.id()))).isNotNull();
    }

    private static int initialCount(EditionDiff initial, MacroThemeContent macroTheme) {
        MacroThemeChange change = initial.macroThemes().stream()
                .filter(m -> m.before() != null && m.before().id() == macroTheme.id()).findFirst().orElseThrow();
        return change.prioritiesAfter() - change.prioritiesBefore();
    }

    private static Set<ChangeKind> kindsOf(EditionDiff diff, PriorityContent basePriority) {
        return change(diff, basePriority).kinds();
    }

    private static PriorityChange change(EditionDiff diff, PriorityContent basePriority) {
        return diff.priorities().stream()
                .filter(p -> p.before() != null && Objects.equals(p.before().id(), basePriority.id()))
                .findFirst().orElseThrow();
    }

    private EditionSummary edition(String period) {
        return programme.editions().stream().filter(e -> e.periodLabel().equals(period)).findFirst().orElseThrow();
    }
}
