package it.lombardia.codesign.programme;

import java.util.Objects;
import java.util.function.Function;

/** The fields of a priority that a comparison of editions looks at, in the order the programme shows them. */
public enum PriorityField {
    TITLE("comparison.field.title", PriorityContent::title),
    DESCRIPTION("priority.description", PriorityContent::description),
    ECOSYSTEM_IMPACT("priority.ecosystem-impact", PriorityContent::ecosystemImpact),
    TERRITORIAL_IMPACT("priority.territorial-impact", PriorityContent::territorialImpact),
    TRL("priority.trl", p -> p.trlMin() + "-" + p.trlMax()),
    PNRR("priority.pnrr", PriorityContent::pnrrComponentCodes),
    SDG("priority.sdgs", PriorityContent::sdgNumbers),
    HORIZON("priority.horizon", PriorityContent::horizonClusterCodes),
    PROPOSERS("priority.proposers", PriorityContent::proposerClusterCodes);

    private final String labelKey;
    private final Function<PriorityContent, Object> value;

    PriorityField(String labelKey, Function<PriorityContent, Object> value) {
        this.labelKey = labelKey;
        this.value = value;
    }

    public String labelKey() {
        return labelKey;
    }

    /** Whether the two versions differ in this field; an empty text equals a missing one. */
    public boolean differs(PriorityContent before, PriorityContent after) {
        return !Objects.equals(normal(value.apply(before)), normal(value.apply(after)));
    }

    private static Object normal(Object value) {
        return value instanceof String s && s.isBlank() ? null : value;
    }
}
