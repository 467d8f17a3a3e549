package it.lombardia.codesign.identity.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.catalog.TechCluster;
import it.lombardia.codesign.identity.AccountDraft;
import it.lombardia.codesign.identity.AccountRules;
import it.lombardia.codesign.identity.AccountService;
import it.lombardia.codesign.identity.AccountSummary;
import it.lombardia.codesign.identity.Role;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Notifications;
import it.lombardia.codesign.ui.RequiredCheckboxGroup;
import java.util.Map;

/** Creates or edits one account. Errors appear at their fields; nothing is saved until all are fixed. */
class AccountDialog extends Dialog {

    private final AccountService accounts;
    private final AccountRules rules;
    private final AccountSummary existing;
    private final Runnable onSaved;
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField department = new TextField();
    private final CheckboxGroup<Role> roles = new RequiredCheckboxGroup<>();
    private final MultiSelectComboBox<String> clusters = new MultiSelectComboBox<>();
    private final PasswordField password = new PasswordField();
    private final Map<String, HasValidation> fields;

    AccountDialog(AccountService accounts, AccountRules rules, CatalogService catalog, AccountSummary existing,
                  Runnable onSaved) {
        this.accounts = accounts;
        this.rules = rules;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "users.new" : "users.edit", existing == null ? "" : existing.username()));
        username.setLabel(getTranslation("user.username"));
        username.setId("username");
        username.setHelperText(getTranslation("user.username-help"));
        displayName.setLabel(getTranslation("user.display-name"));
        displayName.setId("displayName");
        email.setLabel(getTranslation("user.email"));
        email.setId("email");
        department.setLabel(getTranslation("user.department"));
        department.setId("department");
        roles.setLabel(getTranslation("user.roles"));
        roles.setId("roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        clusters.setLabel(getTranslation("user.clusters"));
        clusters.setId("clusterCodes");
        clusters.setItems(catalog.clusters().stream().map(TechCluster::code).toList());
        clusters.setItemLabelGenerator(code -> catalog.cluster(code).map(c -> c.shortLabel(getLocale()) + " · " + c.name(getLocale())).orElse(code));
        password.setLabel(getTranslation(existing == null ? "user.password" : "user.new-password"));
        password.setId("password");
        password.setHelperText(getTranslation("user.password-help", AccountRules.PASSWORD_MIN));
        fields = Map.of("username", username, "displayName", displayName, "email", email, "department", department,
                "roles", roles, "clusterCodes", clusters, "password", password);

        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            displayName.setValue(existing.displayName());
            email.setValue(existing.email() == null ? "" : existing.email());
            department.setValue(existing.department() == null ? "" : existing.department());
            roles.setValue(existing.roles());
            clusters.setValue(existing.clusterCodes());
        }
        FormLayout form = new FormLayout(username, displayName, email, department, roles, clusters, password);
        form.setColspan(roles, 2);
        add(form);

        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel);
        if (existing != null) {
            Button toggle = new Button(getTranslation(existing.enabled() ? "users.disable" : "users.enable"), e -> toggleEnabled());
            toggle.setId("toggle-enabled");
            toggle.addThemeVariants(existing.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            getFooter().add(toggle);
        }
        getFooter().add(save);
        setWidth("min(720px, 95vw)");
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        AccountDraft draft = new AccountDraft(username.getValue().strip(), displayName.getValue(), email.getValue(),
                department.getValue(), roles.getValue(), clusters.getValue());
        Map<String, String> errors = new java.util.LinkedHashMap<>(rules.check(draft));
        boolean newPassword = existing == null || !password.isEmpty();
        if (newPassword) {
            String passwordError = AccountRules.checkPassword(password.getValue());
            if (passwordError != null) {
                errors.put("password", passwordError);
            }
        }
        if (!errors.isEmpty()) {
            showErrors(errors);
            return;
        }
        try {
            if (existing == null) {
                accounts.create(draft, password.getValue());
            } else {
                AccountSummary saved = accounts.update(existing.id(), existing.version(), draft);
                if (newPassword) {
                    accounts.resetPassword(saved.id(), saved.version(), password.getValue());
                }
            }
            Notifications.success(getTranslation("users.saved"));
            onSaved.run();
            close();
        } catch (InvalidInputException e) {
            showErrors(e.fieldErrors());
        } catch (TranslatableException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void toggleEnabled() {
        try {
            accounts.setEnabled(existing.id(), existing.version(), !existing.enabled());
            Notifications.success(getTranslation(existing.enabled() ? "users.disabled" : "users.enabled"));
            onSaved.run();
            close();
        } catch (TranslatableException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void showErrors(Map<String, String> errors) {
        errors.forEach((field, key) -> {
            HasValidation f = fields.get(field);
            if (f != null) {
                f.setErrorMessage(getTranslation(key, AccountRules.PASSWORD_MIN, AccountRules.PASSWORD_MAX));
                f.setInvalid(true);
            }
        });
        Notifications.error(getTranslation("form.fix-fields"));
    }

}
