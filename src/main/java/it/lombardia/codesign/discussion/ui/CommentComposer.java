package it.lombardia.codesign.discussion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import it.lombardia.codesign.discussion.DiscussionText;
import it.lombardia.codesign.discussion.Person;
import java.util.List;
import java.util.function.Function;

/**
 * Where a comment is written: the text, a list of people to mention (inserts {@code @username}),
 * for Region staff an "internal" choice, and the button. Its text survives every live refresh of
 * the list around it: the panel keeps this component and never rebuilds it while in use.
 */
class CommentComposer extends Div {

    interface Action {
        /** Sends the text; returns normally when it was saved. */
        void send(String body, boolean internal);
    }

    final TextArea text = new TextArea();
    final ComboBox<Person> mention = new ComboBox<>();
    final Checkbox internal = new Checkbox();
    final Button send = new Button();

    CommentComposer(String label, String sendLabel, boolean offerInternal, Function<Boolean, List<Person>> people,
                    Action action, Component... before) {
        addClassName("discussion-composer");
        text.setLabel(label);
        text.setWidthFull();
        text.setMinRows(2);
        text.setMaxLength(DiscussionText.BODY_MAX);
        // Sent on change (blur), which the browser delivers before the click on the send button; a lazy
        // sync could arrive after the click and send an empty comment.
        text.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        text.setHelperText(getTranslation("discussion.composer.help"));
        text.addClassName("discussion-text");
        text.addValueChangeListener(e -> text.setInvalid(false));

        mention.setLabel(getTranslation("discussion.mention"));
        mention.setPlaceholder(getTranslation("discussion.mention.placeholder"));
        mention.setItemLabelGenerator(p -> p.displayName() + " (" + p.mention() + ")");
        mention.addClassName("discussion-mention-choice");
        mention.setItems(people.apply(false));
        mention.addValueChangeListener(e -> insertMention(e.getValue()));

        internal.setLabel(getTranslation("discussion.internal.choice"));
        internal.addClassName("discussion-internal-choice");
        internal.setVisible(offerInternal);
        internal.addValueChangeListener(e -> mention.setItems(people.apply(e.getValue())));

        send.setText(sendLabel);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("discussion-send");
        send.addClickListener(e -> {
            try {
                action.send(text.getValue(), internal.getValue());
            } catch (FieldError error) {
                text.setErrorMessage(error.getMessage());
                text.setInvalid(true);
                text.focus();
            }
        });

        Div tools = new Div(mention, internal, send);
        tools.addClassName("discussion-composer-tools");
        tools.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline")
                .set("gap", "var(--lumo-space-m)");
        add(before);
        add(text, tools);
    }

    void insertMention(Person person) {
        if (person == null) {
            return;
        }
        String value = text.getValue();
        String gap = value.isEmpty() || value.endsWith(" ") || value.endsWith("\n") ? "" : " ";
        text.setValue(value + gap + person.mention() + " ");
        mention.clear();
        text.focus();
    }

    void clear() {
        text.clear();
        text.setInvalid(false);
        internal.clear();
    }

    /** Thrown by an action to show a message at the text, the input kept as it was. */
    static final class FieldError extends RuntimeException {
        FieldError(String message) {
            super(message);
        }
    }
}
