package it.lombardia.codesign.poll.ui;

import com.vaadin.flow.component.html.Div;
import it.lombardia.codesign.poll.Ballot;
import it.lombardia.codesign.poll.PollView;

/** Where a voter fills in their ballot, one kind per poll kind. */
abstract class BallotForm extends Div {

    protected final PollView poll;

    BallotForm(PollView poll) {
        this.poll = poll;
        addClassName("poll-ballot-form");
    }

    static BallotForm of(PollView poll) {
        return switch (poll.kind()) {
            case SINGLE -> new SingleChoiceForm(poll);
            case MULTIPLE -> new MultipleChoiceForm(poll);
            case DOTS -> new DotsForm(poll);
            case RANKING -> new RankingForm(poll);
        };
    }

    /** The ballot as filled in, or null (with the reason shown at the form) when it is not a valid one yet. */
    abstract Ballot ballot();

    /** Shows the ballot (the voter's own) as the form's choice. */
    abstract void show(Ballot ballot);

    abstract void setReadOnly(boolean readOnly);

    String t(String key, Object... arguments) {
        return getTranslation(key, arguments);
    }
}
