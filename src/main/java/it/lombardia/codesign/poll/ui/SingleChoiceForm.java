package it.lombardia.codesign.poll.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import it.lombardia.codesign.poll.Ballot;
import it.lombardia.codesign.poll.PollView;

/** One option, with radio buttons. */
class SingleChoiceForm extends BallotForm {

    final RadioButtonGroup<PollView.Option> choice = new RadioButtonGroup<>();

    SingleChoiceForm(PollView poll) {
        super(poll);
        choice.setLabel(t("poll.ballot.single"));
        choice.setItems(poll.options());
        choice.setItemLabelGenerator(PollView.Option::label);
        choice.addClassName("poll-single-choice");
        choice.addValueChangeListener(e -> choice.setInvalid(false));
        add(choice);
    }

    @Override
    Ballot ballot() {
        if (choice.getValue() == null) {
            choice.setErrorMessage(t("poll.ballot.single.required"));
            choice.setInvalid(true);
            return null;
        }
        return Ballot.single(choice.getValue().id());
    }

    @Override
    void show(Ballot ballot) {
        choice.setValue(poll.options().stream().filter(o -> ballot.weight(o.id()) > 0).findFirst().orElse(null));
    }

    @Override
    void setReadOnly(boolean readOnly) {
        choice.setReadOnly(readOnly);
    }
}
