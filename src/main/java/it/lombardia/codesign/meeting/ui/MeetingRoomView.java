package it.lombardia.codesign.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.live.LiveMessage;
import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.poll.PollOptionDraft;
import it.lombardia.codesign.poll.PollService;
import it.lombardia.codesign.poll.ui.PollPanel;
import it.lombardia.codesign.live.Participant;
import it.lombardia.codesign.live.Participants;
import it.lombardia.codesign.live.Presence;
import it.lombardia.codesign.live.ui.PagePresence;
import it.lombardia.codesign.meeting.AgendaItemView;
import it.lombardia.codesign.meeting.MeetingChanges;
import it.lombardia.codesign.meeting.MeetingDetails;
import it.lombardia.codesign.meeting.MeetingLinks;
import it.lombardia.codesign.meeting.MeetingRecords;
import it.lombardia.codesign.meeting.MeetingRoom;
import it.lombardia.codesign.meeting.MeetingService;
import it.lombardia.codesign.meeting.MeetingStatus;
import it.lombardia.codesign.meeting.SpeakingQueue;
import it.lombardia.codesign.meeting.SpeakerView;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Badge;
import it.lombardia.codesign.ui.Formats;
import it.lombardia.codesign.ui.Notifications;
import it.lombardia.codesign.ui.Params;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A meeting's live room: who is here, the agenda with the item the chair is on, that item and its
 * proposals, the speaking queue, the item timer and the chair's controls.
 *
 * <p>Everyone follows the chair by default: when the chair moves, their page moves. A participant
 * who opens another item keeps looking at it, whatever the chair does, until "Follow the chair".
 * Opening the room again (another tab, after a network drop or a new sign-in) starts afresh,
 * following the chair, so it always shows the current item.
 *
 * <p>The lower part is a {@link TabSheet}: "Current item" shows the item being looked at; other
 * features' panels join it through {@link #addTab(String, Component)} (see {@link #buildTabs}).
 */
