package it.lombardia.codesign.notification.ui;

import com.vaadin.flow.component.Component;
import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.notification.NotificationCenter;
import it.lombardia.codesign.ui.NavbarWidget;
import it.lombardia.codesign.ui.SessionUser;
import org.springframework.stereotype.Service;

/** Puts the notification bell into the main layout's top bar. */
@Service
class NotificationBellWidget implements NavbarWidget {

    private final NotificationCenter center;
    private final SessionUser sessionUser;
    private final LiveUpdates live;

    NotificationBellWidget(NotificationCenter center, SessionUser sessionUser, LiveUpdates live) {
        this.center = center;
        this.sessionUser = sessionUser;
        this.live = live;
    }

    @Override
    public Component create() {
        return new NotificationBell(center, sessionUser, live);
    }
}
