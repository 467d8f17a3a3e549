package it.lombardia.codesign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;

/**
 * The accessibility statement on AgID's model ("Dichiarazione di accessibilità", Legge 4/2004 and
 * AgID's guidelines): anyone may read it, signed in or not, so it stands outside the main layout
 * with a header of its own and a way back.
 */
@Route(value = "accessibility", autoLayout = false)
@AnonymousAllowed
class AccessibilityStatementView extends Div implements HasDynamicTitle {

    /** Compliance with WCAG 2.1 AA / EN 301 549 as the last review found it. */
    enum Compliance { COMPLIANT, PARTIALLY_COMPLIANT }

    /**
     * Partially: the automated axe-core checks and the keyboard checks pass, but the known limits
     * below remain (PDFs tagged but not validated against PDF/UA, charts, long comparisons). Change
     * only after a review that finds none.
     */
    static final Compliance COMPLIANCE = Compliance.PARTIALLY_COMPLIANT;
    /** When the statement was first prepared, and when it was last reviewed. */
    static final LocalDate PREPARED = LocalDate.of(2026, 11, 23);
    static final LocalDate LAST_REVIEWED = LocalDate.of(2026, 12, 3);
    static final String AGID_FORM = "https://form.agid.gov.it/";
    /** What is known not to be accessible; each key has a title and a reason. */
    static final List<String> LIMITS = List.of("pdf", "charts", "diff", "sweep");

    AccessibilityStatementView(SessionUser sessionUser, LanguageChoice languageChoice,
                               // The Region's accessibility contact: the address is to be confirmed by Regione Lombardia.
                               @Value("${codesign.accessibility.contact:accessibilita@regione.lombardia.it}") String contact) {
        addClassName("accessibility-statement");
        boolean signedIn = sessionUser.username().isPresent();
        add(header(signedIn, languageChoice), content(contact));
    }

    private Component header(boolean signedIn, LanguageChoice languageChoice) {
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        Span org = new Span(getTranslation("app.organisation"));
        org.addClassName("brand-org");
        Div brand = new Div(name, org);
        brand.addClassName("brand");
        Anchor back = new Anchor(signedIn ? "" : "login",
                getTranslation(signedIn ? "accessibility.back-to-app" : "accessibility.back-to-login"));
        back.setId("accessibility-back");
        back.addClassName("accessibility-back");
        Button english = new Button(getTranslation("language.en"), e -> languageChoice.switchTo(Translations.ENGLISH));
        Button italian = new Button(getTranslation("language.it"), e -> languageChoice.switchTo(Translations.ITALIAN));
        english.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        italian.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        english.getElement().setAttribute("lang", "en");
        italian.getElement().setAttribute("lang", "it");
        Div languages = new Div(new Span(getTranslation("layout.language")), english, italian);
        languages.addClassName("accessibility-languages");
        Header header = new Header(brand, back, languages);
        header.addClassName("accessibility-header");
        return header;
    }

    private Component content(String contact) {
        Main main = new Main();
        main.addClassName("accessibility-content");
        main.add(new H1(getTranslation("accessibility.title")),
                new Paragraph(getTranslation("accessibility.intro")));

        main.add(section("accessibility.administration.title",
                new Paragraph(getTranslation("accessibility.administration.text")),
                new Paragraph(getTranslation("accessibility.app.text"))));

        Paragraph status = new Paragraph(getTranslation(COMPLIANCE == Compliance.COMPLIANT
                ? "accessibility.status.compliant" : "accessibility.status.partially-compliant"));
        status.setId("accessibility-status");
        main.add(section("accessibility.status.title", status));

        UnorderedList limits = new UnorderedList();
        limits.setId("accessibility-limits");
        for (String limit : LIMITS) {
            Span title = new Span(getTranslation("accessibility.limit." + limit + ".title"));
            title.addClassName("accessibility-limit-title");
            limits.add(new ListItem(title, new Span(" " + getTranslation("accessibility.limit." + limit + ".reason"))));
        }
        main.add(section("accessibility.limits.title", new Paragraph(getTranslation("accessibility.limits.text")), limits));

        main.add(section("accessibility.preparation.title",
                new Paragraph(getTranslation("accessibility.preparation.date", Formats.date(PREPARED, getLocale()))),
                new Paragraph(getTranslation("accessibility.preparation.method"))));

        Anchor mail = new Anchor("mailto:" + contact, contact);
        mail.setId("accessibility-contact");
        main.add(section("accessibility.feedback.title",
                new Paragraph(getTranslation("accessibility.feedback.text")),
                new Paragraph(new Span(getTranslation("accessibility.feedback.contact") + " "), mail)));

        Anchor agid = new Anchor(AGID_FORM, getTranslation("accessibility.enforcement.link"), AnchorTarget.BLANK);
        agid.setId("accessibility-agid");
        agid.getElement().setAttribute("rel", "noopener");
        main.add(section("accessibility.enforcement.title",
                new Paragraph(getTranslation("accessibility.enforcement.text")), new Paragraph(agid)));

        Paragraph reviewed = new Paragraph(getTranslation("accessibility.last-review",
                Formats.date(LAST_REVIEWED, getLocale())));
        reviewed.setId("accessibility-last-review");
        main.add(reviewed);
        return main;
    }

    private Section section(String titleKey, Component... content) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.add(content);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accessibility.title") + " · " + getTranslation("app.name");
    }
}
