package it.lombardia.codesign.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.lombardia.codesign.meeting.AgendaItemDraft;
import it.lombardia.codesign.meeting.MeetingService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One agenda item in the meeting editor: title, minutes, notes and the proposals it is about. */
class AgendaItemRow extends Div {

    private final Long id;
    final TextField title = new TextField();
    final IntegerField minutes = new IntegerField();
    final TextArea description = new TextArea();
    final MultiSelectComboBox<Long> proposals = new MultiSelectComboBox<>();
    final Button up = new Button(VaadinIcon.ARROW_UP.create());
    final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button remove = new Button(VaadinIcon.TRASH.create());

    AgendaItemRow(AgendaItemDraft item, Map<Long, String> proposalTitles, boolean proposalsAvailable) {
        this.id = item == null ? null : item.id();
        addClassNames("card", "agenda-row");
        title.setLabel(getTranslation("meeting.agenda.item-title"));
        title.setRequired(true);
        title.setMaxLength(MeetingService.TITLE_MAX);
        title.addClassName("agenda-title");
        title.setWidth("24rem");
        minutes.setLabel(getTranslation("meeting.agenda.item-minutes"));
        minutes.setMin(1);
        minutes.setMax(MeetingService.MAX_DURATION);
        minutes.setStepButtonsVisible(true);
        minutes.addClassName("agenda-minutes");
        minutes.setWidth("9rem");
        description.setLabel(getTranslation("meeting.agenda.item-description"));
        description.addClassName("agenda-description");
        description.setWidthFull();
        proposals.setLabel(getTranslation("meeting.agenda.item-proposals"));
        proposals.addClassName("agenda-proposals");
        proposals.setItems(new ArrayList<>(proposalTitles.keySet()));
        proposals.setItemLabelGenerator(pid -> proposalTitles.getOrDefault(pid, "#" + pid));
        proposals.setWidthFull();
        proposals.setEnabled(proposalsAvailable);
        if (!proposalsAvailable) {
            proposals.setHelperText(getTranslation("meeting.agenda.no-open-round"));
        }
        up.setAriaLabel(getTranslation("meeting.agenda.up"));
        up.setTooltipText(getTranslation("meeting.agenda.up"));
        up.addClassName("agenda-up");
        down.setAriaLabel(getTranslation("meeting.agenda.down"));
        down.setTooltipText(getTranslation("meeting.agenda.down"));
        down.addClassName("agenda-down");
        remove.setAriaLabel(getTranslation("meeting.agenda.remove"));
        remove.setTooltipText(getTranslation("meeting.agenda.remove"));
        remove.addClassName("agenda-remove");
        for (Button b : List.of(up, down, remove)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout top = new HorizontalLayout(title, minutes, up, down, remove);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWrap(true);
        add(top, proposals, description);
        if (item != null) {
            title.setValue(item.title() == null ? "" : item.title());
            minutes.setValue(item.durationMinutes());
            description.setValue(item.description() == null ? "" : item.description());
            proposals.setValue(new java.util.LinkedHashSet<>(item.proposalIds()));
        }
    }

    AgendaItemDraft draft() {
        return new AgendaItemDraft(id, title.getValue(), description.getValue(), minutes.getValue(),
                List.copyOf(proposals.getValue()));
    }
}
