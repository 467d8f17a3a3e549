package it.lombardia.codesign.programme.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.programme.CarryOver;
import it.lombardia.codesign.programme.MacroThemeContent;
import it.lombardia.codesign.programme.PriorityContent;
import com.vaadin.flow.component.html.Anchor;
import it.lombardia.codesign.ui.Badge;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/**
 * A macro-theme with its priorities and every link a priority carries. Public so that other
 * features' pages (an ecosystem's page) show the programme the same way.
 */
@StyleSheet("context://consolidation.css")
public class MacroThemeCard extends Div {

    public MacroThemeCard(MacroThemeContent macroTheme, CatalogService catalog, Locale locale) {
        addClassNames("card", "macro-theme");
        H2 title = new H2(macroTheme.displayOrder() + ". " + macroTheme.title(locale));
        Div ecosystems = badges(macroTheme.ecosystemCodes().stream()
                .map(code -> catalog.ecosystem(code).map(e -> e.name(locale)).orElse(code)).sorted().toList(), "contrast");
        add(title, ecosystems);
        if (macroTheme.originProposalId() != null) {
            add(origin("programme.origin.new", macroTheme.originProposalId()));
        }
        if (macroTheme.description() != null) {
            add(new Paragraph(macroTheme.description(locale)));
        }
        for (PriorityContent priority : macroTheme.priorities()) {
            add(priority(macroTheme, priority, catalog, locale));
        }
    }

    /** Where content of an edition in preparation came from: the approved proposal, linked. */
    private Div origin(String key, long proposalId) {
        Div origin = new Div(new Anchor("proposals/" + proposalId, getTranslation(key, proposalId)));
        origin.addClassName("priority-origin");
        return origin;
    }

    private Details priority(MacroThemeContent macroTheme, PriorityContent p, CatalogService catalog, Locale locale) {
        Span summary = new Span(macroTheme.displayOrder() + "." + p.displayOrder() + " " + p.title(locale));
        Div body = new Div();
        body.addClassName("priority-body");
        text(body, "priority.description", p.description(locale));
        text(body, "priority.ecosystem-impact", p.ecosystemImpact(locale));
        text(body, "priority.territorial-impact", p.territorialImpact(locale));
        body.add(field("priority.trl", getTranslation("priority.trl-range", p.trlMin(), p.trlMax())));
        links(body, "priority.pnrr", p.pnrrComponentCodes().stream().sorted()
                .map(code -> {
                    var c = catalog.pnrrByCode().get(code);
                    return c == null ? code : code + " " + c.title(locale);
                }).toList());
        links(body, "priority.sdgs", p.sdgNumbers().stream().sorted()
                .map(n -> catalog.sdgsByNumber().get(n)).filter(Objects::nonNull).map(s -> s.label(locale)).toList());
        links(body, "priority.horizon", p.horizonClusterCodes().stream().sorted()
                .map(code -> {
                    var h = catalog.horizonByCode().get(code);
                    return h == null ? code : code + " " + h.title(locale);
                }).toList());
        links(body, "priority.proposers", p.proposerClusterCodes().stream()
                .map(code -> catalog.cluster(code).map(c -> c.shortLabel(locale)).orElse(code)).sorted().toList());
        Details details = new Details(summary, body);
        if (p.originProposalId() != null) {
            String key = p.derivedFromId() == null ? "programme.origin.new" : "programme.origin.changed";
            body.addComponentAsFirst(origin(key, p.originProposalId()));
            summary.add(new Badge(getTranslation(p.derivedFromId() == null ? "programme.badge.new"
                    : "programme.badge.changed"), "success", "small"));
        }
        // Only an edition in preparation carries these marks: adoption clears them.
        if (p.carryOver() == CarryOver.CHANGE || p.carryOver() == CarryOver.RETIRE) {
            summary.add(new Badge(getTranslation("programme.badge.carry-over." + p.carryOver().name()),
                    p.carryOver() == CarryOver.RETIRE ? "error" : "warning", "small"));
        }
        details.addClassName("priority");
        return details;
    }

    private void text(Div body, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            body.add(field(labelKey, value));
        }
    }

    private void links(Div body, String labelKey, Collection<String> values) {
        if (!values.isEmpty()) {
            Div row = new Div(new H3(getTranslation(labelKey)));
            row.addClassName("priority-field");
            row.add(badges(values, "small"));
            body.add(row);
        }
    }

    private Div field(String labelKey, String value) {
        Div row = new Div(new H3(getTranslation(labelKey)), new Paragraph(value));
        row.addClassName("priority-field");
        return row;
    }

    private static Div badges(Collection<String> labels, String variant) {
        Div row = new Div();
        row.addClassName("badges");
        labels.forEach(l -> row.add(new Badge(l, variant)));
        return row;
    }
}
