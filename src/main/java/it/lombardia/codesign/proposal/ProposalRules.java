package it.lombardia.codesign.proposal;

import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.programme.MacroThemeRef;
import it.lombardia.codesign.programme.ProgrammeService;
import it.lombardia.codesign.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The content rules of a proposal. The form shows the same limits at its fields; the service
 * checks them again so that nothing invalid is ever stored, whatever the caller.
 */
@Component
public class ProposalRules {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 10_000;
    public static final int TRL_MIN = 1;
    public static final int TRL_MAX = 9;

    private final CatalogService catalog;
    private final ProgrammeService programme;

    ProposalRules(CatalogService catalog, ProgrammeService programme) {
        this.catalog = catalog;
        this.programme = programme;
    }

    /**
     * Field name to message key for every rule the content breaks.
     *
     * @param baseEditionId the adopted edition whose macro-themes and priorities the proposal may target
     */
    /** Refuses content that breaks a rule, for a proposal of a round preparing the given edition. */
    void require(ProposalContent content, long editionId) {
        Optional<Long> base = programme.baseEditionFor(editionId).map(EditionSummary::id);
        Map<String, String> errors = check(content, base);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public Map<String, String> check(ProposalContent c, Optional<Long> baseEditionId) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (c.kind() == null) {
            errors.put("kind", "validation.required");
        }
        if (c.leadClusterCode() == null) {
            errors.put("leadClusterCode", "validation.required");
        } else if (!catalog.isCluster(c.leadClusterCode())) {
            errors.put("leadClusterCode", "validation.unknown-cluster");
        }
        if (!c.coClusterCodes().stream().allMatch(catalog::isCluster)) {
            errors.put("coClusterCodes", "validation.unknown-cluster");
        } else if (c.leadClusterCode() != null && c.coClusterCodes().contains(c.leadClusterCode())) {
            errors.put("coClusterCodes", "validation.lead-not-co");
        }
        text(errors, "title", c.title(), TITLE_MAX, true);
        text(errors, "description", c.description(), TEXT_MAX, true);
        text(errors, "ecosystemImpact", c.ecosystemImpact(), TEXT_MAX, false);
        text(errors, "territorialImpact", c.territorialImpact(), TEXT_MAX, false);
        trl(errors, c);
        if (c.ecosystemCodes().isEmpty()) {
            errors.put("ecosystemCodes", "validation.ecosystem-required");
        } else if (!c.ecosystemCodes().stream().allMatch(catalog::isEcosystem)) {
            errors.put("ecosystemCodes", "validation.unknown-ecosystem");
        }
        if (!catalog.pnrrByCode().keySet().containsAll(c.pnrrComponentCodes())) {
            errors.put("pnrrComponentCodes", "validation.unknown-reference");
        }
        if (!catalog.sdgsByNumber().keySet().containsAll(c.sdgNumbers())) {
            errors.put("sdgNumbers", "validation.unknown-reference");
        }
        if (!catalog.horizonByCode().keySet().containsAll(c.horizonClusterCodes())) {
            errors.put("horizonClusterCodes", "validation.unknown-reference");
        }
        target(errors, c, baseEditionId);
        return errors;
    }

    private static void text(Map<String, String> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, "validation.required");
            }
        } else if (value.strip().length() > max) {
            errors.put(field, "validation.too-long");
        }
    }

    private static void trl(Map<String, String> errors, ProposalContent c) {
        boolean needed = c.kind() != null && c.kind().needsTrl();
        if (c.trlMin() == null && needed) {
            errors.put("trlMin", "validation.required");
        } else if (c.trlMin() != null && (c.trlMin() < TRL_MIN || c.trlMin() > TRL_MAX)) {
            errors.put("trlMin", "validation.trl-range");
        }
        if (c.trlMax() == null && needed) {
            errors.put("trlMax", "validation.required");
        } else if (c.trlMax() != null && (c.trlMax() < TRL_MIN || c.trlMax() > TRL_MAX)) {
            errors.put("trlMax", "validation.trl-range");
        }
        if (!errors.containsKey("trlMin") && !errors.containsKey("trlMax")) {
            if ((c.trlMin() == null) != (c.trlMax() == null)) {
                errors.put(c.trlMin() == null ? "trlMin" : "trlMax", "validation.required");
            } else if (c.trlMin() != null && c.trlMin() > c.trlMax()) {
                errors.put("trlMax", "validation.trl-order");
            }
        }
    }

    private void target(Map<String, String> errors, ProposalContent c, Optional<Long> baseEditionId) {
        if (c.kind() == null) {
            return;
        }
        if (c.kind().targetsMacroTheme()) {
            if (c.targetMacroThemeId() == null) {
                errors.put("targetMacroThemeId", "validation.required");
            } else if (programme.macroThemeRef(c.targetMacroThemeId()).map(MacroThemeRef::editionId)
                    .filter(e -> baseEditionId.isPresent() && e.equals(baseEditionId.get())).isEmpty()) {
                errors.put("targetMacroThemeId", "validation.unknown-target");
            }
        }
        if (c.kind().targetsPriority()) {
            if (c.targetPriorityId() == null) {
                errors.put("targetPriorityId", "validation.required");
            } else if (programme.editionOfPriority(c.targetPriorityId())
                    .filter(e -> baseEditionId.isPresent() && e.equals(baseEditionId.get())).isEmpty()) {
                errors.put("targetPriorityId", "validation.unknown-target");
            }
        }
    }
}
