package it.lombardia.codesign.programme.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.catalog.HorizonCluster;
import it.lombardia.codesign.catalog.PnrrComponent;
import it.lombardia.codesign.catalog.SustainableDevelopmentGoal;
import it.lombardia.codesign.catalog.TechCluster;
import it.lombardia.codesign.programme.PriorityContent;
import it.lombardia.codesign.programme.PriorityText;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.TranslatableException;
import org.springframework.dao.OptimisticLockingFailureException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every field of a priority, checked as it is typed (Binder) and again by the service, whose reasons
 * appear next to their fields; nothing is saved while anything is wrong.
 */
class PriorityEditDialog extends Dialog {

    private final Binder<Form> binder = new Binder<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Form form;
    private final Consumer<PriorityText> save;
    private final Runnable onSaved;
    private final Consumer<RuntimeException> onRefused;

    PriorityEditDialog(String number, PriorityContent priority, CatalogService catalog, Consumer<PriorityText> save,
                       Runnable onSaved, Consumer<RuntimeException> onRefused) {
        this.form = new Form(priority);
        this.save = save;
        this.onSaved = onSaved;
        this.onRefused = onRefused;
        setId("priority-edit-dialog");
        setHeaderTitle(getTranslation("consolidation.edit-priority.title", number));
        var locale = getLocale();

        TextField title = new TextField(getTranslation("consolidation.field.title"));
        title.setId("priority-title");
        title.setMaxLength(200);
        binder.forField(title).asRequired(getTranslation("validation.required"))
                .withValidator(v -> v.strip().length() <= 200, getTranslation("consolidation.validation.title-long"))
                .bind(f -> f.title, (f, v) -> f.title = v);
        TextArea description = area("priority-description", "consolidation.field.description");
        binder.forField(description).bind(f -> f.description, (f, v) -> f.description = v);
        TextArea ecosystemImpact = area("priority-ecosystem-impact", "consolidation.field.ecosystem-impact");
        binder.forField(ecosystemImpact).bind(f -> f.ecosystemImpact, (f, v) -> f.ecosystemImpact = v);
        TextArea territorialImpact = area("priority-territorial-impact", "consolidation.field.territorial-impact");
        binder.forField(territorialImpact).bind(f -> f.territorialImpact, (f, v) -> f.territorialImpact = v);

        IntegerField trlMin = trl("priority-trl-min", "consolidation.field.trl-min");
        IntegerField trlMax = trl("priority-trl-max", "consolidation.field.trl-max");
        binder.forField(trlMin).asRequired(getTranslation("validation.required"))
                .withValidator(v -> v >= 1 && v <= 9, getTranslation("validation.trl-range"))
                .bind(f -> f.trlMin, (f, v) -> f.trlMin = v);
        binder.forField(trlMax).asRequired(getTranslation("validation.required"))
                .withValidator(v -> v >= 1 && v <= 9, getTranslation("validation.trl-range"))
                .withValidator(v -> trlMin.getValue() == null || v >= trlMin.getValue(),
                        getTranslation("validation.trl-order"))
                .bind(f -> f.trlMax, (f, v) -> f.trlMax = v);
        trlMin.addValueChangeListener(e -> {
            if (trlMax.getValue() != null) {
                binder.validate();
            }
        });

        MultiSelectComboBox<String> pnrr = multi("priority-pnrr", "consolidation.field.pnrr");
        pnrr.setItems(catalog.pnrrComponents().stream().map(PnrrComponent::code).toList());
        pnrr.setItemLabelGenerator(code -> {
            PnrrComponent c = catalog.pnrrByCode().get(code);
            return c == null ? code : code + " " + c.title(locale);
        });
        binder.forField(pnrr).bind(f -> f.pnrr, (f, v) -> f.pnrr = new HashSet<>(v));
        MultiSelectComboBox<Integer> sdgs = multi("priority-sdgs", "consolidation.field.sdgs");
        sdgs.setItems(catalog.sdgs().stream().map(SustainableDevelopmentGoal::number).toList());
        sdgs.setItemLabelGenerator(n -> {
            SustainableDevelopmentGoal g = catalog.sdgsByNumber().get(n);
            return g == null ? String.valueOf(n) : g.label(locale);
        });
        binder.forField(sdgs).bind(f -> f.sdgs, (f, v) -> f.sdgs = new HashSet<>(v));
        MultiSelectComboBox<String> horizon = multi("priority-horizon", "consolidation.field.horizon");
        horizon.setItems(catalog.horizonClusters().stream().map(HorizonCluster::code).toList());
        horizon.setItemLabelGenerator(code -> {
            HorizonCluster h = catalog.horizonByCode().get(code);
            return h == null ? code : code + " " + h.title(locale);
        });
        binder.forField(horizon).bind(f -> f.horizon, (f, v) -> f.horizon = new HashSet<>(v));
        MultiSelectComboBox<String> proposers = multi("priority-proposers", "consolidation.field.proposers");
        proposers.setItems(catalog.clusters().stream().map(TechCluster::code).toList());
        proposers.setItemLabelGenerator(code -> catalog.cluster(code).map(c -> c.shortLabel(locale)).orElse(code));
        binder.forField(proposers).bind(f -> f.proposers, (f, v) -> f.proposers = new HashSet<>(v));

        fields.put("title", title);
        fields.put("description", description);
        fields.put("ecosystemImpact", ecosystemImpact);
        fields.put("territorialImpact", territorialImpact);
        fields.put("trlMin", trlMin);
        fields.put("trlMax", trlMax);
        fields.put("pnrrComponentCodes", pnrr);
        fields.put("sdgNumbers", sdgs);
        fields.put("horizonClusterCodes", horizon);
        fields.put("proposerClusterCodes", proposers);

        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        layout.add(title, 2);
        layout.add(description, 2);
        layout.add(ecosystemImpact, 2);
        layout.add(territorialImpact, 2);
        layout.add(trlMin, trlMax);
        layout.add(pnrr, 2);
        layout.add(sdgs, 2);
        layout.add(horizon, 2);
        layout.add(proposers, 2);
        add(layout);
        binder.readBean(form);

        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        Button ok = new Button(getTranslation("action.save"), e -> save());
        ok.setId("save-priority");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, ok);
        setWidth("min(760px, 95vw)");
    }

    private void save() {
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            save.accept(new PriorityText(form.title, form.description, form.ecosystemImpact, form.territorialImpact,
                    form.trlMin, form.trlMax, form.pnrr, form.sdgs, form.horizon, form.proposers));
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

    private TextArea area(String id, String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(10_000);
        area.setMaxHeight("12em");
        return area;
    }

    private IntegerField trl(String id, String labelKey) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setMin(1);
        field.setMax(9);
        field.setStepButtonsVisible(true);
        return field;
    }

    private <T> MultiSelectComboBox<T> multi(String id, String labelKey) {
        MultiSelectComboBox<T> box = new MultiSelectComboBox<>(getTranslation(labelKey));
        box.setId(id);
        box.setAutoExpand(MultiSelectComboBox.AutoExpandMode.BOTH);
        return box;
    }

    /** The dialog's working copy of the priority. */
    static final class Form {
        String title;
        String description;
        String ecosystemImpact;
        String territorialImpact;
        Integer trlMin;
        Integer trlMax;
        Set<String> pnrr;
        Set<Integer> sdgs;
        Set<String> horizon;
        Set<String> proposers;

        Form(PriorityContent p) {
            title = p.title();
            description = p.description() == null ? "" : p.description();
            ecosystemImpact = p.ecosystemImpact() == null ? "" : p.ecosystemImpact();
            territorialImpact = p.territorialImpact() == null ? "" : p.territorialImpact();
            trlMin = p.trlMin();
            trlMax = p.trlMax();
            pnrr = new HashSet<>(p.pnrrComponentCodes());
            sdgs = new HashSet<>(p.sdgNumbers());
            horizon = new HashSet<>(p.horizonClusterCodes());
            proposers = new HashSet<>(p.proposerClusterCodes());
        }
    }
}
