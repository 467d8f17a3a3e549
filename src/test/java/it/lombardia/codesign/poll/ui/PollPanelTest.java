package it.lombardia.codesign.poll.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.poll.Ballot;
import it.lombardia.codesign.poll.PollDraft;
import it.lombardia.codesign.poll.PollKind;
import it.lombardia.codesign.poll.PollOptionDraft;
import it.lombardia.codesign.poll.PollService;
import it.lombardia.codesign.poll.PollView;
import it.lombardia.codesign.poll.TestPollVenue;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The poll panel in the test venue, as its chair (the reviewer) and its voters use it. */
class PollPanelTest extends KaribuTest {

    @Autowired
    PollService polls;
    @Autowired
    LiveUpdates live;

    long venueId;

    @BeforeEach
    void venue() {
        venueId = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
    }

    @Test
    void theChairOpensAPollWithTheItemsProposalsThroughTheDialog() {
        signIn("reviewer");
        PollPanel panel = mount();
        assertThat(_get(panel, com.vaadin.flow.component.html.Paragraph.class, s -> s.withClasses("poll-empty")).getText())
                .isEqualTo("No polls yet.");
        _click(_get(panel, Button.class, s -> s.withClasses("poll-new")));
        PollDialog dialog = _get(PollDialog.class);
        _setValue(dialog.question, "Which proposal goes first?");
        _setValue(dialog.kind, PollKind.RANKING);
        assertThat(dialog.addProposals.getText()).isEqualTo("Add the proposals of this item (2)");
        _click(dialog.addProposals);
        _click(dialog.addOption);
        _setValue(dialog.rows.getLast().label, "Neither");
        assertThat(dialog.rows).extracting(r -> r.label.getValue())
                .containsExactly("Digital twins", "Hydrogen valleys", "Neither");
        _click(dialog.open);

        assertThat(dialog.isOpened()).isFalse();
        PollCard card = card("Which proposal goes first?");
        PollView poll = polls.polls(TestPollVenue.TYPE, venueId).getFirst();
        assertThat(poll.kind()).isEqualTo(PollKind.RANKING);
        assertThat(poll.options()).extracting(PollView.Option::label, PollView.Option::proposalId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Digital twins", 11L),
                        org.assertj.core.groups.Tuple.tuple("Hydrogen valleys", 12L),
                        org.assertj.core.groups.Tuple.tuple("Neither", null));
        assertThat(card.turnout.getText()).isEqualTo("0 of 5 voted");
        assertThat(card.close.isVisible()).isTrue();
        // The reviewer runs polls here but does not vote.
        assertThat(card.vote.isVisible()).isFalse();

        _click(card.close);
        assertThat(_get(card, Span.class, s -> s.withClasses("poll-timing")).getText()).startsWith("This poll is closed");
        assertThat(card.close.isVisible()).isFalse();
    }

    @Test
    void invalidInputIsShownAtTheFieldsAndNothingIsOpened() {
        signIn("reviewer");
        PollPanel panel = mount();
        _click(_get(panel, Button.class, s -> s.withClasses("poll-new")));
        PollDialog dialog = _get(PollDialog.class);
        _setValue(dialog.kind, PollKind.DOTS);
        _setValue(dialog.dots, 0);
        _setValue(dialog.rows.get(0).label, "Same");
        _setValue(dialog.rows.get(1).label, " same");
        _click(dialog.open);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.question.isInvalid()).isTrue();
        assertThat(dialog.question.getErrorMessage()).isEqualTo("Write the question.");
        assertThat(dialog.optionsError.getText()).isEqualTo("Two options have the same text.");
        assertThat(dialog.dots.isInvalid()).isTrue();
        assertThat(dialog.dots.getErrorMessage()).isEqualTo("The dots per person must be between 1 and 100.");
        assertThat(polls.polls(TestPollVenue.TYPE, venueId)).isEmpty();

