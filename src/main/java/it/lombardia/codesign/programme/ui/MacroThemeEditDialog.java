package it.lombardia.codesign.programme.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.catalog.Ecosystem;
import it.lombardia.codesign.programme.MacroThemeContent;
import it.lombardia.codesign.programme.MacroThemeText;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.TranslatableException;
import org.springframework.dao.OptimisticLockingFailureException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Title, description and ecosystems of a macro-theme, checked here and by the service. */
class MacroThemeEditDialog extends Dialog {

    private final Binder<Form> binder = new Binder<>();
    private final Form form;
    private final Consumer<MacroThemeText> save;
    private final Runnable onSaved;
    private final Consumer<RuntimeException> onRefused;
    private final Map<String, HasValidation> fields;

    MacroThemeEditDialog(MacroThemeContent macroTheme, CatalogService catalog, Consumer<MacroThemeText> save,
                         Runnable onSaved, Consumer<RuntimeException> onRefused) {
        this.form = new Form(macroTheme);
        this.save = save;
        this.onSaved = onSaved;
        this.onRefused = onRefused;
        setId("macro-theme-edit-dialog");
        setHeaderTitle(getTranslation("consolidation.edit-macro-theme.title", macroTheme.displayOrder()));
        TextField title = new TextField(getTranslation("consolidation.field.title"));
        title.setId("macro-theme-title");
        title.setMaxLength(200);
        binder.forField(title).asRequired(getTranslation("validation.required"))
                .withValidator(v -> v.strip().length() <= 200, getTranslation("consolidation.validation.title-long"))
                .bind(f -> f.title, (f, v) -> f.title = v);
        TextArea description = new TextArea(getTranslation("consolidation.field.description"));
        description.setId("macro-theme-description");
        description.setMaxLength(10_000);
        binder.forField(description).bind(f -> f.description, (f, v) -> f.description = v);
        MultiSelectComboBox<String> ecosystems = new MultiSelectComboBox<>(getTranslation("consolidation.field.ecosystems"));
        ecosystems.setId("macro-theme-ecosystems");
        ecosystems.setItems(catalog.ecosystems().stream().map(Ecosystem::code).toList());
        ecosystems.setItemLabelGenerator(code -> catalog.ecosystem(code).map(e -> e.name(getLocale())).orElse(code));
        ecosystems.setAutoExpand(MultiSelectComboBox.AutoExpandMode.BOTH);
        binder.forField(ecosystems).bind(f -> f.ecosystems, (f, v) -> f.ecosystems = new HashSet<>(v));
        fields = Map.of("title", title, "description", description, "ecosystemCodes", ecosystems);
        FormLayout layout = new FormLayout(title, description, ecosystems);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(layout);
        binder.readBean(form);

        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        Button ok = new Button(getTranslation("action.save"), e -> save());
        ok.setId("save-macro-theme");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, ok);
        setWidth("min(640px, 95vw)");
    }

    private void save() {
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            save.accept(new MacroThemeText(form.title, form.description, form.ecosystems));
            close();
            onSaved.run();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> {
                HasValidation f = fields.get(field);
                if (f != null) {
                    f.setErrorMessage(getTranslation(key));
                    f.setInvalid(true);
                }
            });
        } catch (TranslatableException | OptimisticLockingFailureException e) {
            close();
            onRefused.accept(e);
        }
    }

    static final class Form {
        String title;
        String description;
        Set<String> ecosystems;

        Form(MacroThemeContent m) {
            title = m.title();
            description = m.description() == null ? "" : m.description();
            ecosystems = new HashSet<>(m.ecosystemCodes());
        }
    }
}
