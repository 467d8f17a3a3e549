package it.lombardia.codesign.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import java.util.List;

/**
 * An axe-core finding that comes from a Vaadin component itself and that the app cannot fix: one
 * rule, on one kind of element, with one message. Only that precise finding is left out; the rule
 * still runs on everything else. Each entry names its upstream issue, so it can go when that is fixed.
 */
record UpstreamA11yIssue(String rule, String elementHtmlStart, String failureContains, String upstreamIssue) {

    static final List<UpstreamA11yIssue> KNOWN = List.of(
            // vaadin-checkbox-group (role="group") sets aria-required="true" on its host when required:
            // JAWS and VoiceOver announce it, but ARIA 1.2 allows aria-required only on some roles.
            // https://github.com/vaadin/web-components/issues/2931 (open, "known issue")
            new UpstreamA11yIssue("aria-allowed-attr", "<vaadin-checkbox-group",
                    "aria-required=\"true\"", "vaadin/web-components#2931"));

    boolean matches(Rule violation, CheckedNode node) {
        return violation.getId().equals(rule)
                && node.getHtml() != null && node.getHtml().startsWith(elementHtmlStart)
                && node.getFailureSummary() != null && node.getFailureSummary().contains(failureContains)
                && node.getFailureSummary().lines().filter(l -> l.contains("not allowed")).count() == 1;
    }

    /** The violations without the nodes of known upstream issues; rules left without nodes are dropped. */
    static List<Rule> withoutKnown(List<Rule> violations) {
        violations.forEach(v -> v.setNodes(v.getNodes().stream()
                .filter(n -> KNOWN.stream().noneMatch(k -> k.matches(v, n))).toList()));
        return violations.stream().filter(v -> !v.getNodes().isEmpty()).toList();
    }
}
