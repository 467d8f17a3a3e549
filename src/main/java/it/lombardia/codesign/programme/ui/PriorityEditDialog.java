package it.lombardia.codesign.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Every field of a priority, checked as it is typed (Binder) and again by the service, whose reasons
 * appear next to their fields; nothing is saved while anything is wrong. What is typed is kept when
 * a colleague saves the priority meanwhile (see {@link WordingDialog}).
 */
class PriorityEditDialog extends WordingDialog<PriorityContent> {

    private final Binder<Form> binder = new Binder<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Save<PriorityText> save;

    PriorityEditDialog(String number, Saved<PriorityContent> priority, CatalogService catalog, Save<PriorityText> save,
                       Supplier<Optional<Saved<PriorityContent>>> latest, Runnable onSaved,
                       Consumer<RuntimeException> onRefused) {
        super("priority", latest, onSaved, onRefused);
        this.save = save;
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
        start(priority, fields.values().stream().map(Component.class::cast).toList());

        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        Button ok = new Button(getTranslation("action.save"), e -> save());
        ok.setId("save-priority");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, ok);
        setWidth("min(760px, 95vw)");
    }

    @Override
    Map<String, HasValidation> fields() {
        return fields;
    }

    @Override
    void read(PriorityContent content) {
        binder.readBean(new Form(content));
    }

    @Override
    boolean write(long version) {
        Form form = new Form(session.base().content());
        if (!binder.writeBeanIfValid(form)) {
            return false;
        }
        save.save(version, new PriorityText(form.title, form.description, form.ecosystemImpact, form.territorialImpact,
                form.trlMin, form.trlMax, form.pnrr, form.sdgs, form.horizon, form.proposers));
        return true;
    }

    @Override
    Map<String, String> wording(PriorityContent content) {
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
        wording.put(getTranslation("consolidation.field.ecosystem-impact"), text(f.ecosystemImpact));
        wording.put(getTranslation("consolidation.field.territorial-impact"), text(f.territorialImpact));
        wording.put(getTranslation("consolidation.field.trl-min"), text(f.trlMin));
        wording.put(getTranslation("consolidation.field.trl-max"), text(f.trlMax));
        wording.put(getTranslation("consolidation.field.pnrr"), joined(f.pnrr, String::valueOf));
        wording.put(getTranslation("consolidation.field.sdgs"), joined(f.sdgs, n -> "SDG " + n));
        wording.put(getTranslation("consolidation.field.horizon"), joined(f.horizon, String::valueOf));
        wording.put(getTranslation("consolidation.field.proposers"), joined(f.proposers, String::valueOf));
        return wording;
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
