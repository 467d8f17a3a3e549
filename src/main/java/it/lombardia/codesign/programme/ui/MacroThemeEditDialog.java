package it.lombardia.codesign.programme.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.catalog.Ecosystem;
import it.lombardia.codesign.programme.MacroThemeContent;
import it.lombardia.codesign.programme.MacroThemeText;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Title, description and ecosystems of a macro-theme, checked here and by the service. What is
 * typed is kept when a colleague saves the macro-theme meanwhile (see {@link WordingDialog}).
 */
class MacroThemeEditDialog extends WordingDialog<MacroThemeContent> {

    private final Binder<Form> binder = new Binder<>();
    private final Save<MacroThemeText> save;
    private final Map<String, HasValidation> fields;

    MacroThemeEditDialog(Saved<MacroThemeContent> opened, CatalogService catalog, Save<MacroThemeText> save,
                         Supplier<Optional<Saved<MacroThemeContent>>> latest, Runnable onSaved,
                         Consumer<RuntimeException> onRefused) {
        super("macro-theme", latest, onSaved, onRefused);
        this.save = save;
        MacroThemeContent macroTheme = opened.content();
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
        start(opened, List.of(title, description, ecosystems));

        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        Button ok = new Button(getTranslation("action.save"), e -> save());
        ok.setId("save-macro-theme");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, ok);
        setWidth("min(640px, 95vw)");
    }

    @Override
    Map<String, HasValidation> fields() {
        return fields;
    }

    @Override
    void read(MacroThemeContent content) {
        binder.readBean(new Form(content));
    }

    @Override
    boolean write(long version) {
        Form form = new Form(session.base().content());
        if (!binder.writeBeanIfValid(form)) {
            return false;
        }
        save.save(version, new MacroThemeText(form.title, form.description, form.ecosystems));
        return true;
    }

    @Override
    Map<String, String> wording(MacroThemeContent content) {
        return wording(new Form(content));
    }

    @Override
    Map<String, String> typedWording() {
        Form typed = new Form(session.base().content());
        binder.writeBeanAsDraft(typed, true);
        return wording(typed);
    }

    private Map<String, String> wording(Form f) {
        Map<String, String> wording = new LinkedHashMap<>();
        wording.put(getTranslation("consolidation.field.title"), text(f.title));
        wording.put(getTranslation("consolidation.field.description"), text(f.description));
        wording.put(getTranslation("consolidation.field.ecosystems"), joined(f.ecosystems, String::valueOf));
        return wording;
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
