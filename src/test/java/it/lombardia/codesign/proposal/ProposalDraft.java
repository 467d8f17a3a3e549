package it.lombardia.codesign.proposal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Builds {@link ProposalContent} for tests: a valid new macro-theme unless told otherwise. */
final class ProposalDraft {

    private ProposalKind kind = ProposalKind.NEW_MACRO_THEME;
    private String lead;
    private Set<String> co = new LinkedHashSet<>();
    private Long targetMacroThemeId;
    private Long targetPriorityId;
    private String title;
    private String description = "A proposal written by a service test.";
    private String ecosystemImpact;
    private String territorialImpact;
    private Integer trlMin;
    private Integer trlMax;
    private Set<String> ecosystems = new LinkedHashSet<>(List.of("ADVANCED_MANUFACTURING"));
    private Set<String> pnrr = new LinkedHashSet<>();
    private Set<Integer> sdgs = new LinkedHashSet<>();
    private Set<String> horizon = new LinkedHashSet<>();

    private ProposalDraft(String lead, String title) {
        this.lead = lead;
        this.title = title;
    }

    /** A unique text for titles, so that tests sharing a database never see each other's rows. */
    static String unique(String label) {
        return label + " " + UUID.randomUUID();
    }

    static ProposalDraft macroTheme(String lead, String title) {
        return new ProposalDraft(lead, title);
    }

    static ProposalDraft of(ProposalContent c) {
        ProposalDraft d = new ProposalDraft(c.leadClusterCode(), c.title());
        d.kind = c.kind();
        d.co = new LinkedHashSet<>(c.coClusterCodes());
        d.targetMacroThemeId = c.targetMacroThemeId();
        d.targetPriorityId = c.targetPriorityId();
        d.description = c.description();
        d.ecosystemImpact = c.ecosystemImpact();
        d.territorialImpact = c.territorialImpact();
        d.trlMin = c.trlMin();
        d.trlMax = c.trlMax();
        d.ecosystems = new LinkedHashSet<>(c.ecosystemCodes());
        d.pnrr = new LinkedHashSet<>(c.pnrrComponentCodes());
        d.sdgs = new LinkedHashSet<>(c.sdgNumbers());
        d.horizon = new LinkedHashSet<>(c.horizonClusterCodes());
        return d;
    }

    ProposalDraft kind(ProposalKind value) {
        kind = value;
        return this;
    }

    ProposalDraft newPriority(Long macroThemeId, Integer min, Integer max) {
        kind = ProposalKind.NEW_PRIORITY;
        targetMacroThemeId = macroThemeId;
        trlMin = min;
        trlMax = max;
        return this;
    }

    ProposalDraft lead(String value) {
        lead = value;
        return this;
    }

    ProposalDraft co(String... values) {
        co = new LinkedHashSet<>(List.of(values));
        return this;
    }

    ProposalDraft targetMacroTheme(Long value) {
        targetMacroThemeId = value;
        return this;
    }

    ProposalDraft targetPriority(Long value) {
        targetPriorityId = value;
        return this;
    }

    ProposalDraft title(String value) {
        title = value;
        return this;
    }

    ProposalDraft description(String value) {
        description = value;
        return this;
    }

    ProposalDraft impacts(String ecosystem, String territorial) {
        ecosystemImpact = ecosystem;
        territorialImpact = territorial;
        return this;
    }

    ProposalDraft trl(Integer min, Integer max) {
        trlMin = min;
        trlMax = max;
        return this;
    }

    ProposalDraft ecosystems(String... values) {
        ecosystems = new LinkedHashSet<>(List.of(values));
        return this;
    }

    ProposalDraft pnrr(String... values) {
        pnrr = new LinkedHashSet<>(List.of(values));
        return this;
    }

    ProposalDraft sdgs(Integer... values) {
        sdgs = new LinkedHashSet<>(List.of(values));
        return this;
    }

    ProposalDraft horizon(String... values) {
        horizon = new LinkedHashSet<>(List.of(values));
        return this;
    }

    ProposalContent build() {
        return new ProposalContent(kind, lead, co, targetMacroThemeId, targetPriorityId, title, description,
                ecosystemImpact, territorialImpact, trlMin, trlMax, ecosystems, pnrr, sdgs, horizon);
    }
}
