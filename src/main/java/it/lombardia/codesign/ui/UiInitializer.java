package it.lombardia.codesign.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Gives every session our error handler, and every new tab the user's language and the keyboard focus keeper. */
@Component
class UiInitializer implements VaadinServiceInitListener {

    private final LanguageChoice languageChoice;
    private final UserFacingErrorHandler errorHandler;

    UiInitializer(LanguageChoice languageChoice, UserFacingErrorHandler errorHandler) {
        this.languageChoice = languageChoice;
        this.errorHandler = errorHandler;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(errorHandler));
        event.getSource().addUIInitListener(e -> {
            languageChoice.applyTo(e.getUI(), com.vaadin.flow.server.VaadinService.getCurrentRequest());
            KeyboardFocus.installIn(e.getUI());
        });
    }
}
