package it.lombardia.codesign.meeting;

import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.identity.Actor;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Builds what people see of meetings from the entities; used by every service of the feature. */
@Component
class MeetingViews {

    private final WorkingGroupRepository groups;
    private final AgendaItemRepository items;
    private final InviteeRepository invitees;
    private final AccountDirectory directory;
    private final MeetingRules rules;

    MeetingViews(WorkingGroupRepository groups, AgendaItemRepository items, InviteeRepository invitees,
                 AccountDirectory directory, MeetingRules rules) {
        this.groups = groups;
        this.items = items;
        this.invitees = invitees;
        this.directory = directory;
        this.rules = rules;
    }

    WorkingGroup groupOf(Meeting meeting) {
        return groups.findById(meeting.getGroupId()).orElseThrow();
    }

    MeetingAccess access(Meeting meeting, Actor actor) {
        return rules.access(actor, groupOf(meeting), meeting,
                invitees.findByMeetingIdAndUsernameIgnoreCase(meeting.getId(), actor.username()));
    }

    MeetingDetails details(Meeting meeting, Actor actor) {
        WorkingGroup group = groupOf(meeting);
        List<Invitee> people = invitees.findByMeetingIdOrderByUsernameAsc(meeting.getId());
        Set<String> usernames = new HashSet<>();
        people.forEach(i -> usernames.add(i.getUsername()));
        usernames.add(meeting.getChair());
        Map<String, String> names = directory.displayNames(usernames);
        Optional<Invitee> mine = people.stream().filter(i -> i.getUsername().equalsIgnoreCase(actor.username())).findFirst();
        List<AgendaItemView> agenda = items.findByMeetingIdOrderByPositionAsc(meeting.getId()).stream()
                .map(MeetingViews::view).toList();
        List<InviteeView> inviteeViews = people.stream()
                .map(i -> new InviteeView(i.getUsername(), names.get(i.getUsername()), i.isNoteTaker(),
                        i.getRegistration(), i.isAttended(), i.getFirstJoinedAt()))
                .sorted(java.util.Comparator.comparing(InviteeView::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new MeetingDetails(meeting.getId(), group.getId(), group.getName(), Set.copyOf(group.getClusterCodes()),
                meeting.getRoundId(), meeting.getTitle(), meeting.getDescription(), meeting.getStartsAt(),
                meeting.endsAt(), meeting.getDurationMinutes(), meeting.getTimeZone(), meeting.getOnlineLink(),
                meeting.getPlace(), new PersonRef(meeting.getChair(), names.get(meeting.getChair())),
                meeting.getStatus(), meeting.getCancelReason(), meeting.getStartedAt(), meeting.getEndedAt(),
                meeting.getCurrentItemId(), meeting.getTimerItemId(), meeting.getTimerEndsAt(),
                meeting.getFloorHolder(), agenda, inviteeViews, mine.map(Invitee::getRegistration).orElse(null),
                rules.access(actor, group, meeting, mine), meeting.getVersion());
    }

    static AgendaItemView view(AgendaItem item) {
        return new AgendaItemView(item.getId(), item.getPosition(), item.getTitle(), item.getDescription(),
                item.getDurationMinutes(), List.copyOf(item.getProposalIds()), item.getSpentSeconds());
    }

    MeetingSummary summary(Meeting meeting, WorkingGroup group, List<Invitee> people, String actor, String chairName) {
        Registration mine = people.stream().filter(i -> i.getUsername().equalsIgnoreCase(actor))
                .map(Invitee::getRegistration).findFirst().orElse(null);
        int accepted = (int) people.stream().filter(i -> i.getRegistration() == Registration.ACCEPTED).count();
        return new MeetingSummary(meeting.getId(), group.getId(), group.getName(), meeting.getTitle(),
                meeting.getStartsAt(), meeting.endsAt(), meeting.getStatus(), chairName, people.size(), accepted, mine);
    }
}
