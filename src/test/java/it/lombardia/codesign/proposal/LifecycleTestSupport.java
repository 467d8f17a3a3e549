package it.lombardia.codesign.proposal;

import static it.lombardia.codesign.proposal.ProposalDraft.macroTheme;
import static it.lombardia.codesign.proposal.ProposalDraft.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.round.RoundPhase;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.shared.AuditEvent;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.NotPermittedException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/**
 * The real Spring context, security and demo data, for tests that take proposals through their
 * lifecycle. Every test method runs in one transaction that is rolled back, so moving the demo round
 * "EDP 2026-2027" to a later phase, or approving a proposal into the edition in preparation, never
 * reaches another test. The services join that transaction; {@link #reread(long)} flushes and
 * clears the persistence context so that what a test asserts was read back from the database.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
@Transactional
@RecordApplicationEvents
abstract class LifecycleTestSupport {

    static final String ROUND_TITLE = "EDP 2026-2027";

    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalLifecycle lifecycle;
    @Autowired
    ProposalHistory history;
    @Autowired
    RoundService rounds;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ApplicationEvents events;
    @PersistenceContext
    EntityManager entityManager;

    long roundId;

    @BeforeEach
    void theDemoRoundIsDrafting() {
        roundId = rounds.rounds().stream().filter(r -> r.title().equals(ROUND_TITLE)).findFirst().orElseThrow().id();
        assertThat(phase()).isEqualTo(RoundPhase.DRAFTING);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    void as(String username) {
        SignIn.as(userDetailsService, username);
    }

    RoundPhase phase() {
        return round().phase();
    }

    RoundSummary round() {
        return rounds.round(roundId).orElseThrow();
    }

    /** Moves the demo round forward to the phase, as an administrator would; the caller signs in again. */
    void moveRoundTo(RoundPhase target) {
        as("admin");
        while (phase() != target) {
            assertThat(phase().ordinal()).as("phases only move forward").isLessThan(target.ordinal());
            rounds.advance(roundId, round().version());
        }
        SignIn.out();
    }

    /** A new macro-theme proposal led by the cluster, created by the user in the current phase. */
    ProposalDetails draft(String username, String lead, String... coProposers) {
        return create(username, macroTheme(lead, unique("Lifecycle " + lead)).co(coProposers)
                .ecosystems("ADVANCED_MANUFACTURING"));
    }

    ProposalDetails create(String username, ProposalDraft draft) {
        as(username);
        return proposals.create(roundId, draft.build());
    }

    /** A draft of the lead, submitted by the same representative. */
    ProposalDetails submitted(String username, String lead) {
        ProposalDetails d = draft(username, lead);
        return lifecycle.submit(d.id(), d.version());
    }

    /** The proposal as stored: everything pending is written and the persistence context forgotten first. */
    ProposalDetails reread(long id) {
        entityManager.flush();
        entityManager.clear();
        return asRegion(() -> proposals.find(id).orElseThrow());
    }

    List<HistoryEntry> historyOf(long id) {
        entityManager.flush();
        entityManager.clear();
        return asRegion(() -> history.history(id));
    }

    /**
     * Reads as Region staff, who read every proposal, and then goes back to the signed-in user: the
     * tests look at what a refused call left, also where the user may not read the draft.
     */
    <T> T asRegion(java.util.function.Supplier<T> read) {
        org.springframework.security.core.Authentication user =
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        try {
            it.lombardia.codesign.SignIn.as(userDetailsService, "admin");
            return read.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(user);
        }
    }

    HistoryEntry lastEntry(long id) {
        return historyOf(id).getLast();
    }

    /**
     * What the proposal feature tells the others: its domain events and audit entries (not Spring's own
     * events, such as the MethodRollbackEvent of a refused call).
     */
    java.util.stream.Stream<Object> announcements() {
        return events.stream(Object.class).filter(e -> e instanceof AuditEvent || e instanceof ProposalTransitioned
                || e instanceof CoProposerInvited || e instanceof CoProposerAnswered);
    }

    <T> List<T> published(Class<T> type) {
        return events.stream(type).toList();
    }

    List<AuditEvent> audits(long proposalId) {
        return events.stream(AuditEvent.class)
                .filter(a -> a.entityType().equals("proposal") && a.entityId().equals(String.valueOf(proposalId)))
                .toList();
    }

    // ------------------------------------------------------------------------------------------ refusals

    /** What a user could notice of a proposal: a refusal must leave all of it as it was. */
    record Observed(ProposalDetails details, List<HistoryEntry> history, List<VersionView> versions) {
    }

    Observed observe(long id) {
        ProposalDetails details = reread(id);
        return asRegion(() -> new Observed(details, history.history(id), history.versions(id)));
    }

    /** Runs the call, expects a refusal with the key, and checks that nothing changed or was announced. */
    NotPermittedException assertRefused(String key, long id, ThrowingCallable call) {
        Throwable thrown = refusedCall(id, call);
        assertThat(thrown).isInstanceOf(NotPermittedException.class);
        NotPermittedException refusal = (NotPermittedException) thrown;
        assertThat(refusal.messageKey()).isEqualTo(key);
        return refusal;
    }

    InvalidInputException assertInvalid(String field, String key, long id, ThrowingCallable call) {
        Throwable thrown = refusedCall(id, call);
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        InvalidInputException invalid = (InvalidInputException) thrown;
        assertThat(invalid.fieldErrors()).containsExactly(java.util.Map.entry(field, key));
        return invalid;
    }

    ProposalConflictException assertConflict(long id, ThrowingCallable call) {
        Throwable thrown = refusedCall(id, call);
        assertThat(thrown).isInstanceOf(ProposalConflictException.class);
        ProposalConflictException conflict = (ProposalConflictException) thrown;
        assertThat(conflict.current().version()).isEqualTo(reread(id).version());
        return conflict;
    }

    private Throwable refusedCall(long id, ThrowingCallable call) {
        Observed before = observe(id);
        long published = announcements().count();

        Throwable thrown = catchThrowable(call);

        assertThat(thrown).as("refused").isNotNull();
        Observed after = observe(id);
        assertThat(after.details()).as("the proposal is as it was").isEqualTo(before.details());
        assertThat(after.history()).as("no history entry").isEqualTo(before.history());
        assertThat(after.versions()).as("no new version").isEqualTo(before.versions());
        assertThat(announcements().count()).as("nothing announced: %s", announcements().skip(published).toList())
                .isEqualTo(published);
        return thrown;
    }
}
