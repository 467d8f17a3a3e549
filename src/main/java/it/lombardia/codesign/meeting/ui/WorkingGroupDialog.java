package it.lombardia.codesign.meeting.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.catalog.Ecosystem;
import it.lombardia.codesign.catalog.TechCluster;
import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.identity.Contact;
import it.lombardia.codesign.meeting.WorkingGroupDetails;
import it.lombardia.codesign.meeting.WorkingGroupDraft;
import it.lombardia.codesign.meeting.WorkingGroupService;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Notifications;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Creates or changes a working group. A refusal of the service is shown at the field it concerns
 * (or as a notification) and the dialog stays open with everything typed.
 */
class WorkingGroupDialog extends Dialog {

    private final WorkingGroupService groups;
    private final WorkingGroupDetails existing;
    private final LongConsumer onSaved;
    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final MultiSelectComboBox<String> clusters = new MultiSelectComboBox<>();
    final ComboBox<String> ecosystem = new ComboBox<>();
    final MultiSelectComboBox<String> members = new MultiSelectComboBox<>();

    /** {@code existing} null for a new group, then {@code myClusters} are pre-selected. */
    WorkingGroupDialog(WorkingGroupService groups, CatalogService catalog, AccountDirectory directory,
                       WorkingGroupDetails existing, Set<String> myClusters, LongConsumer onSaved) {
        this.groups = groups;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("group-dialog");
        setHeaderTitle(existing == null ? getTranslation("meeting.group.new")
                : getTranslation("meeting.group.edit-title", existing.name()));
        name.setLabel(getTranslation("meeting.group.name"));
        name.setId("group-name");
        name.setRequired(true);
        name.setMaxLength(WorkingGroupService.NAME_MAX);
        description.setLabel(getTranslation("meeting.group.description"));
        description.setId("group-description");
        description.setMaxLength(WorkingGroupService.DESCRIPTION_MAX);
        Map<String, TechCluster> byCode = catalog.clusters().stream()
                .collect(Collectors.toMap(TechCluster::code, c -> c));
        clusters.setLabel(getTranslation("meeting.group.clusters"));
        clusters.setId("group-clusters");
        clusters.setRequired(true);
        clusters.setItems(catalog.clusters().stream().map(TechCluster::code).toList());
        clusters.setItemLabelGenerator(code -> byCode.containsKey(code)
                ? byCode.get(code).shortLabel(getLocale()) + " \u2013 " + byCode.get(code).name(getLocale()) : code);
        clusters.setHelperText(getTranslation("meeting.group.clusters-help"));
        Map<String, Ecosystem> ecosystems = catalog.ecosystems().stream()
                .collect(Collectors.toMap(Ecosystem::code, e -> e));
        ecosystem.setLabel(getTranslation("meeting.group.ecosystem"));
        ecosystem.setId("group-ecosystem");
        ecosystem.setClearButtonVisible(true);
        ecosystem.setItems(catalog.ecosystems().stream().map(Ecosystem::code).toList());
        ecosystem.setItemLabelGenerator(code -> ecosystems.containsKey(code) ? ecosystems.get(code).name(getLocale()) : code);
        List<Contact> people = directory.enabledPeople();
        Map<String, String> names = people.stream().collect(Collectors.toMap(Contact::username, Contact::displayName));
        members.setLabel(getTranslation("meeting.group.members"));
        members.setId("group-members");
        members.setItems(people.stream().map(Contact::username).toList());
        members.setItemLabelGenerator(u -> names.getOrDefault(u, u));
        FormLayout form = new FormLayout(name, clusters, ecosystem, members, description);
        form.setColspan(description, 2);
        form.setColspan(members, 2);
        add(form);
        if (existing != null) {
            name.setValue(existing.name());
            description.setValue(existing.description() == null ? "" : existing.description());
            clusters.setValue(existing.clusterCodes());
            ecosystem.setValue(existing.ecosystemCode());
            members.setValue(existing.draft().members());
        } else {
            clusters.setValue(myClusters);
        }
        Button save = new Button(getTranslation("meeting.action.save"), e -> save());
        save.setId("group-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("meeting.action.close"), e -> close());
        cancel.setId("group-cancel");
        getFooter().add(cancel, save);
        setWidth("min(48rem, 95vw)");
    }

    WorkingGroupDraft draft() {
        return new WorkingGroupDraft(name.getValue(), description.getValue(), ecosystem.getValue(),
                clusters.getValue(), members.getValue());
    }

    void save() {
        clearErrors();
        if (name.getValue().isBlank()) {
            fieldError(name, getTranslation("meeting.error.group-name-required"));
            return;
        }
        if (clusters.getValue().isEmpty()) {
            fieldError(clusters, getTranslation("meeting.error.group-cluster-required"));
            return;
        }
        try {
            long id;
            if (existing == null) {
                id = groups.create(draft());
            } else {
                groups.update(existing.id(), existing.version(), draft());
                id = existing.id();
            }
            close();
            Notifications.success(getTranslation("meeting.group.saved"));
            onSaved.accept(id);
        } catch (TranslatableException e) {
            String message = getTranslation(e.messageKey(), e.arguments());
            switch (e.messageKey()) {
                case "meeting.error.group-name-required" -> fieldError(name, message);
                case "meeting.error.group-cluster-required", "meeting.error.group-cluster-yours",
                     "meeting.error.no-such-cluster" -> fieldError(clusters, message);
                case "meeting.error.no-such-ecosystem" -> fieldError(ecosystem, message);
                case "meeting.error.no-such-person" -> fieldError(members, message);
                case "meeting.error.too-long" -> fieldError(
                        name.getValue().strip().length() > WorkingGroupService.NAME_MAX ? name : description, message);
                default -> Notifications.error(message);
            }
        }
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(name, clusters, ecosystem, members, description)) {
            field.setInvalid(false);
        }
    }

    private static void fieldError(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
