package it.lombardia.codesign.notification.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the user read something, so that the bell in the same tab recounts at once. */
class UnreadCountChanged extends ComponentEvent<UI> {

    UnreadCountChanged(UI source) {
        super(source, false);
    }

    static void fire() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            com.vaadin.flow.component.ComponentUtil.fireEvent(ui, new UnreadCountChanged(ui));
        }
    }
}
