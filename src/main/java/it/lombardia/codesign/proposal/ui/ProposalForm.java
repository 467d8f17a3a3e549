package it.lombardia.codesign.proposal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.catalog.Ecosystem;
import it.lombardia.codesign.catalog.TechCluster;
import it.lombardia.codesign.programme.MacroThemeRef;
import it.lombardia.codesign.programme.PriorityContent;
import it.lombardia.codesign.proposal.ProposalContent;
import it.lombardia.codesign.proposal.ProposalKind;
import it.lombardia.codesign.proposal.ProposalRules;
import it.lombardia.codesign.ui.EditSession;
import it.lombardia.codesign.ui.RequiredCheckboxGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The proposal's fields with the same rules the service enforces, shown at the field and in the
 * user's language. Field ids follow {@link ProposalContent}'s component names.
 */
class ProposalForm extends FormLayout {

    private final Binder<ProposalFormBean> binder = new Binder<>();
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();
    private final Map<Long, PriorityContent> priorities;
    private boolean readOnly;

    final RadioButtonGroup<ProposalKind> kind = new RadioButtonGroup<>();
    final ComboBox<String> leadCluster = new ComboBox<>();
    final MultiSelectComboBox<String> coClusters = new MultiSelectComboBox<>();
    final ComboBox<Long> targetMacroTheme = new ComboBox<>();
    final ComboBox<Long> targetPriority = new ComboBox<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final TextArea ecosystemImpact = new TextArea();
    final TextArea territorialImpact = new TextArea();
    final IntegerField trlMin = new IntegerField();
    final IntegerField trlMax = new IntegerField();
    final CheckboxGroup<String> ecosystems = new RequiredCheckboxGroup<>();
    final MultiSelectComboBox<String> pnrr = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Integer> sdgs = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> horizon = new MultiSelectComboBox<>();

