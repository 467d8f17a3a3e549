package it.lombardia.codesign.proposal;

import static it.lombardia.codesign.proposal.ProposalDraft.macroTheme;
import static it.lombardia.codesign.proposal.ProposalDraft.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.programme.MacroThemeRef;
import it.lombardia.codesign.programme.PriorityContent;
import it.lombardia.codesign.programme.ProgrammeService;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** The content rules, optimistic locking, submitting and the audit fields, checked by the service. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class ProposalServiceRulesTest {

    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalLifecycle lifecycle;
    @Autowired
    ProposalRepository repository;
    @Autowired
    RoundService rounds;
    @Autowired
    ProgrammeService programme;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    RoundSummary round;
    EditionSummary baseEdition;
    long baseMacroThemeId;
    long basePriorityId;

    @BeforeEach
    void signInAsAfilRepresentative() {
        round = rounds.openRound().orElseThrow();
        baseEdition = programme.baseEditionFor(round.editionId()).orElseThrow();
        baseMacroThemeId = programme.macroThemeRefs(baseEdition.id()).getFirst().id();
        basePriorityId = programme.priorities(baseEdition.id()).getFirst().id();
        SignIn.as(userDetailsService, "afil.rep");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    // ---------------------------------------------------------------------------------------------
    // Refused content
    // ---------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void blankTitleIsRequired(String title) {
        assertRefused(macroTheme("AFIL", title).build(), "title", "validation.required");
    }

    @Test
    void nullTitleIsRequired() {
        assertRefused(macroTheme("AFIL", null).build(), "title", "validation.required");
    }

    @Test
    void titleOf201CharactersIsTooLong() {
        assertRefused(macroTheme("AFIL", ofLength(unique("long title"), 201)).build(), "title", "validation.too-long");
    }

    @Test
    void descriptionOf10001CharactersIsTooLong() {
        assertRefused(macroTheme("AFIL", unique("long description")).description(ofLength("d", 10_001)).build(),
                "description", "validation.too-long");
    }

    @Test
    void impactsOf10001CharactersAreTooLong() {
        InvalidInputException e = refused(macroTheme("AFIL", unique("long impacts"))
                .impacts(ofLength("e", 10_001), ofLength("t", 10_001)).build());
        assertThat(e.fieldErrors()).containsEntry("ecosystemImpact", "validation.too-long")
                .containsEntry("territorialImpact", "validation.too-long");
    }

    @Test
    void trlZeroIsOutOfRange() {
        assertRefused(priority(unique("TRL 0"), 0, 5), "trlMin", "validation.trl-range");
    }

    @Test
    void trlTenIsOutOfRange() {
        assertRefused(priority(unique("TRL 10"), 5, 10), "trlMax", "validation.trl-range");
    }

    @Test
    void trlMinAboveMaxIsRefused() {
        assertRefused(priority(unique("TRL 7-3"), 7, 3), "trlMax", "validation.trl-order");
    }

    @Test
    void newPriorityNeedsItsTrlRange() {
        InvalidInputException e = refused(priority(unique("no TRL"), null, null));
        assertThat(e.fieldErrors()).containsEntry("trlMin", "validation.required")
                .containsEntry("trlMax", "validation.required");
    }

    @Test
    void halfATrlRangeIsRefused() {
        assertRefused(priority(unique("TRL min only"), 4, null), "trlMax", "validation.required");
    }

    @Test
    void atLeastOneEcosystemIsRequired() {
        assertRefused(macroTheme("AFIL", unique("no ecosystem")).ecosystems().build(),
                "ecosystemCodes", "validation.ecosystem-required");
    }

    @Test
    void unknownEcosystemCodeIsRefused() {
        assertRefused(macroTheme("AFIL", unique("unknown ecosystem")).ecosystems("ADVANCED_MANUFACTURING", "ATLANTIS").build(),
                "ecosystemCodes", "validation.unknown-ecosystem");
    }

    @Test
    void unknownReferencesAreRefused() {
        InvalidInputException e = refused(macroTheme("AFIL", unique("unknown references"))
                .pnrr("M9C9").sdgs(18).horizon("CL7").build());
        assertThat(e.fieldErrors()).containsEntry("pnrrComponentCodes", "validation.unknown-reference")
                .containsEntry("sdgNumbers", "validation.unknown-reference")
                .containsEntry("horizonClusterCodes", "validation.unknown-reference");
    }

    @Test
    void leadMayNotAlsoBeCoProposer() {
        assertRefused(macroTheme("AFIL", unique("lead is co")).co("AFIL", "LE2C").build(),
                "coClusterCodes", "validation.lead-not-co");
    }

    @Test
    void unknownCoProposerIsRefused() {
        assertRefused(macroTheme("AFIL", unique("unknown co")).co("NOPE").build(),
                "coClusterCodes", "validation.unknown-cluster");
    }

    @Test
    void newPriorityNeedsATargetMacroTheme() {
        assertRefused(macroTheme("AFIL", unique("no target")).newPriority(null, 3, 6).build(),
                "targetMacroThemeId", "validation.required");
    }

    @Test
    void newPriorityMayNotTargetANonExistingMacroTheme() {
        long missing = jdbc.sql("select coalesce(max(id), 0) + 1000 from macro_theme").query(Long.class).single();
        assertRefused(macroTheme("AFIL", unique("missing target")).newPriority(missing, 3, 6).build(),
                "targetMacroThemeId", "validation.unknown-target");
    }

    @Test
    void newPriorityMayNotTargetAMacroThemeOfTheEditionBeingPrepared() {
        // The demo data has no macro-theme in the 2026-2027 edition; add one for this test only and roll it back.
        String title = unique("draft macro-theme");
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("""
                    insert into macro_theme (edition_id, title, description, display_order, version)
                    values (:edition, :title, 'Only for a rules test.', 999, 0)""")
                    .param("edition", round.editionId()).param("title", title).update();
            long foreign = jdbc.sql("select id from macro_theme where title = :title").param("title", title)
                    .query(Long.class).single();
            assertThat(programme.macroThemeRef(foreign).orElseThrow().editionId()).isEqualTo(round.editionId());

            assertRefused(macroTheme("AFIL", unique("foreign target")).newPriority(foreign, 3, 6).build(),
                    "targetMacroThemeId", "validation.unknown-target");
            tx.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from macro_theme where title = :title").param("title", title)
                .query(Long.class).single()).isZero();
    }

    @Test
    void changePriorityNeedsATargetPriority() {
        assertRefused(macroTheme("AFIL", unique("change nothing")).kind(ProposalKind.CHANGE_PRIORITY).trl(3, 6).build(),
                "targetPriorityId", "validation.required");
    }

    @Test
    void changePriorityMayNotTargetANonExistingPriority() {
        long missing = jdbc.sql("select coalesce(max(id), 0) + 1000 from priority").query(Long.class).single();
        assertRefused(macroTheme("AFIL", unique("change missing")).kind(ProposalKind.CHANGE_PRIORITY)
                .targetPriority(missing).trl(3, 6).build(), "targetPriorityId", "validation.unknown-target");
    }

    @Test
    void invalidContentIsRefusedOnSaveToo() {
        ProposalDetails original = proposals.create(round.id(), macroTheme("AFIL", unique("valid first")).build());

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> proposals.save(original.id(), original.version(),
                        ProposalDraft.of(original.content()).title(" ").ecosystems().build()));

        assertThat(e.fieldErrors()).containsEntry("title", "validation.required")
                .containsEntry("ecosystemCodes", "validation.ecosystem-required");
        ProposalDetails stored = proposals.find(original.id()).orElseThrow();
        assertThat(stored.content()).isEqualTo(original.content());
        assertThat(stored.version()).isEqualTo(original.version());
    }

    @Test
    void proposalsNeedAnExistingRound() {
        long missing = jdbc.sql("select coalesce(max(id), 0) + 1000 from edp_round").query(Long.class).single();
        long before = repository.count();

        TranslatableException e = catchThrowableOfType(TranslatableException.class,
                () -> proposals.create(missing, macroTheme("AFIL", unique("no round")).build()));

        assertThat(e.messageKey()).isEqualTo("error.round.not-found");
        assertThat(repository.count()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource({"CLOSED, CLOSED, workflow.refusal.round-closed", "PLANNED, PLANNED, workflow.refusal.phase.drafting",
            "REVIEW, OPEN, workflow.refusal.phase.drafting", "CONSOLIDATION, OPEN, workflow.refusal.phase.drafting"})
    void proposalsCanOnlyBeMadeWhileDrafting(String phase, String status, String key) {
        // A round of a fictitious edition in that phase, added for this test only and rolled back.
        String period = "T" + Long.toString(System.nanoTime() % 100_000_000L);
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("""
                    insert into programme_edition (period_label, start_year, end_year, status, version)
                    values (:period, 2098, 2099, 'DRAFT', 0)""").param("period", period).update();
            long edition = jdbc.sql("select id from programme_edition where period_label = :period")
                    .param("period", period).query(Long.class).single();
            jdbc.sql("""
                    insert into edp_round (edition_id, title, opens_on, closes_on, status, phase, version)
                    values (:edition, :title, DATE '2097-01-01', DATE '2097-03-01', :status, :phase, 0)""")
                    .param("edition", edition).param("title", phase + " " + period).param("status", status)
                    .param("phase", phase).update();
            long other = jdbc.sql("select id from edp_round where edition_id = :edition").param("edition", edition)
                    .query(Long.class).single();
            long before = repository.count();

            TranslatableException e = catchThrowableOfType(TranslatableException.class,
                    () -> proposals.create(other, macroTheme("AFIL", unique(phase + " round")).build()));

            assertThat(e).isInstanceOf(NotPermittedException.class);
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(repository.count()).isEqualTo(before);
            tx.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from programme_edition where period_label = :period")
                .param("period", period).query(Long.class).single()).isZero();
    }

    // ---------------------------------------------------------------------------------------------
    // Accepted boundary values
    // ---------------------------------------------------------------------------------------------

    @Test
    void titleOf200CharactersIsAccepted() {
        String title = ofLength(unique("title of 200"), 200);

        ProposalDetails created = proposals.create(round.id(), macroTheme("AFIL", title).build());

        assertThat(proposals.find(created.id()).orElseThrow().content().title()).hasSize(200).isEqualTo(title);
    }

    @Test
    void descriptionOf10000CharactersIsAccepted() {
        String description = ofLength(unique("description of 10000"), 10_000);

        ProposalDetails created = proposals.create(round.id(), macroTheme("AFIL", unique("long description ok"))
                .description(description).impacts(ofLength("e", 10_000), ofLength("t", 10_000)).build());

        ProposalContent stored = proposals.find(created.id()).orElseThrow().content();
        assertThat(stored.description()).hasSize(10_000).isEqualTo(description);
        assertThat(stored.ecosystemImpact()).hasSize(10_000);
        assertThat(stored.territorialImpact()).hasSize(10_000);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9})
    void everyTrlFromOneToNineIsAccepted(int trl) {
        ProposalDetails created = proposals.create(round.id(), priority(unique("TRL " + trl), trl, trl));

        ProposalContent stored = proposals.find(created.id()).orElseThrow().content();
        assertThat(stored.trlMin()).isEqualTo(trl);
        assertThat(stored.trlMax()).isEqualTo(trl);
    }

    @Test
    void fullTrlRangeAndAValidTargetAreAccepted() {
        ProposalDetails created = proposals.create(round.id(), macroTheme("AFIL", unique("TRL 1-9"))
                .newPriority(baseMacroThemeId, 1, 9).pnrr("M1C2").sdgs(9).horizon("CL4").build());

        ProposalContent stored = proposals.find(created.id()).orElseThrow().content();
        assertThat(stored.kind()).isEqualTo(ProposalKind.NEW_PRIORITY);
        assertThat(stored.targetMacroThemeId()).isEqualTo(baseMacroThemeId);
        assertThat(stored.trlMin()).isEqualTo(1);
        assertThat(stored.trlMax()).isEqualTo(9);
        assertThat(stored.pnrrComponentCodes()).containsExactly("M1C2");
        assertThat(stored.sdgNumbers()).containsExactly(9);
        assertThat(stored.horizonClusterCodes()).containsExactly("CL4");
    }

    @Test
    void changePriorityOfTheBaseEditionIsAccepted() {
        PriorityContent target = programme.priority(basePriorityId).orElseThrow();

        ProposalDetails created = proposals.create(round.id(), macroTheme("AFIL", unique("change a priority"))
                .kind(ProposalKind.CHANGE_PRIORITY).targetPriority(target.id()).trl(target.trlMin(), target.trlMax())
                .build());

        assertThat(proposals.find(created.id()).orElseThrow().content().targetPriorityId()).isEqualTo(target.id());
    }

    // ---------------------------------------------------------------------------------------------
    // Optimistic locking
    // ---------------------------------------------------------------------------------------------

    @Test
    void saveWithAStaleVersionReportsWhoChangedItAndChangesNothing() {
        SignIn.as(userDetailsService, "le2c.rep");
        String title = unique("contended");
        ProposalDetails invited = proposals.create(round.id(),
                macroTheme("LE2C", title).co("AFIL").ecosystems("SUSTAINABILITY").build());
        SignIn.as(userDetailsService, "afil.rep");
        lifecycle.answerInvitation(invited.id(), invited.version(), "AFIL", true);
        SignIn.as(userDetailsService, "le2c.rep");
        ProposalDetails loadedByLe2c = proposals.find(invited.id()).orElseThrow();

        SignIn.as(userDetailsService, "afil.rep");
        ProposalDetails savedByAfil = proposals.save(loadedByLe2c.id(), loadedByLe2c.version(),
                ProposalDraft.of(loadedByLe2c.content()).title(title + " by AFIL").build());

        SignIn.as(userDetailsService, "le2c.rep");
        ProposalContent late = ProposalDraft.of(loadedByLe2c.content()).title(title + " by LE2C, late").build();
        ProposalConflictException conflict = catchThrowableOfType(ProposalConflictException.class,
                () -> proposals.save(loadedByLe2c.id(), loadedByLe2c.version(), late));

        assertThat(conflict).isNotNull();
        assertThat(conflict.messageKey()).isEqualTo("error.proposal.conflict");
        assertThat(conflict.arguments()).containsExactly("afil.rep");
        assertThat(conflict.current().updatedBy()).isEqualTo("afil.rep");
        assertThat(conflict.current().version()).isEqualTo(savedByAfil.version());
        assertThat(conflict.current().content().title()).isEqualTo(title + " by AFIL");
        ProposalDetails stored = proposals.find(loadedByLe2c.id()).orElseThrow();
        assertThat(stored.content()).isEqualTo(savedByAfil.content());
        assertThat(stored.version()).isEqualTo(savedByAfil.version());
        assertThat(stored.updatedBy()).isEqualTo("afil.rep");
    }

    @Test
    void submitWithAStaleVersionIsAConflictToo() {
        ProposalDetails original = proposals.create(round.id(), macroTheme("AFIL", unique("submit stale")).build());
        ProposalDetails saved = proposals.save(original.id(), original.version(),
                ProposalDraft.of(original.content()).title(original.content().title() + " v2").build());

        assertThatThrownBy(() -> lifecycle.submit(original.id(), original.version()))
                .isInstanceOf(ProposalConflictException.class);

        ProposalDetails stored = proposals.find(original.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(stored.submittedAt()).isNull();
        assertThat(stored.version()).isEqualTo(saved.version());
    }

    // ---------------------------------------------------------------------------------------------
    // Submitting
    // ---------------------------------------------------------------------------------------------

    @Test
    void submitMovesADraftToSubmittedAndRecordsWhen() {
        ProposalDetails draft = proposals.create(round.id(), macroTheme("AFIL", unique("to submit")).build());
        assertThat(draft.submittedAt()).isNull();
        Instant before = Instant.now();

        ProposalDetails submitted = lifecycle.submit(draft.id(), draft.version());

        Instant after = Instant.now();
        assertThat(submitted.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(submitted.version()).isGreaterThan(draft.version());
        ProposalDetails stored = proposals.find(draft.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(stored.submittedAt()).isNotNull()
                .isBetween(before.minusMillis(1), after.plusMillis(1));
        assertThat(stored.updatedBy()).isEqualTo("afil.rep");
        assertThat(stored.content()).isEqualTo(draft.content());
    }

    @Test
    void aSubmittedProposalCanStillBeSavedWhileDraftingButNotSubmittedAgain() {
        String title = unique("submitted once");
        ProposalDetails draft = proposals.create(round.id(), macroTheme("AFIL", title).build());
        ProposalDetails submitted = lifecycle.submit(draft.id(), draft.version());

        TranslatableException onSubmit = catchThrowableOfType(TranslatableException.class,
                () -> lifecycle.submit(submitted.id(), submitted.version()));
        assertThat(onSubmit.messageKey()).isEqualTo("workflow.refusal.state.submit");
        ProposalDetails saved = proposals.save(submitted.id(), submitted.version(),
                ProposalDraft.of(submitted.content()).title(title + " after submit").build());

        ProposalDetails stored = proposals.find(submitted.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(stored.content().title()).isEqualTo(title + " after submit");
        assertThat(stored.version()).isEqualTo(saved.version()).isGreaterThan(submitted.version());
        assertThat(stored.submittedAt()).isCloseTo(submitted.submittedAt(), within(1, ChronoUnit.MILLIS));
    }

    @Test
    void aSubmittedProposalStaysEditableForItsClusterWhileDrafting() {
        ProposalDetails draft = proposals.create(round.id(), macroTheme("AFIL", unique("still editable")).build());
        assertThat(proposals.whyReadOnly(proposals.find(draft.id()).orElseThrow())).isEmpty();

        lifecycle.submit(draft.id(), draft.version());

        assertThat(proposals.whyReadOnly(proposals.find(draft.id()).orElseThrow())).isEmpty();
        SignIn.as(userDetailsService, "le2c.rep");
        assertThat(proposals.whyReadOnly(proposals.find(draft.id()).orElseThrow()))
                .contains("workflow.refusal.not-your-cluster");
    }

    // ---------------------------------------------------------------------------------------------
    // Audit fields
    // ---------------------------------------------------------------------------------------------

    @Test
    void createdAndUpdatedByAndAtAreRecorded() {
        SignIn.as(userDetailsService, "le2c.rep");
        Instant beforeCreate = Instant.now();
        ProposalDetails created = proposals.create(round.id(),
                macroTheme("LE2C", unique("audited")).co("AFIL").ecosystems("SUSTAINABILITY").build());
        Instant afterCreate = Instant.now();

        ProposalDetails stored = proposals.find(created.id()).orElseThrow();
        assertThat(stored.createdBy()).isEqualTo("le2c.rep");
        assertThat(stored.updatedBy()).isEqualTo("le2c.rep");
        assertThat(stored.createdAt()).isBetween(beforeCreate.minusMillis(1), afterCreate.plusMillis(1));
        assertThat(stored.updatedAt()).isCloseTo(stored.createdAt(), within(1, ChronoUnit.MILLIS));
        assertThat(stored.submittedAt()).isNull();

        SignIn.as(userDetailsService, "afil.rep");
        ProposalDetails accepted = lifecycle.answerInvitation(created.id(), created.version(), "AFIL", true);
        Instant beforeSave = Instant.now();
        proposals.save(created.id(), accepted.version(),
                ProposalDraft.of(created.content()).description("Rewritten by AFIL.").build());
        Instant afterSave = Instant.now();

        ProposalDetails saved = proposals.find(created.id()).orElseThrow();
        assertThat(saved.createdBy()).isEqualTo("le2c.rep");
        assertThat(saved.createdAt()).isCloseTo(stored.createdAt(), within(1, ChronoUnit.MILLIS));
        assertThat(saved.updatedBy()).isEqualTo("afil.rep");
        assertThat(saved.updatedAt()).isBetween(beforeSave.minusMillis(1), afterSave.plusMillis(1))
                .isAfterOrEqualTo(saved.createdAt());
        assertThat(saved.content().description()).isEqualTo("Rewritten by AFIL.");
    }

    @Test
    void textsAreStoredStrippedAndBlankOptionalTextsAsNull() {
        String title = unique("stripped");
        ProposalDetails created = proposals.create(round.id(), macroTheme("AFIL", "  " + title + "  ")
                .description("  described  ").impacts("   ", null).build());

        ProposalContent stored = proposals.find(created.id()).orElseThrow().content();
        assertThat(stored.title()).isEqualTo(title);
        assertThat(stored.description()).isEqualTo("described");
        assertThat(stored.ecosystemImpact()).isNull();
        assertThat(stored.territorialImpact()).isNull();
    }

    // ---------------------------------------------------------------------------------------------

    private ProposalContent priority(String title, Integer trlMin, Integer trlMax) {
        return macroTheme("AFIL", title).newPriority(baseMacroThemeId, trlMin, trlMax).build();
    }

    private InvalidInputException refused(ProposalContent content) {
        long before = repository.count();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> proposals.create(round.id(), content));
        assertThat(e).as("refused with InvalidInputException").isNotNull();
        assertThat(e.messageKey()).isEqualTo("error.invalid-input");
        assertThat(repository.count()).as("nothing saved").isEqualTo(before);
        if (content.title() != null && !content.title().isBlank()) {
            assertThat(proposals.count(ProposalFilter.ofRound(round.id()).withText(content.title().strip()
                    .substring(0, Math.min(60, content.title().strip().length()))))).isZero();
        }
        return e;
    }

    private void assertRefused(ProposalContent content, String field, String key) {
        Map<String, String> errors = refused(content).fieldErrors();
        assertThat(errors).containsEntry(field, key);
    }

    private static String ofLength(String prefix, int length) {
        return (prefix + "x".repeat(length)).substring(0, length);
    }
}
