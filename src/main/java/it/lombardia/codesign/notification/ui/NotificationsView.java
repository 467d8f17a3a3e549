package it.lombardia.codesign.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import it.lombardia.codesign.notification.NotificationCenter;
import it.lombardia.codesign.notification.NotificationItem;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;

/** All of the signed-in user's notifications, newest first, paged from the database; or only the unread ones. */
@Route("notifications")
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    enum Show { ALL, UNREAD }

    private final transient NotificationCenter center;
    private final RadioButtonGroup<Show> show = new RadioButtonGroup<>();
    private final Grid<NotificationItem> grid = new Grid<>();
    private Registration countListener;

    NotificationsView(NotificationCenter center) {
        this.center = center;
        addClassName("notifications-view");
        setSizeFull();
        Button markAll = new Button(getTranslation("notification.mark-all-read"), VaadinIcon.CHECK.create(), e -> {
            center.markAllRead();
            UnreadCountChanged.fire();
        });
        markAll.setId("mark-all-read");

        show.setLabel(getTranslation("notification.show"));
        show.setItems(Show.values());
        show.setItemLabelGenerator(s -> getTranslation(s == Show.ALL ? "notification.show.all" : "notification.show.unread"));
        show.setValue(Show.ALL);
        show.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setAriaLabel(getTranslation("notification.title"));
        grid.addComponentColumn(item -> new NotificationEntry(item, center, () -> { }))
                .setHeader(getTranslation("notification.column.notification")).setKey("notification").setFlexGrow(1);
        grid.addComponentColumn(item -> {
            Button read = new Button(getTranslation("notification.mark-read"), e -> {
                center.markRead(item.id(), getLocale());
                UnreadCountChanged.fire();
            });
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            read.setAriaLabel(getTranslation("notification.mark-read-of", item.text()));
            read.setVisible(item.unread());
            return read;
        }).setHeader(getTranslation("action.actions")).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("notification.none"));
        grid.setItems(q -> center.page(unreadOnly(), VaadinSpringDataHelpers.toSpringPageRequest(q), getLocale()).stream(),
                q -> (int) center.count(unreadOnly()));
        grid.setSizeFull();
        add(new ViewToolbar(getTranslation("notification.title"), markAll), show, grid);
    }

    private boolean unreadOnly() {
        return show.getValue() == Show.UNREAD;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // Whatever was read here or under the bell, the list follows.
        countListener = ComponentUtil.addListener(event.getUI(), UnreadCountChanged.class,
                e -> grid.getDataProvider().refreshAll());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (countListener != null) {
            countListener.remove();
            countListener = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}
