package it.lombardia.codesign.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import it.lombardia.codesign.proposal.ProposalContent;
import it.lombardia.codesign.shared.TextDiff;
import it.lombardia.codesign.ui.Badge;
import it.lombardia.codesign.ui.DiffText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Field by field, the user's unsaved values next to the ones someone else saved meanwhile. Each
 * field where they differ offers "theirs" or "mine": fields only the other person changed start on
 * theirs, fields the user changed start on mine, and fields both changed are marked as such.
 * Applying puts the chosen values into the form, on top of the other person's version; nothing is
 * saved until the user saves.
 */
class MergePanel extends Div {

    enum Choice { THEIRS, MINE }

    private final Map<VersionComparison.Field, RadioButtonGroup<Choice>> choices = new LinkedHashMap<>();

    MergePanel(VersionComparison comparison, ProposalContent base, ProposalContent mine, ProposalContent theirs,
               String theirName, Consumer<ProposalContent> apply, Runnable cancel) {
        addClassName("merge-panel");
        setId("merge-panel");
        add(new H3(getTranslation("proposal.merge.title")));
        for (VersionComparison.Field field : comparison.fields()) {
            if (ContentMerge.same(field, mine, theirs)) {
                continue;
            }
            boolean mineChanged = !ContentMerge.same(field, base, mine);
            boolean theirsChanged = !ContentMerge.same(field, base, theirs);
            add(row(field, mine, theirs, theirName, mineChanged, theirsChanged));
        }
        if (choices.isEmpty()) {
            add(new Paragraph(getTranslation("proposal.merge.nothing-differs")));
        } else {
            add(new Paragraph(getTranslation("proposal.merge.help", theirName)));
        }
        Button applyButton = new Button(getTranslation("proposal.merge.apply"), e -> apply.accept(merged(mine, theirs)));
        applyButton.setId("merge-apply");
        applyButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancelButton = new Button(getTranslation("action.cancel"), e -> cancel.run());
        cancelButton.setId("merge-cancel");
        add(new HorizontalLayout(applyButton, cancelButton));
    }

    private Div row(VersionComparison.Field field, ProposalContent mine, ProposalContent theirs, String theirName,
                    boolean mineChanged, boolean theirsChanged) {
        String label = getTranslation(field.labelKey());
        Div row = new Div();
        row.addClassName("merge-row");
        row.getElement().setAttribute("data-field", field.components().getFirst());
        Span heading = new Span(label);
        heading.addClassName("merge-field");
        String whoKey = mineChanged && theirsChanged ? "proposal.merge.both-changed"
                : theirsChanged ? "proposal.merge.they-changed" : "proposal.merge.you-changed";
        row.add(new Div(heading, new Badge(getTranslation(whoKey, theirName),
                mineChanged && theirsChanged ? "error" : "contrast")));
        TextDiff diff = TextDiff.compare(Objects.toString(field.text().apply(mine), ""),
                Objects.toString(field.text().apply(theirs), ""));
        Div yours = side(getTranslation("proposal.merge.yours"), DiffText.before(diff));
        Div others = side(getTranslation("proposal.merge.theirs", theirName), DiffText.after(diff));
        Div sides = new Div(yours, others);
        sides.addClassName("merge-sides");
        RadioButtonGroup<Choice> choice = new RadioButtonGroup<>();
        choice.setAriaLabel(getTranslation("proposal.merge.choice", label));
        choice.setItems(Choice.values());
        choice.setItemLabelGenerator(c -> c == Choice.THEIRS ? getTranslation("proposal.merge.take-theirs", theirName)
                : getTranslation("proposal.merge.keep-mine"));
        choice.setValue(mineChanged ? Choice.MINE : Choice.THEIRS);
        choice.addClassName("merge-choice");
        choices.put(field, choice);
        row.add(sides, choice);
        return row;
    }

    private static Div side(String caption, DiffText text) {
        Span title = new Span(caption);
        title.addClassName("merge-side-title");
        Div side = new Div(title, text);
        side.addClassName("merge-side");
        return side;
    }

    /** The chosen values: theirs where chosen, the user's elsewhere (also where both are the same). */
    ProposalContent merged(ProposalContent mine, ProposalContent theirs) {
        Set<String> takeTheirs = choices.entrySet().stream()
                .filter(e -> e.getValue().getValue() == Choice.THEIRS)
                .flatMap(e -> e.getKey().components().stream())
                .collect(Collectors.toSet());
        return ContentMerge.merge(mine, theirs, takeTheirs);
    }
}
