package it.lombardia.codesign.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.meeting.AgendaItemView;
import it.lombardia.codesign.meeting.InviteeView;
import it.lombardia.codesign.meeting.MeetingCalendar;
import it.lombardia.codesign.meeting.MeetingChanges;
import it.lombardia.codesign.meeting.MeetingDetails;
import it.lombardia.codesign.meeting.MeetingLinks;
import it.lombardia.codesign.meeting.MeetingService;
import it.lombardia.codesign.meeting.MeetingStatus;
import it.lombardia.codesign.meeting.WorkingGroupService;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.shared.Lombardy;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Badge;
import it.lombardia.codesign.ui.Formats;
import it.lombardia.codesign.ui.Notifications;
import it.lombardia.codesign.ui.Params;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One meeting: when and where, who chairs, the agenda with its proposals, who is invited and
 * coming; the invitee answers, the managers change or cancel it, and everyone reaches its live room
 * and, once it ended, its report. Kept up to date while open.
 */
@Route("meetings/:meetingId")
@PermitAll
class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final WorkingGroupService groups;
    private final RoundService rounds;
    private final ProposalService proposals;
    private final AccountDirectory directory;
    private final CurrentActor currentActor;
    private final LiveUpdates live;
    private Registration liveBinding;
    private MeetingDetails current;
    private String title = "";
    /** The browser's time zone once known, to show the time there too when it differs from Rome's. */
    private ZoneId browserZone;

    MeetingView(MeetingService meetings, WorkingGroupService groups, RoundService rounds, ProposalService proposals,
                AccountDirectory directory, CurrentActor currentActor, LiveUpdates live) {
        this.meetings = meetings;
        this.groups = groups;
        this.rounds = rounds;
        this.proposals = proposals;
        this.directory = directory;
        this.currentActor = currentActor;
        this.live = live;
        addClassName("meeting-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<MeetingDetails> meeting = event.getRouteParameters().get("meetingId").flatMap(Params::id)
                .flatMap(meetings::meeting);
        if (meeting.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        long id = meeting.get().id();
        show(meeting.get());
        if (liveBinding != null) {
            liveBinding.remove();
        }
        liveBinding = live.bind(this, MeetingChanges.about(id, MeetingChanges.DETAILS)
                .or(MeetingChanges.about(id, MeetingChanges.ROOM)), messages -> reload());
        event.getUI().getPage().retrieveExtendedClientDetails(details -> {
            try {
                browserZone = ZoneId.of(details.getTimeZoneId());
                if (current != null) {
                    show(current);
                }
            } catch (RuntimeException e) {
                browserZone = null;
            }
        });
    }

    void reload() {
        if (current != null) {
            meetings.meeting(current.id()).ifPresent(this::show);
        }
    }

    private void show(MeetingDetails meeting) {
        current = meeting;
        title = meeting.title();
        removeAll();
        ViewToolbar toolbar = new ViewToolbar(meeting.title(), actions(meeting));
        add(toolbar);
        toolbar.setTitle(meeting.title());
        Div badges = new Div(MeetingTexts.status(this, meeting.status()));
        badges.addClassName("badges");
        if (meeting.myRegistration() != null) {
            badges.add(MeetingTexts.registration(this, meeting.myRegistration()));
        }
        add(badges);
        if (meeting.status() == MeetingStatus.CANCELLED) {
            Paragraph reason = new Paragraph(getTranslation("meeting.view.cancelled", meeting.cancelReason()));
            reason.setId("cancel-reason-text");
            reason.addClassName("warning-notice");
            add(reason);
        }
        add(facts(meeting));
        if (meeting.access().register()) {
            add(registration(meeting));
        }
        if (meeting.description() != null) {
            Paragraph description = new Paragraph(meeting.description());
            description.setId("meeting-description-text");
            description.getStyle().set("white-space", "pre-line");
            add(description);
        }
        add(new H2(getTranslation("meeting.agenda.title")), agenda(meeting));
        add(new H2(getTranslation("meeting.view.invitees", meeting.invitees().size())), invitees(meeting));
    }

    private Component[] actions(MeetingDetails meeting) {
        Anchor ics = new Anchor(MeetingCalendar.filePath(meeting.id()), getTranslation("meeting.view.ics"));
        ics.setId("ics");
        ics.setRouterIgnore(true);
        ics.getElement().setAttribute("download", true);
        boolean scheduled = meeting.status() == MeetingStatus.SCHEDULED;
        Button edit = new Button(getTranslation("meeting.action.edit"), VaadinIcon.EDIT.create(), e -> openEditor());
        edit.setId("edit-meeting");
        edit.setVisible(meeting.access().manage() && scheduled);
        Button cancel = new Button(getTranslation("meeting.action.cancel"), VaadinIcon.CLOSE_CIRCLE.create(),
                e -> new CancelMeetingDialog(meetings, current, this::reload).open());
        cancel.setId("cancel-meeting");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.setVisible(meeting.access().manage() && scheduled);
        Button room = new Button(getTranslation("meeting.view.join-room"), VaadinIcon.SIGN_IN.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(MeetingLinks.room(meeting.id()))));
        room.setId("join-room");
        room.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        room.setVisible(meeting.status() == MeetingStatus.LIVE
                || (scheduled && (meeting.access().manage() || meeting.access().chair()
                || meeting.chair().username().equalsIgnoreCase(me()))));
        Anchor report = new Anchor(MeetingLinks.report(meeting.id()), getTranslation("meeting.view.report"));
        report.setId("report-link");
        report.setVisible(meeting.status() == MeetingStatus.ENDED);
        return new Component[]{ics, report, edit, cancel, room};
    }

    private String me() {
        return currentActor.find().map(a -> a.username()).orElse("");
    }

    private void openEditor() {
        MeetingDetails meeting = current;
        groups.group(meeting.groupId()).ifPresent(group -> MeetingEditor.edit(meetings, rounds, proposals, directory,
                group, meeting, me(), id -> reload()).open());
    }

    private Component facts(MeetingDetails meeting) {
        Div facts = new Div();
        facts.addClassName("meeting-facts");
        RouterLink group = new RouterLink(meeting.groupName(), WorkingGroupView.class,
                new RouteParameters("groupId", String.valueOf(meeting.groupId())));
        group.setId("meeting-group");
        facts.add(fact("meeting.view.group", group));
        Span when = new Span(MeetingTexts.when(meeting.startsAt(), meeting.endsAt(), getLocale()));
        when.setId("meeting-when");
        Div whenBox = new Div(when);
        if (browserZone != null && !browserZone.getRules().getOffset(meeting.startsAt())
                .equals(Lombardy.ZONE.getRules().getOffset(meeting.startsAt()))) {
            Span local = new Span(getTranslation("meeting.view.your-time",
                    java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM,
                            java.time.format.FormatStyle.SHORT).withLocale(getLocale()).withZone(browserZone)
                            .format(meeting.startsAt()), browserZone.getId()));
            local.setId("meeting-when-local");
            whenBox.add(new Div(local));
        }
        facts.add(fact("meeting.view.when", whenBox));
        if (meeting.onlineLink() != null) {
            Anchor link = new Anchor(meeting.onlineLink(), meeting.onlineLink(), AnchorTarget.BLANK);
            link.setId("meeting-online-link");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            facts.add(fact("meeting.view.online", link));
        }
        if (meeting.place() != null) {
            Span place = new Span(meeting.place());
            place.setId("meeting-place-text");
            facts.add(fact("meeting.view.place", place));
        }
        Span chair = new Span(meeting.chair().displayName());
        chair.setId("meeting-chair-name");
        facts.add(fact("meeting.view.chair", chair));
        if (meeting.status() == MeetingStatus.ENDED && meeting.endedAt() != null) {
            facts.add(fact("meeting.view.ended", new Span(Formats.dateTime(meeting.endedAt(), getLocale()))));
        }
        return facts;
    }

    private Div fact(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("stat-label");
        Div row = new Div(label, new Span(" "), value);
        row.addClassName("meeting-fact");
        return row;
    }

    private Component registration(MeetingDetails meeting) {
        Button yes = new Button(getTranslation("meeting.view.attend"), VaadinIcon.CHECK.create(),
                e -> register(it.lombardia.codesign.meeting.Registration.ACCEPTED));
        yes.setId("register-yes");
        Button no = new Button(getTranslation("meeting.view.not-attend"), VaadinIcon.CLOSE.create(),
                e -> register(it.lombardia.codesign.meeting.Registration.DECLINED));
        no.setId("register-no");
        if (meeting.myRegistration() == it.lombardia.codesign.meeting.Registration.ACCEPTED) {
            yes.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        } else if (meeting.myRegistration() == it.lombardia.codesign.meeting.Registration.DECLINED) {
            no.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        }
        Span question = new Span(getTranslation(meeting.myRegistration() == null ? "meeting.view.register-question"
                : "meeting.view.answer-question"));
        HorizontalLayout box = new HorizontalLayout(question, yes, no);
        box.setId("registration");
        box.setAlignItems(FlexComponent.Alignment.BASELINE);
        box.setWrap(true);
        return box;
    }

    private void register(it.lombardia.codesign.meeting.Registration answer) {
        try {
            meetings.register(current.id(), answer);
            Notifications.success(getTranslation(answer.labelKey()));
            reload();
        } catch (TranslatableException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private Component agenda(MeetingDetails meeting) {
        OrderedList list = new OrderedList();
        list.setId("agenda");
        if (meeting.agenda().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("meeting.view.no-agenda"));
            none.setId("agenda");
            return none;
        }
        Map<Long, String> titles = new HashMap<>();
        for (AgendaItemView item : meeting.agenda()) {
            ListItem li = new ListItem();
            li.setId("agenda-item-" + item.id());
            li.addClassName("agenda-item");
            Span itemTitle = new Span(item.title());
            itemTitle.addClassName("agenda-item-title");
            li.add(itemTitle);
            if (item.durationMinutes() != null) {
                Span minutes = new Span(" (" + getTranslation("meeting.minutes", item.durationMinutes()) + ")");
                minutes.addClassName("agenda-item-minutes");
                li.add(minutes);
            }
            if (item.description() != null) {
                Paragraph d = new Paragraph(item.description());
                d.addClassName("agenda-item-description");
                li.add(d);
            }
            if (!item.proposalIds().isEmpty()) {
                Div links = new Div(new Span(getTranslation("meeting.view.proposals") + " "));
                links.addClassName("agenda-item-proposals");
                boolean first = true;
                for (Long id : item.proposalIds()) {
                    if (!first) {
                        links.add(new Span(" \u00b7 "));
                    }
                    first = false;
                    String name = titles.computeIfAbsent(id, pid -> proposals.find(pid).map(ProposalDetails::content)
                            .map(c -> c.title()).orElse("#" + pid));
                    Anchor link = new Anchor("proposals/" + id, name);
                    link.addClassName("agenda-proposal");
                    links.add(link);
                }
                li.add(links);
            }
            list.add(li);
        }
        return list;
    }

    private Component invitees(MeetingDetails meeting) {
        UnorderedList list = new UnorderedList();
        list.setId("invitees");
        boolean happened = meeting.status() == MeetingStatus.LIVE || meeting.status() == MeetingStatus.ENDED;
        for (InviteeView invitee : meeting.invitees()) {
            ListItem li = new ListItem(new Span(invitee.displayName() + " "));
            li.setId("invitee-" + invitee.username());
            li.addClassName("invitee");
            li.add(MeetingTexts.registration(this, invitee.registration()));
            if (invitee.noteTaker()) {
                Badge notes = new Badge(getTranslation("meeting.view.note-taker"), "primary");
                notes.addClassName("invitee-note-taker");
                li.add(notes);
            }
            if (invitee.username().equalsIgnoreCase(meeting.chair().username())) {
                Badge chair = new Badge(getTranslation("meeting.view.chair-badge"), "primary");
                chair.addClassName("invitee-chair");
                li.add(chair);
            }
            if (happened) {
                Badge attended = new Badge(getTranslation(invitee.attended() ? "meeting.view.attended"
                        : "meeting.view.absent"), invitee.attended() ? "success" : "contrast");
                attended.addClassName("invitee-attendance");
                li.add(attended);
            }
            list.add(li);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
