package it.lombardia.codesign.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.live.LiveBus;
import it.lombardia.codesign.live.LiveMessage;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Polls in the test venue ({@link TestPollVenue}): the reviewer and the administrator run them,
 * five representatives and members vote. Every test uses a venue id of its own.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class PollServiceTest {

    static final String VENUE = TestPollVenue.TYPE;

    @Autowired
    PollService service;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LiveBus bus;
    @Autowired
    Clock clock;

    long venueId;

    @BeforeEach
    void venue() {
        venueId = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    // ---------------------------------------------------------------------------------------------
    // Opening

    @Test
    void onlyRunnersOpenAndCloseAndTheDraftIsCheckedFieldByField() {
        as("afil.rep");
        assertThatThrownBy(() -> service.open(draft(PollKind.SINGLE, "A", "B"))).isInstanceOf(NotPermittedException.class)
                .hasMessage("poll.error.not-runner");

        as("reviewer");
        assertRefused(new PollDraft(VENUE, venueId, null, "  ", PollKind.SINGLE, options("A", "B"), null, null, false, true, null),
                "question", "poll.error.question-required");
        assertRefused(new PollDraft(VENUE, venueId, null, "x".repeat(301), PollKind.SINGLE, options("A", "B"), null, null, false, true, null),
                "question", "poll.error.question-too-long");
        assertRefused(draft(PollKind.SINGLE, "Only one"), "options", "poll.error.too-few-options");
        assertRefused(draft(PollKind.SINGLE, java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(i -> "O" + i)
                .toArray(String[]::new)), "options", "poll.error.too-many-options");
        assertRefused(draft(PollKind.SINGLE, "Same", " same "), "options", "poll.error.duplicate-option");
        assertRefused(draft(PollKind.SINGLE, "A", " "), "options", "poll.error.option-empty");
        assertRefused(draft(PollKind.SINGLE, "A", "y".repeat(201)), "options", "poll.error.option-too-long");
        assertRefused(new PollDraft(VENUE, venueId, null, "Q", PollKind.MULTIPLE, options("A", "B"), 3, null, false, true, null),
                "maxChoices", "poll.error.max-choices");
        assertRefused(new PollDraft(VENUE, venueId, null, "Q", PollKind.DOTS, options("A", "B"), null, 0, false, true, null),
                "dots", "poll.error.dots");
        assertRefused(new PollDraft(VENUE, venueId, null, "Q", PollKind.DOTS, options("A", "B"), null, 101, false, true, null),
                "dots", "poll.error.dots");
        assertRefused(new PollDraft(VENUE, venueId, null, "Q", PollKind.SINGLE, options("A", "B"), null, null, false, true,
                clock.instant().minusSeconds(1)), "closesAt", "poll.error.closes-in-past");
        assertThat(service.polls(VENUE, venueId)).isEmpty();

        long id = service.open(draft(PollKind.SINGLE, "A", "B"));
        as("afil.rep");
        assertThatThrownBy(() -> service.close(id)).isInstanceOf(NotPermittedException.class);
        assertThat(poll(id).closed()).isFalse();
        assertThat(poll(id).mayRun()).isFalse();
        assertThat(poll(id).mayVote()).isTrue();

        as("admin");
        service.close(id);
        PollView closed = poll(id);
        assertThat(closed.closed()).isTrue();
        assertThat(closed.closedByName()).isEqualTo(displayName("admin"));
        Instant closedAt = closed.closedAt();
        // Closing again changes nothing, and says nothing in the audit log.
        as("reviewer");
        service.close(id);
        assertThat(poll(id).closedAt()).isEqualTo(closedAt);
        assertThat(poll(id).closedByName()).isEqualTo(displayName("admin"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'poll' and entity_id = ? and action = 'close'",
                Integer.class, String.valueOf(id))).isEqualTo(1);
    }

    // ---------------------------------------------------------------------------------------------
    // Ballots per kind

    @Test
    void singleChoiceTakesExactlyOneOptionAndAVoteCanBeChanged() {
        long id = openAs("reviewer", draft(PollKind.SINGLE, "Red", "Green", "Blue"));
        PollView poll = poll(id);
        long red = optionId(poll, "Red");
        long green = optionId(poll, "Green");

        as("afil.rep");
        refusedBallot(id, Ballot.multiple(List.of(red, green)), "poll.error.ballot-single");
        refusedBallot(id, new Ballot(Map.of()), "poll.error.ballot-single");
        refusedBallot(id, Ballot.single(999_999_999L), "poll.error.unknown-option");
        assertThat(poll(id).ballots()).isZero();

        service.vote(id, Ballot.single(red));
        assertThat(poll(id).myBallot()).isEqualTo(Ballot.single(red));
        service.vote(id, Ballot.single(green));
        PollView changed = poll(id);
        assertThat(changed.myBallot()).isEqualTo(Ballot.single(green));
        assertThat(changed.ballots()).isEqualTo(1);
        assertThat(result(changed, "Green").votes()).isEqualTo(1);
        assertThat(result(changed, "Red").votes()).isZero();
        assertThat(jdbc.queryForList("select action from audit_entry where entity_type = 'poll' and entity_id = ? order by id",
                String.class, String.valueOf(id))).containsExactly("open", "vote", "change-vote");
    }

    @Test
    void multipleChoiceTakesOneUpToTheMaximumAndCountsPercentOfBallots() {
        long id = openAs("reviewer", new PollDraft(VENUE, venueId, null, "Which?", PollKind.MULTIPLE,
                options("A", "B", "C"), 2, null, false, true, null));
        PollView poll = poll(id);
        long a = optionId(poll, "A");
        long b = optionId(poll, "B");
        long c = optionId(poll, "C");
        as("afil.rep");
        refusedBallot(id, Ballot.multiple(List.of(a, b, c)), "poll.error.ballot-multiple");
        refusedBallot(id, Ballot.multiple(List.of()), "poll.error.ballot-multiple");
        service.vote(id, Ballot.multiple(List.of(a, b)));
        as("le2c.rep");
        service.vote(id, Ballot.multiple(List.of(a)));
        as("wg.member");
        service.vote(id, Ballot.multiple(List.of(a, c)));

        PollView counted = poll(id);
        assertThat(counted.results()).extracting(PollView.Result::label, PollView.Result::votes, PollView.Result::percent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 3, 100.0),
                        org.assertj.core.groups.Tuple.tuple("B", 1, 33.3),
                        org.assertj.core.groups.Tuple.tuple("C", 1, 33.3));
        assertThat(counted.results()).extracting(PollView.Result::place).containsExactly(1, 2, 2);
        assertThat(result(counted, "A").marks()).extracting(PollView.Mark::voterName)
                .containsExactlyInAnyOrder(displayName("afil.rep"), displayName("le2c.rep"), displayName("wg.member"));
        assertThat(counted.voters()).hasSize(3);
    }

    @Test
    void dotVotingSpendsOneToAllDotsAndSumsThem() {
        long id = openAs("reviewer", new PollDraft(VENUE, venueId, null, "Spread", PollKind.DOTS,
                options("A", "B", "C"), null, 5, false, true, null));
        PollView poll = poll(id);
        long a = optionId(poll, "A");
        long b = optionId(poll, "B");
        long c = optionId(poll, "C");
        as("afil.rep");
        refusedBallot(id, Ballot.dots(Map.of(a, 4, b, 2)), "poll.error.ballot-dots");
        refusedBallot(id, Ballot.dots(Map.of(a, 0)), "poll.error.ballot-dots");
        refusedBallot(id, new Ballot(Map.of(a, -1, b, 3)), "poll.error.ballot-dots");
        service.vote(id, Ballot.dots(Map.of(a, 3, b, 2, c, 0)));
        as("le2c.rep");
        service.vote(id, Ballot.dots(Map.of(b, 1)));
        as("mobility.rep");
        service.vote(id, Ballot.dots(Map.of(c, 4)));

        PollView counted = poll(id);
        // 3 + 3 + 4 = 10 dots: C 4 (40%), then A and B with 3 each, A first as it comes first.
        assertThat(counted.results()).extracting(PollView.Result::label, PollView.Result::dots, PollView.Result::percent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C", 4, 40.0),
                        org.assertj.core.groups.Tuple.tuple("A", 3, 30.0),
                        org.assertj.core.groups.Tuple.tuple("B", 3, 30.0));
        assertThat(result(counted, "B").marks()).extracting(PollView.Mark::voterName, PollView.Mark::weight)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(displayName("afil.rep"), 2),
                        org.assertj.core.groups.Tuple.tuple(displayName("le2c.rep"), 1));
    }

    @Test
    void rankingTakesAFullOrderAndCountsBordaPoints() {
        long id = openAs("reviewer", draft(PollKind.RANKING, "A", "B", "C"));
        PollView poll = poll(id);
        long a = optionId(poll, "A");
        long b = optionId(poll, "B");
        long c = optionId(poll, "C");
        as("afil.rep");
        refusedBallot(id, Ballot.ranking(List.of(a, b)), "poll.error.ballot-ranking");
        refusedBallot(id, new Ballot(Map.of(a, 1, b, 1, c, 2)), "poll.error.ballot-ranking");
        refusedBallot(id, new Ballot(Map.of(a, 1, b, 2, c, 4)), "poll.error.ballot-ranking");
        service.vote(id, Ballot.ranking(List.of(a, b, c)));
        as("le2c.rep");
        service.vote(id, Ballot.ranking(List.of(b, a, c)));
        as("wg.member");
        service.vote(id, Ballot.ranking(List.of(b, c, a)));

        as("observer");
        PollView counted = poll(id);
        // Points 2-1-0: A 2+1+0 = 3, B 1+2+2 = 5, C 0+0+1 = 1; at most 3 ballots x 2 = 6 points.
        assertThat(counted.results()).extracting(PollView.Result::label, PollView.Result::points,
                        PollView.Result::averagePosition, PollView.Result::percent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B", 5, 4.0 / 3, 83.3),
                        org.assertj.core.groups.Tuple.tuple("A", 3, 2.0, 50.0),
                        org.assertj.core.groups.Tuple.tuple("C", 1, 8.0 / 3, 16.7));
        assertThat(counted.myBallot()).isNull();
        as("wg.member");
        assertThat(poll(id).myBallot().ranked()).containsExactly(b, c, a);
    }

    // ---------------------------------------------------------------------------------------------
    // Closing

    @Test
    void aVoteAfterClosingIsRefusedAndNothingIsSaved() {
        long id = openAs("reviewer", draft(PollKind.SINGLE, "A", "B"));
        long a = optionId(poll(id), "A");
        long b = optionId(poll(id), "B");
        as("afil.rep");
        service.vote(id, Ballot.single(a));
        as("reviewer");
        service.close(id);

        as("afil.rep");
        refusedBallot(id, Ballot.single(b), "poll.error.closed");
        as("le2c.rep");
        refusedBallot(id, Ballot.single(b), "poll.error.closed");
        PollView closed = poll(id);
        assertThat(closed.ballots()).isEqualTo(1);
        assertThat(result(closed, "A").votes()).isEqualTo(1);
        assertThat(result(closed, "B").votes()).isZero();
        assertThat(closed.mayVote()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from poll_ballot where poll_id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void aPollWhoseClosingTimeHasPassedIsClosedForReadingAndVotingEvenIfNobodyClosedIt() {
        long id = openAs("reviewer", new PollDraft(VENUE, venueId, null, "Soon over", PollKind.SINGLE,
                options("A", "B"), null, null, false, false, clock.instant().plus(Duration.ofHours(1))));
        long a = optionId(poll(id), "A");
        as("afil.rep");
        service.vote(id, Ballot.single(a));
        assertThat(poll(id).closed()).isFalse();
        assertThat(poll(id).results()).isNull();

        Instant past = clock.instant().minusSeconds(2).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        jdbc.update("update poll set closes_at = ? where id = ?", java.sql.Timestamp.from(past), id);

        as("le2c.rep");
        refusedBallot(id, Ballot.single(a), "poll.error.closed");
        PollView over = poll(id);
        assertThat(over.closed()).isTrue();
        assertThat(over.closedAt()).isEqualTo(past);
        assertThat(over.closedByName()).isNull();
        assertThat(over.mayVote()).isFalse();
        assertThat(result(over, "A").votes()).isEqualTo(1);
        assertThat(over.ballots()).isEqualTo(1);
    }

    @Test
    void theClosingTimeIsAnnouncedLiveWithoutAnyoneClosing() throws InterruptedException {
        List<LiveMessage> seen = new CopyOnWriteArrayList<>();
        var subscription = bus.subscribe(seen::add);
        try {
            long id = openAs("reviewer", new PollDraft(VENUE, venueId, null, "Timed", PollKind.SINGLE,
                    options("A", "B"), null, null, true, false, clock.instant().plusSeconds(1)));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (seen.stream().noneMatch(m -> PollChanges.about(id).test(m) && m.has("action", "close"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(seen).anyMatch(m -> PollChanges.inVenue(VENUE, venueId).test(m) && m.has("action", "close"));
            assertThat(jdbc.queryForObject("select closed_at is not null from poll where id = ?", Boolean.class, id)).isTrue();
        } finally {
            subscription.remove();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Who does and sees what

    @Test
    void nonVotersCannotVoteAndOutsidersSeeNothing() {
        long id = openAs("reviewer", draft(PollKind.SINGLE, "A", "B"));
        long a = optionId(poll(id), "A");
        as("observer");
        assertThat(poll(id).mayVote()).isFalse();
        assertThatThrownBy(() -> service.vote(id, Ballot.single(a))).isInstanceOf(NotPermittedException.class)
                .hasMessage("poll.error.not-voter");
        as("reviewer");
        assertThatThrownBy(() -> service.vote(id, Ballot.single(a))).isInstanceOf(NotPermittedException.class);
        assertThat(poll(id).ballots()).isZero();

        as("lifesciences.rep");
        assertThat(service.poll(id)).isEmpty();
        assertThatThrownBy(() -> service.polls(VENUE, venueId)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void hiddenResultsAreGivenToNobodyNotEvenTheRunnerUntilThePollCloses() {
        long id = openAs("reviewer", new PollDraft(VENUE, venueId, null, "Secret until the end", PollKind.SINGLE,
                options("A", "B"), null, null, false, false, null));
        long a = optionId(poll(id), "A");
        as("afil.rep");
        service.vote(id, Ballot.single(a));
        as("le2c.rep");
        service.vote(id, Ballot.single(a));

        for (String user : List.of("reviewer", "admin", "afil.rep", "observer")) {
            as(user);
            PollView hidden = poll(id);
            assertThat(hidden.results()).as(user).isNull();
            assertThat(hidden.voters()).as(user).isEmpty();
            assertThat(hidden.ballots()).as(user).isEqualTo(2);
            assertThat(hidden.electorate()).as(user).isEqualTo(5);
            assertThat(service.polls(VENUE, venueId)).singleElement().extracting(PollView::results).isNull();
        }
        as("afil.rep");
        assertThat(poll(id).myBallot()).isEqualTo(Ballot.single(a));

        as("reviewer");
        service.close(id);
        as("observer");
        assertThat(result(poll(id), "A").votes()).isEqualTo(2);
    }

    @Test
    void anAnonymousPollNamesNobodyInViewsAuditOrLiveMessages() {
        List<LiveMessage> seen = new CopyOnWriteArrayList<>();
        var subscription = bus.subscribe(seen::add);
        try {
            long id = openAs("reviewer", new PollDraft(VENUE, venueId, null, "Anonymous", PollKind.DOTS,
                    options("Alpha", "Beta"), null, 3, true, true, null));
            long alpha = optionId(poll(id), "Alpha");
            as("afil.rep");
            service.vote(id, Ballot.dots(Map.of(alpha, 3)));
            service.vote(id, Ballot.dots(Map.of(alpha, 2)));

            for (String user : List.of("reviewer", "le2c.rep", "afil.rep")) {
                as(user);
                PollView view = poll(id);
                assertThat(view.voters()).isEmpty();
                assertThat(view.results()).allMatch(r -> r.marks().isEmpty());
                assertThat(result(view, "Alpha").dots()).isEqualTo(2);
            }
            List<Map<String, Object>> audit = jdbc.queryForList(
                    "select * from audit_entry where entity_type = 'poll' and entity_id = ? and action in ('vote', 'change-vote')",
                    String.valueOf(id));
            assertThat(audit).hasSize(2);
            assertThat(audit.toString()).doesNotContain("Alpha").doesNotContain("choices\":{");
            assertThat(seen).filteredOn(PollChanges.about(id)::test).isNotEmpty()
                    .allMatch(m -> m.data().keySet().equals(java.util.Set.of("poll", "venueType", "venueId", "action")))
                    .noneMatch(m -> m.data().containsValue("afil.rep"));
        } finally {
            subscription.remove();
        }
    }

    @Test
    void twoBallotsOfTheSameVoterAtOnceLeaveOne() throws InterruptedException {
        long id = openAs("reviewer", draft(PollKind.SINGLE, "A", "B"));
        long a = optionId(poll(id), "A");
        long b = optionId(poll(id), "B");
        for (int round = 0; round < 5; round++) {
            CountDownLatch start = new CountDownLatch(1);
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            Thread first = voter(id, Ballot.single(a), start, failures);
            Thread second = voter(id, Ballot.single(b), start, failures);
            start.countDown();
            first.join(10_000);
            second.join(10_000);
            assertThat(failures).isEmpty();
            assertThat(jdbc.queryForObject("select count(*) from poll_ballot where poll_id = ?", Integer.class, id)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from poll_ballot_mark m join poll_ballot p on p.id = m.ballot_id where p.poll_id = ?",
                    Integer.class, id)).isEqualTo(1);
        }
        as("observer");
        assertThat(poll(id).ballots()).isEqualTo(1);
        assertThat(poll(id).results().stream().mapToInt(PollView.Result::votes).sum()).isEqualTo(1);
    }

    // ---------------------------------------------------------------------------------------------

    private Thread voter(long pollId, Ballot ballot, CountDownLatch start, List<Throwable> failures) {
        Thread thread = new Thread(() -> {
            try {
                SignIn.as(users, "afil.rep");
                start.await();
                service.vote(pollId, ballot);
            } catch (Throwable t) {
                failures.add(t);
            } finally {
                SignIn.out();
            }
        });
        thread.start();
        return thread;
    }

    private void assertRefused(PollDraft draft, String field, String key) {
        PollInputException e = catchThrowableOfType(PollInputException.class, () -> service.open(draft));
        assertThat(e).as(key).isNotNull();
        assertThat(e.fieldErrors()).containsEntry(field, key);
        assertThat(e.messageKey()).startsWith("poll.error.");
    }

    private void refusedBallot(long pollId, Ballot ballot, String key) {
        int before = jdbc.queryForObject("select count(*) from poll_ballot_mark m join poll_ballot b on b.id = m.ballot_id"
                + " where b.poll_id = ?", Integer.class, pollId);
        assertThatThrownBy(() -> service.vote(pollId, ballot)).isInstanceOf(TranslatableException.class).hasMessage(key);
        assertThat(jdbc.queryForObject("select count(*) from poll_ballot_mark m join poll_ballot b on b.id = m.ballot_id"
                + " where b.poll_id = ?", Integer.class, pollId)).isEqualTo(before);
    }

    private long openAs(String user, PollDraft draft) {
        as(user);
        return service.open(draft);
    }

    private PollDraft draft(PollKind kind, String... labels) {
        return new PollDraft(VENUE, venueId, null, "What do we do?", kind, options(labels), null, null, false, true, null);
    }

    private static List<PollOptionDraft> options(String... labels) {
        return java.util.Arrays.stream(labels).map(PollOptionDraft::of).toList();
    }

    private PollView poll(long id) {
        return service.poll(id).orElseThrow();
    }

    private static long optionId(PollView poll, String label) {
        return poll.options().stream().filter(o -> o.label().equals(label)).findFirst().orElseThrow().id();
    }

    private static PollView.Result result(PollView poll, String label) {
        return poll.results().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    private String displayName(String username) {
        return jdbc.queryForObject("select display_name from user_account where username = ?", String.class, username);
    }

    private void as(String username) {
        SignIn.as(users, username);
    }
}
