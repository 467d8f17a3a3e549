package it.lombardia.codesign.round.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import it.lombardia.codesign.programme.CarryOver;
import it.lombardia.codesign.programme.EditionContent;
import it.lombardia.codesign.programme.MacroThemeContent;
import it.lombardia.codesign.programme.PriorityContent;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The step of opening a round that decides, for each priority of the adopted edition, whether it is
 * carried over unchanged, proposed for change or proposed for retirement (unchanged unless chosen).
 * The choices travel with the new edition's copies, where consolidation picks them up.
 */
class CarryOverChoices extends Details {

    private final Map<Long, RadioButtonGroup<CarryOver>> choices = new LinkedHashMap<>();
    private final Paragraph counts = new Paragraph();

    CarryOverChoices(EditionContent base) {
        setId("carry-over");
        addClassName("carry-over-choices");
        setSummaryText(getTranslation("round.carry-over.title", base.edition().periodLabel()));
        Div content = new Div();
        content.add(new Paragraph(getTranslation("round.carry-over.help")));
        counts.setId("carry-over-counts");
        counts.getElement().setAttribute("aria-live", "polite");
        content.add(counts);
        for (MacroThemeContent m : base.macroThemes()) {
            FieldSet group = new FieldSet(m.displayOrder() + ". " + m.title());
            group.addClassName("carry-over-macro-theme");
            for (PriorityContent p : m.priorities()) {
                RadioButtonGroup<CarryOver> choice = new RadioButtonGroup<>(
                        m.displayOrder() + "." + p.displayOrder() + " " + p.title());
                choice.setId("carry-over-" + p.id());
                choice.setItems(Arrays.asList(CarryOver.values()));
                choice.setItemLabelGenerator(c -> getTranslation("round.carry-over.choice." + c.name()));
                choice.setValue(CarryOver.KEEP);
                choice.addValueChangeListener(e -> {
                    if (e.getValue() == null) {
                        choice.setValue(CarryOver.KEEP);
                    }
                    showCounts();
                });
                choices.put(p.id(), choice);
                group.add(choice);
            }
            content.add(group);
        }
        add(content);
        showCounts();
    }

    /** What was chosen for each priority of the adopted edition, by its id; everything not listed is kept. */
    Map<Long, CarryOver> choices() {
        Map<Long, CarryOver> chosen = new LinkedHashMap<>();
        choices.forEach((id, group) -> {
            if (group.getValue() != null && group.getValue() != CarryOver.KEEP) {
                chosen.put(id, group.getValue());
            }
        });
        return chosen;
    }

    private void showCounts() {
        Map<CarryOver, Integer> count = new EnumMap<>(CarryOver.class);
        choices.values().forEach(g -> count.merge(g.getValue() == null ? CarryOver.KEEP : g.getValue(), 1, Integer::sum));
        counts.setText(getTranslation("round.carry-over.counts", count.getOrDefault(CarryOver.KEEP, 0),
                count.getOrDefault(CarryOver.CHANGE, 0), count.getOrDefault(CarryOver.RETIRE, 0)));
    }
}
