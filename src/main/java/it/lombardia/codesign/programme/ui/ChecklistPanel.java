package it.lombardia.codesign.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import it.lombardia.codesign.programme.ChecklistItem;
import it.lombardia.codesign.programme.EditionChecklist;
import it.lombardia.codesign.ui.Badge;
import java.util.Optional;
import java.util.function.Function;

/**
 * What still stands between the edition and its adoption, blocking items first; each item leads to
 * the macro-theme or priority it concerns. The severity is written out, never shown by colour alone.
 */
class ChecklistPanel extends Section {

    ChecklistPanel(EditionChecklist checklist, Function<ChecklistItem, Optional<Component>> targetOf) {
        setId("checklist");
        addClassNames("card", "consolidation-checklist");
        add(new H2(getTranslation("consolidation.checklist.title")));
        Paragraph counts = new Paragraph(getTranslation("consolidation.checklist.counts",
                checklist.blockingCount(), checklist.warningCount()));
        counts.setId("checklist-counts");
        add(counts);
        if (checklist.readyToAdopt()) {
            Paragraph ready = new Paragraph(getTranslation("consolidation.checklist.ready"));
            ready.setId("checklist-ready");
            ready.addClassName("checklist-ready");
            add(ready);
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("checklist-items");
        for (ChecklistItem item : checklist.items()) {
            String text = getTranslation(item.messageKey(), item.args().toArray());
            Badge severity = new Badge(getTranslation(item.blocking() ? "consolidation.checklist.blocking"
                    : "consolidation.checklist.warning"), item.blocking() ? "error" : "contrast", "small");
            ListItem row = new ListItem(severity, new Span(text));
            row.addClassName(item.blocking() ? "checklist-blocking" : "checklist-warning");
            targetOf.apply(item).ifPresent(target -> {
                Button show = new Button(getTranslation("consolidation.checklist.show"), e -> {
                    target.getElement().callJsFunction("scrollIntoView");
                    target.getElement().callJsFunction("focus");
                });
                show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                show.setAriaLabel(getTranslation("consolidation.checklist.show-aria", text));
                row.add(show);
            });
            list.add(row);
        }
        add(list);
    }
}
