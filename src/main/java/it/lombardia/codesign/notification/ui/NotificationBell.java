package it.lombardia.codesign.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.Registration;
import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.notification.NotificationCenter;
import it.lombardia.codesign.notification.NotificationChanges;
import it.lombardia.codesign.notification.NotificationItem;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.ui.SessionUser;
import java.util.List;

/**
 * The bell in the top bar: the number of unread notifications, recounted after every navigation
 * and live whenever the user's notifications change (a new one, or read in another tab), and on click the latest ones, a way to mark them all read and a link to the full list.
 */
class NotificationBell extends Div implements AfterNavigationObserver {

    static final int LATEST = 8;
    private static final int MOST_SHOWN = 99;

    private final transient NotificationCenter center;
    private final transient SessionUser sessionUser;
    private final Button button = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Popover popover = new Popover();
    private final Div list = new Div();
    private Registration countListener;

    NotificationBell(NotificationCenter center, SessionUser sessionUser, LiveUpdates live) {
        this.center = center;
        this.sessionUser = sessionUser;
        // The filter runs on whatever thread delivers the message (another user's request, say): it
        // must compare with the user of this tab, noted when the bell was made, not ask for the current one.
        String me = sessionUser.username().orElse(null);
        if (me != null) {
            live.bind(this, NotificationChanges.forUser(me), messages -> refreshCount());
        }
        addClassName("notification-bell");
        button.addClassName("notification-bell-button");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.addClickListener(e -> showLatest());
        count.addClassName("notification-count");
        // The button's accessible name already says how many; the number is for the eye only.
        count.getElement().setAttribute("aria-hidden", "true");

        Span title = new Span(getTranslation("notification.title"));
        title.addClassName("notification-popover-title");
        Button markAll = new Button(getTranslation("notification.mark-all-read"), e -> markAllRead());
        markAll.addClassName("notification-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div header = new Div(title, markAll);
        header.addClassName("notification-popover-header");
        list.addClassName("notification-list");
        Button all = new Button(getTranslation("notification.show-all"), e -> {
            popover.close();
            UI.getCurrent().navigate(NotificationsView.class);
        });
        all.addClassName("notification-show-all");
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);

        popover.addClassName("notification-popover");
        popover.setAriaLabel(getTranslation("notification.title"));
        popover.setTarget(button);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        // Keyboard users land in the list they opened.
        popover.setAutofocus(true);
        popover.setWidth("26rem");
        popover.add(header, list, all);
        add(button, count, popover);
        // No count yet: the navigation that creates the layout is followed by afterNavigation.
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshCount();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        countListener = ComponentUtil.addListener(event.getUI(), UnreadCountChanged.class, e -> refreshCount());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (countListener != null) {
            countListener.remove();
            countListener = null;
        }
    }

    void refreshCount() {
        if (sessionUser.username().isEmpty()) {
            setVisible(false);
            return;
        }
        long unread;
        try {
            unread = center.unreadCount();
        } catch (NotPermittedException e) {
            // A disabled account's open session: nothing to show, and no error on every navigation.
            setVisible(false);
            return;
        }
        setVisible(true);
        count.setText(unread > MOST_SHOWN ? MOST_SHOWN + "+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        button.setAriaLabel(getTranslation("notification.bell", unread));
        button.setTooltipText(getTranslation("notification.bell", unread));
    }

    private void showLatest() {
        list.removeAll();
        List<NotificationItem> latest = center.latest(LATEST, getLocale());
        if (latest.isEmpty()) {
            Span none = new Span(getTranslation("notification.none"));
            none.addClassName("notification-empty");
            list.add(none);
        }
        for (NotificationItem item : latest) {
            list.add(new NotificationEntry(item, center, popover::close));
        }
        refreshCount();
    }

    private void markAllRead() {
        center.markAllRead();
        UnreadCountChanged.fire();
        showLatest();
    }
}
