package it.lombardia.codesign.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import it.lombardia.codesign.notification.NotificationCenter;
import it.lombardia.codesign.notification.NotificationItem;
import it.lombardia.codesign.ui.Badge;
import it.lombardia.codesign.ui.Formats;

/**
 * One notification, in the bell's list and on the notifications page: its text, when it came, and a
 * "new" mark while unread. Activating it marks it read and opens what it is about.
 */
class NotificationEntry extends Button {

    NotificationEntry(NotificationItem item, NotificationCenter center, Runnable beforeNavigation) {
        addClassName("notification-entry");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Span text = new Span(item.text());
        text.addClassName("notification-text");
        Span time = new Span(Formats.dateTime(item.createdAt(), getLocale()));
        time.addClassName("notification-time");
        Div meta = new Div(time);
        meta.addClassName("notification-meta");
        if (item.unread()) {
            addClassName("unread");
            meta.add(new Badge(getTranslation("notification.unread")));
        }
        getElement().appendChild(new Div(text, meta).getElement());
        addClickListener(e -> {
            if (item.unread()) {
                center.markRead(item.id(), getLocale());
                UnreadCountChanged.fire();
            }
            beforeNavigation.run();
            UI.getCurrent().navigate(item.link());
        });
    }
}
