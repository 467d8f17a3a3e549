package it.lombardia.codesign.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.util.Optional;

/** A button the user may not use now stays visible, disabled, and says why in its tooltip. */
final class PermissionButtons {

    private PermissionButtons() {
    }

    static void apply(Button button, Optional<String> whyNot, Component translator) {
        button.setEnabled(whyNot.isEmpty());
        button.setTooltipText(whyNot.map(translator::getTranslation).orElse(null));
    }
}
