package it.lombardia.codesign.proposal.ui;

import it.lombardia.codesign.proposal.ProposalContent;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/** Builds one proposal content from two, taking the named components from the second. */
final class ContentMerge {

    private ContentMerge() {
    }

    static ProposalContent merge(ProposalContent mine, ProposalContent theirs, Set<String> takeTheirs) {
        RecordComponent[] components = ProposalContent.class.getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                ProposalContent source = takeTheirs.contains(components[i].getName()) ? theirs : mine;
                values[i] = components[i].getAccessor().invoke(source);
            }
            return ProposalContent.class.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new)).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("ProposalContent is a record with a canonical constructor", e);
        }
    }

    /** Whether the field has the same value in both (blank text and no text count as the same). */
    static boolean same(VersionComparison.Field field, ProposalContent a, ProposalContent b) {
        return field.components().stream().allMatch(name -> Objects.equals(normal(value(a, name)), normal(value(b, name))));
    }

    private static Object value(ProposalContent content, String component) {
        try {
            return ProposalContent.class.getMethod(component).invoke(content);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("No component " + component, e);
        }
    }

    private static Object normal(Object value) {
        if (value instanceof String text) {
            return text.isBlank() ? null : text.strip();
        }
        if (value instanceof Collection<?> values && values.isEmpty()) {
            return null;
        }
        return value;
    }
}
