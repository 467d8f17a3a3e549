package it.lombardia.codesign.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import it.lombardia.codesign.identity.DemoAccounts;
import it.lombardia.codesign.ui.LanguageChoice;
import it.lombardia.codesign.ui.Translations;
import org.springframework.beans.factory.ObjectProvider;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    LoginView(LanguageChoice languageChoice, ObjectProvider<DemoAccounts> demoAccounts) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Paragraph subtitle = new Paragraph(getTranslation("login.subtitle"));
        subtitle.addClassName("login-subtitle");

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());

        Button english = new Button(getTranslation("language.en"), e -> languageChoice.switchTo(Translations.ENGLISH));
        Button italian = new Button(getTranslation("language.it"), e -> languageChoice.switchTo(Translations.ITALIAN));
        english.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        italian.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout languages = new HorizontalLayout(new Span(getTranslation("layout.language")), english, italian);
        languages.setAlignItems(Alignment.BASELINE);
        languages.addClassName("login-languages");
        Anchor accessibility = new Anchor("accessibility", getTranslation("accessibility.link"));
        accessibility.setId("accessibility-link");
        languages.add(accessibility);

        add(title, subtitle, login, languages);
        DemoAccounts demo = demoAccounts.getIfAvailable();
        if (demo != null) {
            add(demoAccountList(demo));
        }
    }

    private Div demoAccountList(DemoAccounts demo) {
        Div box = new Div();
        box.addClassName("demo-accounts");
        box.add(new H2(getTranslation("login.demo.title")),
                new Paragraph(getTranslation("login.demo.text", DemoAccounts.PASSWORD)));
        com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
        for (DemoAccounts.DemoAccount account : demo.all()) {
            String clusters = account.clusterCodes().isEmpty() ? "" : " (" + String.join(", ", account.clusterCodes()) + ")";
            Span name = new Span(account.username());
            name.addClassName("demo-username");
            list.add(new com.vaadin.flow.component.html.ListItem(name,
                    new Span(" · " + getTranslation(account.role().labelKey()) + clusters)));
        }
        box.add(list);
        return box;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.text"));
        error.setUsername(getTranslation("validation.required"));
        error.setPassword(getTranslation("validation.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