    ProposalForm(CatalogService catalog, List<String> leadableClusters, List<MacroThemeRef> macroThemes,
                 List<PriorityContent> priorityOptions) {
        Locale locale = getLocale();
        addClassName("proposal-form");
        this.priorities = priorityOptions.stream().collect(Collectors.toMap(PriorityContent::id, p -> p, (a, b) -> a,
                LinkedHashMap::new));
        Map<String, TechCluster> clusters = catalog.clusters().stream()
                .collect(Collectors.toMap(TechCluster::code, c -> c, (a, b) -> a, LinkedHashMap::new));
        Function<String, String> clusterLabel = code -> clusters.containsKey(code)
                ? clusters.get(code).shortLabel(locale) + " · " + clusters.get(code).name(locale) : code;

        setup(kind, "kind", "proposal.kind");
        kind.setItems(ProposalKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        setup(leadCluster, "leadClusterCode", "proposal.lead-cluster");
        leadCluster.setItems(leadableClusters);
        leadCluster.setItemLabelGenerator(clusterLabel::apply);
        setup(coClusters, "coClusterCodes", "proposal.co-clusters");
        coClusters.setItems(clusters.keySet());
        coClusters.setHelperText(getTranslation("workflow.co-clusters-help"));
        coClusters.setItemLabelGenerator(clusterLabel::apply);
        setup(targetMacroTheme, "targetMacroThemeId", "proposal.target-macro-theme");
        Map<Long, MacroThemeRef> macroThemeById = macroThemes.stream()
                .collect(Collectors.toMap(MacroThemeRef::id, m -> m, (a, b) -> a, LinkedHashMap::new));
        targetMacroTheme.setItems(macroThemeById.keySet());
        targetMacroTheme.setItemLabelGenerator(id -> macroThemeById.get(id).displayOrder() + ". " + macroThemeById.get(id).title());
        setup(targetPriority, "targetPriorityId", "proposal.target-priority");
        targetPriority.setItems(priorities.keySet());
        targetPriority.setItemLabelGenerator(id -> priorities.get(id).title());
        setup(title, "title", "proposal.title");
        title.setValueChangeMode(ValueChangeMode.LAZY);
        setup(description, "description", "proposal.description");
        // Typed text reaches the server while typing, so a live update knows the field has unsaved changes.
        description.setValueChangeMode(ValueChangeMode.LAZY);
        ecosystemImpact.setValueChangeMode(ValueChangeMode.LAZY);
        territorialImpact.setValueChangeMode(ValueChangeMode.LAZY);
        setup(ecosystemImpact, "ecosystemImpact", "proposal.ecosystem-impact");
        setup(territorialImpact, "territorialImpact", "proposal.territorial-impact");
        setup(trlMin, "trlMin", "proposal.trl-min");
        setup(trlMax, "trlMax", "proposal.trl-max");
        trlMin.setHelperText(getTranslation("proposal.trl-help"));
        setup(ecosystems, "ecosystemCodes", "proposal.ecosystems");
        ecosystems.setItems(catalog.ecosystems().stream().map(Ecosystem::code).toList());
        ecosystems.setItemLabelGenerator(code -> catalog.ecosystem(code).map(e -> e.name(locale)).orElse(code));
        setup(pnrr, "pnrrComponentCodes", "proposal.pnrr");
        pnrr.setItems(catalog.pnrrByCode().keySet());
        pnrr.setItemLabelGenerator(code -> code + " " + catalog.pnrrByCode().get(code).title(locale));
        setup(sdgs, "sdgNumbers", "proposal.sdgs");
        sdgs.setItems(catalog.sdgsByNumber().keySet());
        sdgs.setItemLabelGenerator(n -> catalog.sdgsByNumber().get(n).label(locale));
        setup(horizon, "horizonClusterCodes", "proposal.horizon");
        horizon.setItems(catalog.horizonByCode().keySet());
        horizon.setItemLabelGenerator(code -> code + " " + catalog.horizonByCode().get(code).title(locale));

        bind();
        kind.addValueChangeListener(e -> showFieldsFor(e.getValue()));
        targetPriority.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && title.isEmpty()) {
                prefillFrom(priorities.get(e.getValue()));
            }
        });
        trlMin.addValueChangeListener(e -> binder.validate());

        add(kind, leadCluster, coClusters, targetMacroTheme, targetPriority, title, description, ecosystemImpact,
                territorialImpact, trlMin, trlMax, ecosystems, pnrr, sdgs, horizon);
        for (com.vaadin.flow.component.Component wide : List.<com.vaadin.flow.component.Component>of(kind, title, description, ecosystemImpact, territorialImpact, ecosystems, targetPriority,
                targetMacroTheme)) {
            setColspan(wide, 2);
        }
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("700px", 2));
        showFieldsFor(null);
        // a new proposal's form has no edit session, and its text must reach the server all the same
        EditSession.followTypedText(fields().values());
    }

    private void bind() {
        String required = getTranslation("validation.required");
        binder.forField(kind).asRequired(required).bind(ProposalFormBean::getKind, ProposalFormBean::setKind);
        binder.forField(leadCluster).asRequired(required)
                .bind(ProposalFormBean::getLeadClusterCode, ProposalFormBean::setLeadClusterCode);
        binder.forField(coClusters)
                .withValidator(co -> leadCluster.getValue() == null || !co.contains(leadCluster.getValue()),
                        getTranslation("validation.lead-not-co"))
                .bind(ProposalFormBean::getCoClusterCodes, ProposalFormBean::setCoClusterCodes);
        binder.forField(targetMacroTheme)
                .withValidator(v -> v != null || kind.getValue() == null || !kind.getValue().targetsMacroTheme(), required)
                .bind(ProposalFormBean::getTargetMacroThemeId, ProposalFormBean::setTargetMacroThemeId);
        binder.forField(targetPriority)
                .withValidator(v -> v != null || kind.getValue() == null || !kind.getValue().targetsPriority(), required)
                .bind(ProposalFormBean::getTargetPriorityId, ProposalFormBean::setTargetPriorityId);
        binder.forField(title).asRequired(required)
                .withValidator(maxLength(ProposalRules.TITLE_MAX))
                .bind(ProposalFormBean::getTitle, ProposalFormBean::setTitle);
        binder.forField(description).asRequired(required)
                .withValidator(maxLength(ProposalRules.TEXT_MAX))
                .bind(ProposalFormBean::getDescription, ProposalFormBean::setDescription);
        binder.forField(ecosystemImpact).withValidator(maxLength(ProposalRules.TEXT_MAX))
                .bind(ProposalFormBean::getEcosystemImpact, ProposalFormBean::setEcosystemImpact);
        binder.forField(territorialImpact).withValidator(maxLength(ProposalRules.TEXT_MAX))
                .bind(ProposalFormBean::getTerritorialImpact, ProposalFormBean::setTerritorialImpact);
        binder.forField(trlMin)
                .withValidator((v, ctx) -> trlError(v, false))
                .bind(ProposalFormBean::getTrlMin, ProposalFormBean::setTrlMin);
        binder.forField(trlMax)
                .withValidator((v, ctx) -> trlError(v, true))
                .bind(ProposalFormBean::getTrlMax, ProposalFormBean::setTrlMax);
        binder.forField(ecosystems)
                .withValidator(v -> !v.isEmpty(), getTranslation("validation.ecosystem-required"))
                .bind(ProposalFormBean::getEcosystemCodes, ProposalFormBean::setEcosystemCodes);
        binder.forField(pnrr).bind(ProposalFormBean::getPnrrComponentCodes, ProposalFormBean::setPnrrComponentCodes);
        binder.forField(sdgs).bind(ProposalFormBean::getSdgNumbers, ProposalFormBean::setSdgNumbers);
        binder.forField(horizon).bind(ProposalFormBean::getHorizonClusterCodes, ProposalFormBean::setHorizonClusterCodes);
    }

    private ValidationResult trlError(Integer value, boolean isMax) {
        boolean needed = kind.getValue() != null && kind.getValue().needsTrl();
        if (value == null) {
            Integer other = isMax ? trlMin.getValue() : trlMax.getValue();
            return needed || other != null ? ValidationResult.error(getTranslation("validation.required")) : ValidationResult.ok();
        }
        if (value < ProposalRules.TRL_MIN || value > ProposalRules.TRL_MAX) {
            return ValidationResult.error(getTranslation("validation.trl-range"));
        }
        if (isMax && trlMin.getValue() != null && trlMin.getValue() > value) {
            return ValidationResult.error(getTranslation("validation.trl-order"));
        }
        return ValidationResult.ok();
    }

    private com.vaadin.flow.data.binder.Validator<String> maxLength(int max) {
        return (value, ctx) -> value != null && value.strip().length() > max
                ? ValidationResult.error(getTranslation("validation.too-long", max)) : ValidationResult.ok();
    }

    private <F extends com.vaadin.flow.component.Component & HasValidation> void setup(F field, String name, String labelKey) {
        field.setId(name);
        if (field instanceof com.vaadin.flow.component.HasLabel labelled) {
            labelled.setLabel(getTranslation(labelKey));
        }
        fieldsByName.put(name, field);
    }

    private void showFieldsFor(ProposalKind value) {
        targetMacroTheme.setVisible(value != null && value.targetsMacroTheme());
        targetPriority.setVisible(value != null && value.targetsPriority());
        boolean trlRequired = value != null && value.needsTrl();
        trlMin.setRequiredIndicatorVisible(trlRequired);
        trlMax.setRequiredIndicatorVisible(trlRequired);
    }

    /** A change proposal starts from the priority as it stands. */
    private void prefillFrom(PriorityContent p) {
        title.setValue(p.title());
        description.setValue(p.description() == null ? "" : p.description());
        ecosystemImpact.setValue(p.ecosystemImpact() == null ? "" : p.ecosystemImpact());
        territorialImpact.setValue(p.territorialImpact() == null ? "" : p.territorialImpact());
        trlMin.setValue(p.trlMin());
        trlMax.setValue(p.trlMax());
        ecosystems.setValue(p.ecosystemCodes());
        pnrr.setValue(p.pnrrComponentCodes());
        sdgs.setValue(p.sdgNumbers());
        horizon.setValue(p.horizonClusterCodes());
    }

    void read(ProposalContent content) {
        binder.readBean(ProposalFormBean.of(content));
        showFieldsFor(content.kind());
    }

    /** The content as typed, valid or not, without marking anything. */
    ProposalContent draftContent() {
        ProposalFormBean bean = new ProposalFormBean();
        binder.writeBeanAsDraft(bean, true);
        return bean.toContent();
    }

    /**
     * Puts the content's values into the fields as if typed, so that they count as unsaved changes
     * against what the form was read from.
     */
    void fill(ProposalContent c) {
        kind.setValue(c.kind());
        leadCluster.setValue(c.leadClusterCode());
        coClusters.setValue(c.coClusterCodes());
        targetMacroTheme.setValue(c.targetMacroThemeId());
        targetPriority.setValue(c.targetPriorityId());
        title.setValue(c.title() == null ? "" : c.title());
        description.setValue(c.description() == null ? "" : c.description());
        ecosystemImpact.setValue(c.ecosystemImpact() == null ? "" : c.ecosystemImpact());
        territorialImpact.setValue(c.territorialImpact() == null ? "" : c.territorialImpact());
        trlMin.setValue(c.trlMin());
        trlMax.setValue(c.trlMax());
        ecosystems.setValue(c.ecosystemCodes());
        pnrr.setValue(c.pnrrComponentCodes());
        sdgs.setValue(c.sdgNumbers());
        horizon.setValue(c.horizonClusterCodes());
        showFieldsFor(c.kind());
    }

    /** The fields by the name of the content component they edit. */
    Map<String, com.vaadin.flow.component.Component> fields() {
        Map<String, com.vaadin.flow.component.Component> fields = new LinkedHashMap<>();
        fieldsByName.forEach((name, field) -> fields.put(name, (com.vaadin.flow.component.Component) field));
        return fields;
    }

    /** The content as typed, or null after marking the invalid fields. */
    ProposalContent validContent() {
        ProposalFormBean bean = new ProposalFormBean();
        return binder.writeBeanIfValid(bean) ? bean.toContent() : null;
    }

    /** Shows the service's refusals next to their fields; returns false if a reason had no field. */
    boolean showErrors(Map<String, String> fieldErrors) {
        boolean allShown = true;
        for (Map.Entry<String, String> error : fieldErrors.entrySet()) {
            HasValidation field = fieldsByName.get(error.getKey());
            if (field == null) {
                allShown = false;
                continue;
            }
            field.setErrorMessage(getTranslation(error.getValue(), maxFor(error.getKey())));
            field.setInvalid(true);
        }
        return allShown;
    }

    private static int maxFor(String field) {
        return "title".equals(field) ? ProposalRules.TITLE_MAX : ProposalRules.TEXT_MAX;
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        binder.setReadOnly(readOnly);
    }

    boolean isReadOnly() {
        return readOnly;
    }
}