        _setValue(dialog.question, "Where do we spend our dots?");
        _setValue(dialog.dots, 3);
        _setValue(dialog.rows.get(1).label, "Other");
        _click(dialog.open);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(card("Where do we spend our dots?")).isNotNull();
    }

    @Test
    void aVoterVotesChangesTheVoteAndSeesOthersVotesArriveLive() {
        long pollId = openAsChair(new PollDraft(TestPollVenue.TYPE, venueId, null, "Lunch?", PollKind.SINGLE,
                List.of(PollOptionDraft.of("Pizza"), PollOptionDraft.of("Salad")), null, null, false, true, null));
        signIn("afil.rep");
        mount();
        PollCard card = card("Lunch?");
        SingleChoiceForm form = (SingleChoiceForm) card.form();
        assertThat(card.vote.getText()).isEqualTo("Vote");
        _click(card.vote);
        assertThat(form.choice.isInvalid()).isTrue();
        assertThat(polls.poll(pollId).orElseThrow().ballots()).isZero();

        _setValue(form.choice, option(card, "Pizza"));
        _click(card.vote);
        assertThat(card.recorded.getText()).isEqualTo("Your vote is recorded.");
        assertThat(card.vote.getText()).isEqualTo("Change my vote");
        assertThat(resultText(card)).containsExactly("Pizza 1 vote (100.0% of ballots)", "Salad no votes (0.0% of ballots)");
        assertThat(card.turnout.getText()).isEqualTo("1 of 5 voted");

        asUser("le2c.rep", () -> polls.vote(pollId, Ballot.single(option(card, "Salad").id())));
        asUser("wg.member", () -> polls.vote(pollId, Ballot.single(option(card, "Salad").id())));
        awaitLive(() -> card.turnout.getText().equals("3 of 5 voted"));
        assertThat(resultText(card)).containsExactly("Salad 2 votes (66.7% of ballots)", "Pizza 1 vote (33.3% of ballots)");
        assertThat(card.voters.getText()).contains("Laura Bianchi");
        // What the voter chose stays chosen while others vote.
        assertThat(form.choice.getValue().label()).isEqualTo("Pizza");

        _setValue(form.choice, option(card, "Salad"));
        _click(card.vote);
        assertThat(polls.poll(pollId).orElseThrow().myBallot()).isEqualTo(Ballot.single(option(card, "Salad").id()));

        asUser("reviewer", () -> polls.close(pollId));
        awaitLive(() -> !card.vote.isVisible());
        assertThat(_get(card, Span.class, s -> s.withClasses("poll-timing")).getText()).startsWith("This poll is closed");
        assertThat(form.choice.isReadOnly()).isTrue();
        assertThat(form.choice.getValue().label()).isEqualTo("Salad");
    }

    @Test
    void hiddenResultsShowOnlyTheTurnoutUntilTheClose() {
        long pollId = openAsChair(new PollDraft(TestPollVenue.TYPE, venueId, null, "Secret?", PollKind.MULTIPLE,
                List.of(PollOptionDraft.of("A"), PollOptionDraft.of("B"), PollOptionDraft.of("C")), 2, null, true, false, null));
        signIn("reviewer");
        mount();
        PollCard card = card("Secret?");
        asUser("afil.rep", () -> polls.vote(pollId, Ballot.multiple(List.of(option(card, "A").id(), option(card, "B").id()))));
        awaitLive(() -> card.turnout.getText().equals("1 of 5 voted"));
        assertThat(_get(card, Span.class, s -> s.withClasses("poll-results-hidden")).getText())
                .isEqualTo("Results are shown when the poll closes.");
        assertThat(_find(card, com.vaadin.flow.component.html.Div.class, s -> s.withClasses("poll-result"))).isEmpty();

        _click(card.close);
        assertThat(resultText(card)).containsExactly("A 1 vote (100.0% of ballots)", "B 1 vote (100.0% of ballots)",
                "C no votes (0.0% of ballots)");
        // Anonymous: nobody is named.
        assertThat(card.voters.isVisible()).isFalse();
        assertThat(_find(card, Span.class, s -> s.withClasses("poll-result-voters"))).isEmpty();
    }

    @Test
    void multipleChoiceDotsAndRankingFormsGuideTheVoter() {
        long multiple = openAsChair(new PollDraft(TestPollVenue.TYPE, venueId, null, "Pick two", PollKind.MULTIPLE,
                List.of(PollOptionDraft.of("A"), PollOptionDraft.of("B"), PollOptionDraft.of("C")), 2, null, false, true, null));
        long dots = openAsChair(new PollDraft(TestPollVenue.TYPE, venueId, null, "Spread dots", PollKind.DOTS,
                List.of(PollOptionDraft.of("X"), PollOptionDraft.of("Y")), null, 5, false, true, null));
        long ranking = openAsChair(new PollDraft(TestPollVenue.TYPE, venueId, null, "Rank them", PollKind.RANKING,
                List.of(PollOptionDraft.of("First"), PollOptionDraft.of("Second"), PollOptionDraft.of("Third")),
                null, null, false, true, null));
        signIn("wg.member");
        PollPanel panel = mount();
        assertThat(_find(panel, PollCard.class)).extracting(c -> c.poll().question())
                .containsExactly("Rank them", "Spread dots", "Pick two");

        PollCard pick = card("Pick two");
        MultipleChoiceForm multi = (MultipleChoiceForm) pick.form();
        _setValue(multi.choice, java.util.Set.copyOf(pick.poll().options()));
        assertThat(multi.choice.isInvalid()).isTrue();
        assertThat(multi.choice.getErrorMessage()).isEqualTo("You can choose at most 2 options.");
        _click(pick.vote);
        assertThat(polls.poll(multiple).orElseThrow().ballots()).isZero();
        _setValue(multi.choice, java.util.Set.of(option(pick, "A"), option(pick, "C")));
        _click(pick.vote);
        assertThat(polls.poll(multiple).orElseThrow().myBallot().chosen())
                .containsExactlyInAnyOrder(option(pick, "A").id(), option(pick, "C").id());

        PollCard spread = card("Spread dots");
        DotsForm dotsForm = (DotsForm) spread.form();
        assertThat(dotsForm.left.getText()).isEqualTo("5 of 5 dots left");
        _setValue(dotsForm.fields.get(option(spread, "X").id()), 4);
        _setValue(dotsForm.fields.get(option(spread, "Y").id()), 2);
        assertThat(dotsForm.left.getText()).isEqualTo("1 dots too many: you have 5 to spread.");
        _click(spread.vote);
        assertThat(polls.poll(dots).orElseThrow().ballots()).isZero();
        _setValue(dotsForm.fields.get(option(spread, "Y").id()), 0);
        assertThat(dotsForm.left.getText()).isEqualTo("1 of 5 dots left");
        _click(spread.vote);
        assertThat(resultText(spread)).first().isEqualTo("X 4 dots (100.0% of all dots)");

        PollCard rank = card("Rank them");
        RankingForm rankingForm = (RankingForm) rank.form();
        Button thirdUp = _get(rankingForm, Button.class, s -> s.withClasses("poll-move-up")
                .withAttribute("aria-label", "Move “Third” up"));
        _click(thirdUp);
        _click(_get(rankingForm, Button.class, s -> s.withClasses("poll-move-up")
                .withAttribute("aria-label", "Move “Third” up")));
        assertThat(rankingForm.order).extracting(PollView.Option::label).containsExactly("Third", "First", "Second");
        _click(rank.vote);
        assertThat(polls.poll(ranking).orElseThrow().myBallot().ranked()).containsExactly(
                option(rank, "Third").id(), option(rank, "First").id(), option(rank, "Second").id());
        assertThat(resultText(rank)).first().isEqualTo("Third 2 points, average position 1.0");
    }

    // ---------------------------------------------------------------------------------------------

    private long openAsChair(PollDraft draft) {
        SignIn.as(userDetailsService, "reviewer");
        try {
            return polls.open(draft);
        } finally {
            SignIn.out();
        }
    }

    private PollPanel mount() {
        PollPanel panel = new PollPanel(polls, live, TestPollVenue.TYPE, venueId, null,
                () -> List.of(new PollOptionDraft("Digital twins", 11L), new PollOptionDraft("Hydrogen valleys", 12L)));
        UI.getCurrent().add(panel);
        return panel;
    }

    private static PollCard card(String question) {
        List<PollCard> found = _find(PollCard.class).stream().filter(c -> c.poll().question().equals(question)).toList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private static PollView.Option option(PollCard card, String label) {
        return card.poll().options().stream().filter(o -> o.label().equals(label)).findFirst().orElseThrow();
    }

    private static List<String> resultText(PollCard card) {
        return _find(card.results, com.vaadin.flow.component.html.Div.class, s -> s.withClasses("poll-result")).stream()
                .map(row -> _get(row, Span.class, s -> s.withClasses("poll-result-label")).getText() + " "
                        + _get(row, Span.class, s -> s.withClasses("poll-result-numbers")).getText())
                .toList();
    }
}
