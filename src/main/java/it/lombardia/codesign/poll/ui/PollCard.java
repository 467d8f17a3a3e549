package it.lombardia.codesign.poll.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import it.lombardia.codesign.poll.Ballot;
import it.lombardia.codesign.poll.PollResultText;
import it.lombardia.codesign.poll.PollView;
import it.lombardia.codesign.shared.Lombardy;
import it.lombardia.codesign.ui.Badge;
import it.lombardia.codesign.ui.Formats;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;

/**
 * One poll: its question, how it is answered, the voter's ballot, the results and the turnout. Kept
 * by the panel across refreshes and updated in place, so a ballot being filled in is not lost when
 * others vote.
 */
class PollCard extends Div {

    private final PollPanel panel;
    private final long id;
    private final H4 question = new H4();
    private final Div badges = new Div();
    private final Span timing = new Span();
    private final BallotForm form;
    final Button vote = new Button();
    final Span recorded = new Span();
    final Button close = new Button();
    final Span turnout = new Span();
    final PollResultsView results = new PollResultsView();
    final Span voters = new Span();
    private PollView poll;
    private Ballot shownBallot;

    PollCard(PollPanel panel, PollView poll) {
        this.panel = panel;
        this.id = poll.id();
        addClassName("poll-card");
        getElement().setAttribute("role", "article");
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)");
        question.addClassName("poll-question");
        question.getStyle().set("margin", "0");
        badges.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)")
                .set("margin", "var(--lumo-space-xs) 0");
        timing.addClassName("poll-timing");
        timing.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
        form = BallotForm.of(poll);
        vote.addClassName("poll-vote");
        vote.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        vote.addClickListener(e -> castVote());
        recorded.addClassName("poll-recorded");
        recorded.getElement().setAttribute("role", "status");
        recorded.getStyle().set("margin-left", "var(--lumo-space-s)").set("color", "var(--lumo-success-text-color)");
        close.setText(panel.t("poll.close"));
        close.addClassName("poll-close");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        close.addClickListener(e -> panel.close(id));
        turnout.addClassName("poll-turnout");
        turnout.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        voters.addClassName("poll-voters");
        voters.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xs)")
                .set("color", "var(--lumo-secondary-text-color)");
        Div actions = new Div(vote, recorded, close);
        actions.getStyle().set("display", "flex").set("align-items", "center").set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-s)").set("margin", "var(--lumo-space-s) 0");
        add(question, badges, timing, form, actions, turnout, results, voters);
        update(poll);
    }

    long pollId() {
        return id;
    }

    PollView poll() {
        return poll;
    }

    BallotForm form() {
        return form;
    }

    void update(PollView poll) {
        this.poll = poll;
        getElement().setAttribute("aria-label", poll.question());
        question.setText(poll.question());
        badges.removeAll();
        badges.add(new Badge(panel.t(PollResultText.kindKey(poll.kind())), "contrast"),
                new Badge(panel.t(poll.anonymous() ? "poll.anonymous" : "poll.named")),
                new Badge(panel.t(poll.resultsLive() ? "poll.results-live" : "poll.results-at-close")));
        if (poll.closed()) {
            timing.setText(panel.t("poll.closed", time(poll.closedAt())));
            timing.getStyle().set("color", "var(--lumo-error-text-color)");
        } else {
            timing.setText(poll.closesAt() == null ? panel.t("poll.open-until-closed")
                    : panel.t("poll.closes-at", time(poll.closesAt())));
            timing.getStyle().set("color", null);
        }
        // The voter's recorded ballot is shown unless they are changing it right now.
        if (poll.myBallot() != null && !Objects.equals(poll.myBallot(), shownBallot)) {
            form.show(poll.myBallot());
            shownBallot = poll.myBallot();
        }
        form.setVisible(poll.mayVote() || poll.myBallot() != null || poll.closed());
        form.setReadOnly(!poll.mayVote());
        vote.setText(panel.t(poll.myBallot() == null ? "poll.vote" : "poll.change-vote"));
        vote.setVisible(poll.mayVote());
        if (!poll.mayVote()) {
            recorded.setText(poll.myBallot() == null ? "" : panel.t("poll.your-vote-counted"));
        }
        close.setVisible(poll.mayRun() && !poll.closed());
        turnout.setText(panel.t("poll.turnout", poll.ballots(), poll.electorate()));
        results.show(poll);
        voters.setText(poll.voters().isEmpty() ? "" : panel.t("poll.voters", String.join(", ", poll.voters())));
        voters.setVisible(!poll.voters().isEmpty());
    }

    private void castVote() {
        Ballot ballot = form.ballot();
        if (ballot != null && panel.vote(id, ballot)) {
            recorded.setText(panel.t("poll.vote-recorded"));
        }
    }

    private String time(java.time.Instant at) {
        if (at == null) {
            return "";
        }
        if (LocalDate.ofInstant(at, Lombardy.ZONE).equals(Formats.today())) {
            return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                    .withZone(Lombardy.ZONE).format(at);
        }
        return Formats.dateTime(at, getLocale());
    }
}
