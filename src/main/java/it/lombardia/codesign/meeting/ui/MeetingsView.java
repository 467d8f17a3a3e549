package it.lombardia.codesign.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.meeting.MeetingCalendar;
import it.lombardia.codesign.meeting.MeetingChanges;
import it.lombardia.codesign.meeting.MeetingLinks;
import it.lombardia.codesign.meeting.MeetingService;
import it.lombardia.codesign.ui.Notifications;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;

/**
 * The meetings the user takes part in, or all of them: those to come first, past ones below, kept
 * up to date while open; and the address of the user's personal calendar feed.
 */
@Route(MeetingLinks.MEETINGS)
@Menu(order = 8, title = "meeting.nav.meetings", icon = "CALENDAR_CLOCK")
@PermitAll
class MeetingsView extends VerticalLayout implements HasDynamicTitle {

    private final MeetingService meetings;
    private final MeetingCalendar calendar;
    private final Clock clock;
    private final Tab mine = new Tab();
    private final Tab all = new Tab();
    private final Tabs tabs = new Tabs();
    private final MeetingList list = new MeetingList(true);
    final TextField feedAddress = new TextField();

    MeetingsView(MeetingService meetings, MeetingCalendar calendar, LiveUpdates live, Clock clock) {
        this.meetings = meetings;
        this.calendar = calendar;
        this.clock = clock;
        addClassName("meetings-view");
        mine.setLabel(getTranslation("meeting.list.mine"));
        mine.setId("tab-mine");
        all.setLabel(getTranslation("meeting.list.all"));
        all.setId("tab-all");
        tabs.add(mine, all);
        tabs.addSelectedChangeListener(e -> refresh());
        list.setWidthFull();
        add(new ViewToolbar(getTranslation("meeting.meetings.title")), tabs, list, subscription());
        refresh();
        live.bind(this, MeetingChanges.any(), messages -> refresh());
    }

    void refresh() {
        list.show(tabs.getSelectedTab() == all ? meetings.meetings(null) : meetings.myMeetings(), clock.instant());
    }

    private Details subscription() {
        feedAddress.setId("feed-address");
        feedAddress.setLabel(getTranslation("meeting.feed.address"));
        feedAddress.setReadOnly(true);
        feedAddress.setWidthFull();
        feedAddress.setValue(address(calendar.myFeedToken()));
        Button copy = new Button(getTranslation("meeting.feed.copy"), VaadinIcon.COPY.create(), e -> {
            feedAddress.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)",
                    feedAddress.getValue());
            Notifications.success(getTranslation("meeting.feed.copied"));
        });
        copy.setId("feed-copy");
        Button reset = new Button(getTranslation("meeting.feed.reset"), VaadinIcon.REFRESH.create(), e -> {
            feedAddress.setValue(address(calendar.resetMyFeedToken()));
            Notifications.success(getTranslation("meeting.feed.was-reset"));
        });
        reset.setId("feed-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(feedAddress, copy, reset);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(new Paragraph(getTranslation("meeting.feed.intro")), row);
        box.setPadding(false);
        Details details = new Details(getTranslation("meeting.feed.title"), box);
        details.setId("feed");
        details.setWidthFull();
        return details;
    }

    /** The feed's full address, as calendar apps need it, from the address this page was opened at. */
    private static String address(String token) {
        String base = "/";
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        if (current != null) {
            HttpServletRequest request = current.getHttpServletRequest();
            boolean defaultPort = ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                    || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
            base = request.getScheme() + "://" + request.getServerName()
                    + (defaultPort || request.getServerPort() <= 0 ? "" : ":" + request.getServerPort())
                    + request.getContextPath() + "/";
        }
        return base + MeetingCalendar.feedPath(token);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.meetings.title");
    }
}
