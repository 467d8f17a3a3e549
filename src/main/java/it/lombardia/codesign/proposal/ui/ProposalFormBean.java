package it.lombardia.codesign.proposal.ui;

import it.lombardia.codesign.proposal.ProposalContent;
import it.lombardia.codesign.proposal.ProposalKind;
import java.util.HashSet;
import java.util.Set;

/** The mutable twin of {@link ProposalContent} that the form's binder edits. */
class ProposalFormBean {

    private ProposalKind kind;
    private String leadClusterCode;
    private Set<String> coClusterCodes = new HashSet<>();
    private Long targetMacroThemeId;
    private Long targetPriorityId;
    private String title = "";
    private String description = "";
    private String ecosystemImpact = "";
    private String territorialImpact = "";
    private Integer trlMin;
    private Integer trlMax;
    private Set<String> ecosystemCodes = new HashSet<>();
    private Set<String> pnrrComponentCodes = new HashSet<>();
    private Set<Integer> sdgNumbers = new HashSet<>();
    private Set<String> horizonClusterCodes = new HashSet<>();

    static ProposalFormBean of(ProposalContent c) {
        ProposalFormBean b = new ProposalFormBean();
        b.kind = c.kind();
        b.leadClusterCode = c.leadClusterCode();
        b.coClusterCodes = new HashSet<>(c.coClusterCodes());
        b.targetMacroThemeId = c.targetMacroThemeId();
        b.targetPriorityId = c.targetPriorityId();
        b.title = nullToEmpty(c.title());
        b.description = nullToEmpty(c.description());
        b.ecosystemImpact = nullToEmpty(c.ecosystemImpact());
        b.territorialImpact = nullToEmpty(c.territorialImpact());
        b.trlMin = c.trlMin();
        b.trlMax = c.trlMax();
        b.ecosystemCodes = new HashSet<>(c.ecosystemCodes());
        b.pnrrComponentCodes = new HashSet<>(c.pnrrComponentCodes());
        b.sdgNumbers = new HashSet<>(c.sdgNumbers());
        b.horizonClusterCodes = new HashSet<>(c.horizonClusterCodes());
        return b;
    }

    ProposalContent toContent() {
        return new ProposalContent(kind, leadClusterCode, coClusterCodes, targetMacroThemeId, targetPriorityId, title,
                description, ecosystemImpact, territorialImpact, trlMin, trlMax, ecosystemCodes, pnrrComponentCodes,
                sdgNumbers, horizonClusterCodes);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    ProposalKind getKind() { return kind; }
    void setKind(ProposalKind kind) { this.kind = kind; }
    String getLeadClusterCode() { return leadClusterCode; }
    void setLeadClusterCode(String leadClusterCode) { this.leadClusterCode = leadClusterCode; }
    Set<String> getCoClusterCodes() { return coClusterCodes; }
    void setCoClusterCodes(Set<String> coClusterCodes) { this.coClusterCodes = coClusterCodes; }
    Long getTargetMacroThemeId() { return targetMacroThemeId; }
    void setTargetMacroThemeId(Long targetMacroThemeId) { this.targetMacroThemeId = targetMacroThemeId; }
    Long getTargetPriorityId() { return targetPriorityId; }
    void setTargetPriorityId(Long targetPriorityId) { this.targetPriorityId = targetPriorityId; }
    String getTitle() { return title; }
    void setTitle(String title) { this.title = title; }
    String getDescription() { return description; }
    void setDescription(String description) { this.description = description; }
    String getEcosystemImpact() { return ecosystemImpact; }
    void setEcosystemImpact(String ecosystemImpact) { this.ecosystemImpact = ecosystemImpact; }
    String getTerritorialImpact() { return territorialImpact; }
    void setTerritorialImpact(String territorialImpact) { this.territorialImpact = territorialImpact; }
    Integer getTrlMin() { return trlMin; }
    void setTrlMin(Integer trlMin) { this.trlMin = trlMin; }
    Integer getTrlMax() { return trlMax; }
    void setTrlMax(Integer trlMax) { this.trlMax = trlMax; }
    Set<String> getEcosystemCodes() { return ecosystemCodes; }
    void setEcosystemCodes(Set<String> ecosystemCodes) { this.ecosystemCodes = ecosystemCodes; }
    Set<String> getPnrrComponentCodes() { return pnrrComponentCodes; }
    void setPnrrComponentCodes(Set<String> pnrrComponentCodes) { this.pnrrComponentCodes = pnrrComponentCodes; }
    Set<Integer> getSdgNumbers() { return sdgNumbers; }
    void setSdgNumbers(Set<Integer> sdgNumbers) { this.sdgNumbers = sdgNumbers; }
    Set<String> getHorizonClusterCodes() { return horizonClusterCodes; }
    void setHorizonClusterCodes(Set<String> horizonClusterCodes) { this.horizonClusterCodes = horizonClusterCodes; }
}