@Route("meetings/:meetingId/room")
@PermitAll
@StyleSheet("context://meeting-room.css")
class MeetingRoomView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingRoom room;
    private final SpeakingQueue speakingQueue;
    private final MeetingService meetings;
    private final ProposalService proposals;
    private final CatalogService catalog;
    private final LiveUpdates live;
    private final Presence presence;
    private final Participants participants;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final PollService polls;
    private final MeetingRecords records;
    private PagePresence pagePresence;

    private long meetingId;
    private MeetingDetails meeting;
    private List<SpeakerView> queue = List.of();
    private String me = "";
    private String pageTitle = "";
    /** Whether the page moves with the chair; false while the user looks at another item. */
    private boolean following = true;
    /** The item the user looks at when not following. */
    private Long lookingAt;
    /** The item (as it was) the "Current item" tab shows, so that a refresh rebuilds it only when it changed. */
    private AgendaItemView shownItem;

    // Rebuilt for every meeting shown (Vaadin reuses the view between rooms): bindings hang on body.
    private Div body;
    private ViewToolbar toolbar;
    private final Div facts = new Div();
    private final Div presenceSlot = new Div();
    private final ItemTimer timer = new ItemTimer();
    private final Div notices = new Div();
    private final Div chairLeft = new Div();
    private final Div followBar = new Div();
    private final ChairControls chairControls;
    private final OrderedList agendaList = new OrderedList();
    private final Div itemPanel = new Div();
    private final Div pollSlot = new Div();
    private final Div recordsSlot = new Div();
    private final MenuBar more = new MenuBar();
    private TabSheet tabs;
    private Tab recordsTab;
    private SpeakingQueuePanel queuePanel;

    MeetingRoomView(MeetingRoom room, SpeakingQueue speakingQueue, MeetingService meetings, ProposalService proposals, CatalogService catalog,
                    LiveUpdates live, Presence presence, Participants participants, CurrentActor currentActor,
                    PollService polls, MeetingRecords records, Clock clock) {
        this.room = room;
        this.speakingQueue = speakingQueue;
        this.polls = polls;
        this.records = records;
        this.meetings = meetings;
        this.proposals = proposals;
        this.catalog = catalog;
        this.live = live;
        this.presence = presence;
        this.participants = participants;
        this.currentActor = currentActor;
        this.clock = clock;
        addClassName("meeting-room");
        facts.addClassName("room-facts");
        presenceSlot.addClassName("presence-slot");
        notices.addClassName("notices");
        chairLeft.addClassName("room-chair-left");
        chairLeft.setId("chair-left");
        chairLeft.getElement().setAttribute("role", "alert");
        followBar.addClassName("room-follow");
        followBar.setId("follow-bar");
        followBar.getElement().setAttribute("role", "status");
        agendaList.addClassName("room-agenda-list");
        itemPanel.addClassName("room-item");
        itemPanel.setId("room-item");
        more.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        more.setId("room-menu");
        more.addItem(getTranslation("room.menu")).getSubMenu()
                .addItem(getTranslation("room.chair.take"), e -> act(() -> room.takeOver(meetingId)))
                .setId("take-chair-menu");
        chairControls = new ChairControls(room, this::act);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get("meetingId").flatMap(Params::id);
        if (id.isEmpty() || meetings.meeting(id.get()).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        meetingId = id.get();
        following = true;
        lookingAt = null;
        shownItem = null;
        me = currentActor.require().username();
        meeting = enter();
        // from the report's "Correct" link: that item's records (?tab=records&item=ID)
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        query.getOrDefault(MeetingLinks.ITEM, List.of()).stream().findFirst().flatMap(Params::id)
                .filter(item -> meeting.item(item).isPresent()).ifPresent(item -> {
                    following = false;
                    lookingAt = item;
                });
        queue = speakingQueue.queue(meetingId);
        build();
        if (query.getOrDefault(MeetingLinks.TAB, List.of()).contains(MeetingLinks.RECORDS_TAB)) {
            tabs.setSelectedTab(recordsTab);
        }
        render();
    }

    private void build() {
        removeAll();
        pageTitle = meeting.title();
        toolbar = new ViewToolbar(pageTitle, more);
        queuePanel = new SpeakingQueuePanel(speakingQueue, this::act);
        Nav agenda = new Nav(new H2(getTranslation("room.agenda")), agendaList);
        agenda.addClassName("room-agenda");
        agenda.setId("room-agenda");
        agenda.getElement().setAttribute("aria-label", getTranslation("room.agenda"));
        tabs = new TabSheet();
        tabs.addClassName("room-tabs");
        tabs.setId("room-tabs");
        buildTabs();
        Div centre = new Div(followBar, tabs);
        centre.addClassName("room-centre");
        Div main = new Div(agenda, centre, queuePanel);
        main.addClassName("room-main");
        Div header = new Div(facts, presenceSlot, timer);
        header.addClassName("room-header");
        body = new Div(toolbar, header, notices, chairLeft, chairControls, main);
        body.addClassName("room-body");
        body.setWidthFull();
        add(body);
        presenceSlot.removeAll();
        // Bound to the body, which every navigation replaces: leaving a room leaves its place.
        pagePresence = new PagePresence(body, MeetingRoom.place(meetingId), presence, participants, live);
        presenceSlot.add(pagePresence.avatars());
        live.bind(body, MeetingChanges.about(meetingId), this::changedElsewhere);
        // someone arriving or leaving may be the chair: the banner and who may take the chair change
        String place = MeetingRoom.place(meetingId);
        live.bind(body, m -> m.is(Presence.TOPIC) && m.has("place", place), m -> refresh());
        // a change committed between reading the room and showing it would otherwise be missed
        body.addAttachListener(e -> refresh());
    }

    /**
     * The tabs below the room's header. "Current item" comes first; panels of the meeting's other
     * parts (polls, minutes and decisions) are added here with {@link #addTab}.
     */
    private void buildTabs() {
        addTab(getTranslation("room.tab.current-item"), itemPanel).setId("current-item-tab");
        addTab(getTranslation("room.tab.polls"), pollSlot).setId("polls-tab");
        recordsTab = addTab(getTranslation("room.tab.records"), recordsSlot);
        recordsTab.setId("records-tab");
    }

    /** Adds a tab to the room's tab area, after those already there. */
    Tab addTab(String label, Component content) {
        return tabs.add(label, content);
    }

    /** The meeting as the room shows it now, for panels added to the tabs. */
    MeetingDetails meeting() {
        return meeting;
    }

    /** The agenda item the user is looking at (the chair's unless they looked elsewhere), if any. */
    Optional<AgendaItemView> viewedItem() {
        Long id = following || lookingAt == null ? meeting.currentItemId() : lookingAt;
        if (id == null) {
            // before the start (or with no item under way) the agenda's first item, or the one picked
            return lookingAt != null ? meeting.item(lookingAt) : meeting.agenda().stream().findFirst();
        }
        return meeting.item(id);
    }

    // ---------------------------------------------------------------------------------------------

    private void changedElsewhere(List<LiveMessage> messages) {
        Long before = meeting.currentItemId();
        refresh();
        boolean byOthers = messages.stream().anyMatch(m -> !me.equalsIgnoreCase(m.get("by").orElse("")));
        if (byOthers && !following && !Objects.equals(before, meeting.currentItemId())) {
            followBar.getElement().setAttribute("data-moved", "true");
        }
    }

    /**
     * Enters the room (recording attendance). Two tabs of someone not yet an invitee may enter at the
     * same moment and both try to add them; the second then simply enters again.
     */
    private MeetingDetails enter() {
        try {
            return room.enter(meetingId);
        } catch (DataIntegrityViolationException e) {
            return room.enter(meetingId);
        }
    }

    /** Re-reads the room (the details and the queue) and shows it. */
    private void refresh() {
        Optional<MeetingDetails> latest = meetings.meeting(meetingId);
        if (latest.isEmpty()) {
            return;
        }
        MeetingDetails read = latest.get();
        if (read.status() == MeetingStatus.LIVE && meeting.status() != MeetingStatus.LIVE) {
            // the meeting started while the page was open: the user is in the room now
            read = enter();
            following = true;
            lookingAt = null;
        }
        meeting = read;
        queue = speakingQueue.queue(meetingId);
        render();
    }

    /** Runs a room action and shows the room as it is now; a refusal is told, and nothing else changes. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (TranslatableException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
        refresh();
    }

    private void open(AgendaItemView item) {
        if (meeting.status() == MeetingStatus.LIVE && meeting.access().chair()) {
            long seen = meeting.version();
            act(() -> room.goTo(meetingId, item.id(), seen));
            return;
        }
        boolean current = meeting.status() == MeetingStatus.LIVE && Objects.equals(item.id(), meeting.currentItemId());
        following = current;
        lookingAt = current ? null : item.id();
        render();
    }

    private void follow() {
        following = true;
        lookingAt = null;
        followBar.getElement().removeAttribute("data-moved");
        render();
    }

    // ---------------------------------------------------------------------------------------------
    // Rendering

    private void render() {
        if (meeting.access().chair() && meeting.status() == MeetingStatus.LIVE) {
            // the chair's page is where everyone is
            following = true;
            lookingAt = null;
        }
        if (!meeting.title().equals(pageTitle)) {
            pageTitle = meeting.title();
            toolbar.setTitle(pageTitle);
        }
        boolean live = meeting.status() == MeetingStatus.LIVE;
        boolean chairHere = chairInRoom();
        renderFacts();
        timer.show(live && Objects.equals(meeting.timerItemId(), meeting.currentItemId()) ? meeting.timerEndsAt() : null,
                clock, getLocale());
        renderNotices();
        chairLeft.removeAll();
        chairLeft.setVisible(live && !chairHere && !meeting.access().chair());
        if (chairLeft.isVisible()) {
            chairLeft.add(new Paragraph(getTranslation("room.chair.left", meeting.chair().displayName())));
            if (meeting.access().takeOver()) {
                Button take = new Button(getTranslation("room.chair.take"), e -> act(() -> room.takeOver(meetingId)));
                take.setId("take-chair");
                take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                chairLeft.add(take);
            }
        }
        // administrators may take the chair at any time; with the chair present, from this menu
        more.setVisible(live && meeting.access().takeOver() && chairHere);
        chairControls.show(meeting);
        renderAgenda();
        renderFollowBar();
        renderItem();
        queuePanel.show(meeting, queue, me);
    }

    private boolean chairInRoom() {
        return presence.at(MeetingRoom.place(meetingId)).stream().map(Participant::username)
                .anyMatch(u -> u.equalsIgnoreCase(meeting.chair().username()));
    }

    private void renderFacts() {
        facts.removeAll();
        Badge status = new Badge(getTranslation(meeting.status().labelKey()),
                meeting.status() == MeetingStatus.LIVE ? "success" : "contrast");
        status.setId("room-status");
        Span chair = new Span(getTranslation("room.chair", meeting.chair().displayName()));
        chair.setId("room-chair");
        Span when = new Span(Formats.dateTime(meeting.startsAt(), getLocale()));
        facts.add(status, chair, when);
        if (meeting.onlineLink() != null) {
            Anchor link = new Anchor(meeting.onlineLink(), getTranslation("room.online-link"));
            link.setTarget("_blank");
            facts.add(link);
        }
    }

    private void renderNotices() {
        notices.removeAll();
        switch (meeting.status()) {
            case SCHEDULED -> notices.add(notice("room.notice.not-started", "read-only-notice",
                    Formats.dateTime(meeting.startsAt(), getLocale())));
            case ENDED -> {
                Paragraph ended = notice("room.notice.ended", "read-only-notice");
                Anchor report = new Anchor(MeetingLinks.report(meetingId), getTranslation("room.notice.report"));
                report.setId("report-link");
                ended.add(new Span(" "), report);
                notices.add(ended);
            }
            case CANCELLED -> notices.add(notice("room.notice.cancelled", "warning-notice",
                    Objects.requireNonNullElse(meeting.cancelReason(), "")));
            case LIVE -> {
                if (!meeting.access().participate()) {
                    notices.add(notice("room.notice.watching", "read-only-notice"));
                }
            }
        }
        notices.setVisible(notices.getComponentCount() > 0);
    }

    private Paragraph notice(String key, String className, Object... args) {
        Paragraph notice = new Paragraph(getTranslation(key, args));
        notice.addClassName(className);
        notice.setId("room-notice");
        return notice;
    }

    private void renderAgenda() {
        agendaList.removeAll();
        Long viewed = viewedItem().map(AgendaItemView::id).orElse(null);
        for (AgendaItemView item : meeting.agenda()) {
            ListItem row = new ListItem();
            row.addClassName("room-agenda-item");
            Button open = new Button(item.position() + ". " + item.title(), e -> open(item));
            open.setId("agenda-item-" + item.id());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            row.add(open);
            if (Objects.equals(item.id(), meeting.currentItemId()) && meeting.status() == MeetingStatus.LIVE) {
                row.addClassName("current");
                open.getElement().setAttribute("aria-current", "step");
                row.add(new Badge(getTranslation("room.agenda.now"), "success"));
            }
            if (Objects.equals(item.id(), viewed)) {
                row.addClassName("viewed");
                open.getElement().setAttribute("aria-pressed", "true");
            }
            if (item.durationMinutes() != null) {
                Span duration = new Span(getTranslation("room.item.duration", item.durationMinutes()));
                duration.addClassName("room-agenda-duration");
                row.add(duration);
            }
            agendaList.add(row);
        }
    }

    private void renderFollowBar() {
        followBar.removeAll();
        boolean away = meeting.status() == MeetingStatus.LIVE && !following;
        followBar.setVisible(away);
        if (!away) {
            followBar.getElement().removeAttribute("data-moved");
            return;
        }
        String current = meeting.currentItem().map(i -> i.position() + ". " + i.title()).orElse("");
        Button follow = new Button(getTranslation("room.follow"), e -> follow());
        follow.setId("follow-chair");
        follow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        followBar.add(new Span(getTranslation("room.follow.chair-is-on", current)), follow);
    }

    private void renderItem() {
        Optional<AgendaItemView> item = viewedItem();
        if (item.isPresent() && item.get().equals(shownItem)) {
            return;
        }
        shownItem = item.orElse(null);
        itemPanel.removeAll();
        pollSlot.removeAll();
        recordsSlot.removeAll();
        if (item.isEmpty()) {
            itemPanel.add(new Paragraph(getTranslation("room.item.none")));
            return;
        }
        AgendaItemView shown = item.get();
        H2 title = new H2(shown.position() + ". " + shown.title());
        title.setId("room-item-title");
        Div heading = new Div(title);
        heading.addClassName("room-item-heading");
        if (shown.durationMinutes() != null) {
            heading.add(new Span(getTranslation("room.item.duration", shown.durationMinutes())));
        }
        itemPanel.add(heading);
        if (shown.description() != null) {
            Paragraph description = new Paragraph(shown.description());
            description.addClassName("room-item-description");
            itemPanel.add(description);
        }
        List<ProposalDetails> linked = shown.proposalIds().stream().map(proposals::find).flatMap(Optional::stream)
                .toList();
        // the item's polls; its proposals are offered as options
        List<PollOptionDraft> options = linked.stream()
                .map(p -> new PollOptionDraft(p.content().title(), p.id())).toList();
        pollSlot.add(new PollPanel(polls, live, MeetingRoom.POLL_VENUE, meetingId, shown.id(), () -> options));
        recordsSlot.add(new ItemRecordsPanel(records, live, meetingId, shown.id(), pagePresence, true));
        if (linked.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("room.item.no-proposals"));
            none.addClassName("room-item-no-proposals");
            itemPanel.add(none);
        } else if (linked.size() == 1) {
            itemPanel.add(new ProposalCard(linked.getFirst(), catalog, getLocale()));
        } else {
            TabSheet pick = new TabSheet();
            pick.addClassName("room-proposals");
            pick.setId("room-proposals");
            linked.forEach(p -> pick.add(p.content().title(), new ProposalCard(p, catalog, getLocale())));
            itemPanel.add(pick);
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
