package it.lombardia.codesign.programme.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import it.lombardia.codesign.programme.ChangeKind;
import it.lombardia.codesign.programme.EditionDiff;
import it.lombardia.codesign.programme.MacroThemeRef;
import it.lombardia.codesign.programme.PriorityChange;
import it.lombardia.codesign.programme.PriorityContent;
import it.lombardia.codesign.ui.Badge;
import it.lombardia.codesign.ui.SideBySideDiff;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The priorities grouped by kind of change, with a filter (unchanged ones hidden at first). Each
 * priority opens to show what changed, field by field; the comparison is built when it is opened.
 */
final class PriorityChangeList extends Div {

    static final Set<ChangeKind> DEFAULT_KINDS = EnumSet.complementOf(EnumSet.of(ChangeKind.UNCHANGED));

    private final EditionDiff diff;
    private final ChangeTexts texts;
    private final CheckboxGroup<ChangeKind> filter = new CheckboxGroup<>();
    private final Div groups = new Div();

    PriorityChangeList(EditionDiff diff, ChangeTexts texts) {
        this.diff = diff;
        this.texts = texts;
        addClassName("comparison-priorities");
        H2 heading = new H2(getTranslation("comparison.priorities.heading"));
        heading.setId("comparison-priorities-heading");
        filter.setLabel(getTranslation("comparison.priorities.filter"));
        filter.setItems(ChangeKind.values());
        filter.setItemLabelGenerator(k -> getTranslation("comparison.priorities.group", getTranslation(k.labelKey()),
                diff.count(k)));
        filter.setValue(DEFAULT_KINDS);
        filter.addValueChangeListener(e -> showGroups());
        filter.addClassName("comparison-filter");
        groups.addClassName("comparison-groups");
        groups.getElement().setAttribute("aria-live", "polite");
        add(heading, filter, groups);
        showGroups();
    }

    /** Shows only these kinds (a summary tile was chosen) and brings the list into view. */
    void show(Set<ChangeKind> kinds) {
        filter.setValue(kinds);
        scrollIntoView();
    }

    Set<ChangeKind> shownKinds() {
        return filter.getValue();
    }

    private void showGroups() {
        groups.removeAll();
        Set<ChangeKind> kinds = filter.getValue();
        for (ChangeKind kind : ChangeKind.values()) {
            List<PriorityChange> changes = diff.priorities(kind);
            if (!kinds.contains(kind) || changes.isEmpty()) {
                continue;
            }
            Section group = new Section(new H3(getTranslation("comparison.priorities.group",
                    getTranslation(kind.labelKey()), changes.size())));
            group.addClassNames("comparison-group", "comparison-group-" + kind.name().toLowerCase());
            group.add(new Paragraph(getTranslation("comparison.kind.description." + kind.name())));
            for (PriorityChange change : changes) {
                group.add(item(change));
            }
            groups.add(group);
        }
        if (groups.getComponentCount() == 0) {
            groups.add(new Paragraph(getTranslation("comparison.priorities.empty")));
        }
    }

    private Details item(PriorityChange change) {
        PriorityContent p = change.latest();
        MacroThemeRef macroTheme = change.after() != null ? change.macroThemeAfter() : change.macroThemeBefore();
        Span summary = new Span(macroTheme.displayOrder() + "." + p.displayOrder() + " " + p.title());
        summary.addClassName("comparison-priority-title");
        for (ChangeKind kind : change.kinds()) {
            summary.add(new Badge(getTranslation(kind.labelKey()), "small", kind == ChangeKind.RETIRED ? "error"
                    : kind == ChangeKind.NEW ? "success" : "contrast"));
        }
        Div body = new Div();
        body.addClassName("comparison-priority-body");
        Details details = new Details(summary, body);
        details.addClassName("comparison-priority");
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && body.getComponentCount() == 0) {
                fill(body, change);
            }
        });
        return details;
    }

    private void fill(Div body, PriorityChange change) {
        String before = diff.before().periodLabel();
        String after = diff.after().periodLabel();
        if (change.moved()) {
            Paragraph moved = new Paragraph(getTranslation("comparison.priority.moved",
                    change.macroThemeBefore().title(), change.macroThemeAfter().title()));
            moved.addClassName("comparison-moved");
            body.add(moved);
        } else {
            body.add(new Paragraph(getTranslation("comparison.priority.macro-theme",
                    (change.after() != null ? change.macroThemeAfter() : change.macroThemeBefore()).title())));
        }
        if (!change.changedFields().isEmpty()) {
            body.add(new Paragraph(getTranslation("comparison.priority.changed-fields",
                    change.changedFields().stream().map(texts::label).collect(Collectors.joining(", ")))));
        }
        if (change.before() == null) {
            body.add(SideBySideDiff.onlyAfter(after, texts.rows(null, change.after())));
        } else if (change.after() == null) {
            body.add(SideBySideDiff.onlyBefore(before, texts.rows(change.before(), null)));
        } else {
            body.add(new SideBySideDiff(before, after, texts.rows(change.before(), change.after())));
        }
    }
}
