package it.lombardia.codesign.poll.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import it.lombardia.codesign.poll.Ballot;
import it.lombardia.codesign.poll.PollView;
import it.lombardia.codesign.ui.RequiredCheckboxGroup;
import java.util.Set;
import java.util.stream.Collectors;

/** One to the poll's maximum of options, with check boxes; choosing more is refused at the boxes. */
class MultipleChoiceForm extends BallotForm {

    final CheckboxGroup<PollView.Option> choice = new RequiredCheckboxGroup<>();

    MultipleChoiceForm(PollView poll) {
        super(poll);
        choice.setLabel(t("poll.ballot.multiple", poll.maxChoices()));
        choice.setItems(poll.options());
        choice.setItemLabelGenerator(PollView.Option::label);
        choice.addClassName("poll-multiple-choice");
        choice.addValueChangeListener(e -> tooMany());
        add(choice);
    }

    private boolean tooMany() {
        boolean tooMany = choice.getValue().size() > poll.maxChoices();
        choice.setErrorMessage(tooMany ? t("poll.ballot.multiple.too-many", poll.maxChoices()) : null);
        choice.setInvalid(tooMany);
        return tooMany;
    }

    @Override
    Ballot ballot() {
        if (tooMany()) {
            return null;
        }
        if (choice.getValue().isEmpty()) {
            choice.setErrorMessage(t("poll.ballot.multiple.required"));
            choice.setInvalid(true);
            return null;
        }
        return Ballot.multiple(choice.getValue().stream().map(PollView.Option::id).toList());
    }

    @Override
    void show(Ballot ballot) {
        Set<PollView.Option> chosen = poll.options().stream().filter(o -> ballot.weight(o.id()) > 0)
                .collect(Collectors.toSet());
        choice.setValue(chosen);
    }

    @Override
    void setReadOnly(boolean readOnly) {
        choice.setReadOnly(readOnly);
    }
}
