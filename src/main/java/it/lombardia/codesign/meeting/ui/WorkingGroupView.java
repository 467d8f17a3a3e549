package it.lombardia.codesign.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.meeting.MeetingChanges;
import it.lombardia.codesign.meeting.MeetingService;
import it.lombardia.codesign.meeting.WorkingGroupDetails;
import it.lombardia.codesign.meeting.WorkingGroupService;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Optional;

/** One working group: what it is, who is in it and its meetings; its managers change it and schedule meetings. */
@Route("working-groups/:groupId")
@PermitAll
class WorkingGroupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkingGroupService groups;
    private final MeetingService meetings;
    private final CatalogService catalog;
    private final AccountDirectory directory;
    private final RoundService rounds;
    private final ProposalService proposals;
    private final LiveUpdates live;
    private final Clock clock;
    private final CurrentActor currentActor;
    private final MeetingList meetingList = new MeetingList(false);
    private Registration liveBinding;
    private long groupId;
    private String title = "";

    WorkingGroupView(WorkingGroupService groups, MeetingService meetings, CatalogService catalog,
                     AccountDirectory directory, RoundService rounds, ProposalService proposals, LiveUpdates live,
                     Clock clock, CurrentActor currentActor) {
        this.currentActor = currentActor;
        this.groups = groups;
        this.meetings = meetings;
        this.catalog = catalog;
        this.directory = directory;
        this.rounds = rounds;
        this.proposals = proposals;
        this.live = live;
        this.clock = clock;
        addClassName("working-group-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get("groupId").flatMap(p -> it.lombardia.codesign.ui.Params.id(p));
        Optional<WorkingGroupDetails> group = id.flatMap(groups::group);
        if (group.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        groupId = group.get().id();
        show(group.get());
        if (liveBinding != null) {
            liveBinding.remove();
        }
        liveBinding = live.bind(this, m -> MeetingChanges.any().test(m) && m.has("group", groupId),
                messages -> groups.group(groupId).ifPresent(this::show));
    }

    private void show(WorkingGroupDetails group) {
        removeAll();
        title = group.name();
        Button edit = new Button(getTranslation("meeting.action.edit"), VaadinIcon.EDIT.create(),
                e -> new WorkingGroupDialog(groups, catalog, directory, group, group.clusterCodes(),
                        id -> groups.group(id).ifPresent(this::show)).open());
        edit.setId("edit-group");
        edit.setVisible(group.manageable());
        Button schedule = new Button(getTranslation("meeting.action.schedule"), VaadinIcon.CALENDAR_CLOCK.create(),
                e -> MeetingEditor.schedule(meetings, rounds, proposals, directory, group, currentActor.require().username(),
                        id -> getUI().ifPresent(ui -> ui.navigate(it.lombardia.codesign.meeting.MeetingLinks.meeting(id))))
                        .open());
        schedule.setId("schedule-meeting");
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.setVisible(group.manageable());
        ViewToolbar toolbar = new ViewToolbar(group.name(), edit, schedule);
        add(toolbar);
        toolbar.setTitle(group.name());
        add(WorkingGroupsView.GroupBadges.of(this, catalog, group));
        if (group.description() != null) {
            Paragraph description = new Paragraph(group.description());
            description.setId("group-description-text");
            add(description);
        }
        UnorderedList members = new UnorderedList();
        members.setId("group-members-list");
        group.members().forEach(m -> members.add(new ListItem(m.displayName())));
        if (group.members().isEmpty()) {
            members.add(new ListItem(getTranslation("meeting.group.no-members")));
        }
        add(new H2(getTranslation("meeting.group.members-title", group.members().size())), members);
        Div meetingsBox = new Div(meetingList);
        meetingsBox.setWidthFull();
        add(meetingsBox);
        meetingList.show(meetings.meetings(group.id()), clock.instant());
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
