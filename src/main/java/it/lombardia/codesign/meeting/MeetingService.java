package it.lombardia.codesign.meeting;

import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.live.LiveBus;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.shared.AuditEvent;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduling meetings: the group's managers schedule, change and cancel them (and the chair may too);
 * invitees answer; everyone signed in reads them. Only a scheduled meeting's details and agenda can
 * change, so that what a live or past meeting recorded always refers to the agenda it had.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class MeetingService {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int AGENDA_MAX = 30;
    public static final int MIN_DURATION = 5;
    public static final int MAX_DURATION = 720;

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final InviteeRepository invitees;
    private final WorkingGroupService groupService;
    private final MeetingViews views;
    private final CurrentActor currentActor;
    private final AccountDirectory directory;
    private final ProposalService proposals;
    private final ApplicationEventPublisher events;
    private final LiveBus live;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, AgendaItemRepository items, InviteeRepository invitees,
                   WorkingGroupService groupService, MeetingViews views, CurrentActor currentActor,
                   AccountDirectory directory, ProposalService proposals, ApplicationEventPublisher events,
                   LiveBus live, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.invitees = invitees;
        this.groupService = groupService;
        this.views = views;
        this.currentActor = currentActor;
        this.directory = directory;
        this.proposals = proposals;
        this.events = events;
        this.live = live;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------
    // Reading

    /** Every meeting, or those of one group, earliest first. */
    public List<MeetingSummary> meetings(Long groupId) {
        Actor actor = currentActor.require();
        List<Meeting> list = groupId == null ? meetings.findAllByOrderByStartsAtAsc()
                : meetings.findByGroupIdInOrderByStartsAtAsc(List.of(groupId));
        return summaries(list, actor);
    }

    /** The meetings the user takes part in (invited, member of the group, or chair), earliest first. */
    public List<MeetingSummary> myMeetings() {
        Actor actor = currentActor.require();
        Set<Long> invitedTo = invitees.findByUsernameIgnoreCase(actor.username()).stream()
                .map(Invitee::getMeetingId).collect(Collectors.toSet());
        Set<Long> memberOf = groupService.memberGroupIds(actor.username());
        List<Meeting> mine = meetings.findAllByOrderByStartsAtAsc().stream()
                .filter(m -> invitedTo.contains(m.getId()) || memberOf.contains(m.getGroupId())
                        || m.getChair().equalsIgnoreCase(actor.username()))
                .toList();
        return summaries(mine, actor);
    }

    public Optional<MeetingDetails> meeting(long id) {
        Actor actor = currentActor.require();
        return meetings.findById(id).map(m -> views.details(m, actor));
    }

    /** Whether the user may schedule meetings for the group. */
    public boolean mayScheduleFor(long groupId) {
        Actor actor = currentActor.require();
        return MeetingRules.mayManageGroup(actor, groupService.load(groupId));
    }

    private List<MeetingSummary> summaries(List<Meeting> list, Actor actor) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Invitee>> people = invitees.findByMeetingIdIn(list.stream().map(Meeting::getId).toList())
                .stream().collect(Collectors.groupingBy(Invitee::getMeetingId));
        Map<Long, WorkingGroup> groups = new HashMap<>();
        Map<String, String> chairs = directory.displayNames(list.stream().map(Meeting::getChair).toList());
        return list.stream().map(m -> views.summary(m, groups.computeIfAbsent(m.getGroupId(), groupService::load),
                people.getOrDefault(m.getId(), List.of()), actor.username(), chairs.get(m.getChair()))).toList();
    }

    // ---------------------------------------------------------------------------------------------
    // Scheduling

    @Transactional
    public long schedule(MeetingDraft draft) {
        Actor actor = currentActor.require();
        WorkingGroup group = groupService.load(draft.groupId());
        MeetingRules.requireManage(actor, group);
        Instant now = clock.instant();
        validate(draft, now);
        Meeting meeting = new Meeting(group.getId(), actor.username(), now);
        meeting.apply(draft);
        meeting = meetings.saveAndFlush(meeting);
        saveAgenda(meeting, draft.agenda());
        Set<String> added = saveInvitees(meeting, draft);
        events.publishEvent(new AuditEvent(actor.username(), "meeting", String.valueOf(meeting.getId()), "schedule",
                null, draft));
        events.publishEvent(new MeetingScheduled(meeting.getId(), meeting.getTitle(), meeting.getStartsAt(),
                actor.username(), added));
        live.publish(MeetingChanges.message(meeting.getId(), group.getId(), MeetingChanges.DETAILS, actor.username()));
        return meeting.getId();
    }

    @Transactional
    public void update(long id, long expectedVersion, MeetingDraft draft) {
        Actor actor = currentActor.require();
        Meeting meeting = load(id);
        WorkingGroup group = views.groupOf(meeting);
        requireChangeable(actor, group, meeting, expectedVersion);
        if (draft.groupId() != meeting.getGroupId()) {
            throw new TranslatableException("meeting.error.group-fixed");
        }
        Instant now = clock.instant();
        // A meeting already under way in the calendar may keep its start; a new start must be ahead.
        validate(draft, draft.startsAt() != null && draft.startsAt().equals(meeting.getStartsAt()) ? Instant.MIN : now);
        MeetingDraft before = views.details(meeting, actor).draft();
        meeting.apply(draft);
        meeting.touch(actor.username(), now);
        if (!before.startsAt().equals(draft.startsAt())) {
            meeting.setRemindedAt(null);
        }
        meetings.saveAndFlush(meeting);
        saveAgenda(meeting, draft.agenda());
        Set<String> added = saveInvitees(meeting, draft);
        events.publishEvent(new AuditEvent(actor.username(), "meeting", String.valueOf(id), "update", before, draft));
        if (!added.isEmpty()) {
            events.publishEvent(new MeetingScheduled(id, meeting.getTitle(), meeting.getStartsAt(), actor.username(), added));
        }
        live.publish(MeetingChanges.message(id, group.getId(), MeetingChanges.DETAILS, actor.username()));
    }

    @Transactional
    public void cancel(long id, long expectedVersion, String reason) {
        Actor actor = currentActor.require();
        Meeting meeting = load(id);
        WorkingGroup group = views.groupOf(meeting);
        requireChangeable(actor, group, meeting, expectedVersion);
        if (reason == null || reason.isBlank()) {
            throw new TranslatableException("meeting.error.cancel-reason-required");
        }
        if (reason.strip().length() > 1000) {
            throw new TranslatableException("meeting.error.too-long", 1000);
        }
        meeting.setStatus(MeetingStatus.CANCELLED);
        meeting.setCancelReason(reason.strip());
        meeting.touch(actor.username(), clock.instant());
        meetings.saveAndFlush(meeting);
        Set<String> everyone = invitees.findByMeetingIdOrderByUsernameAsc(id).stream().map(Invitee::getUsername)
                .collect(Collectors.toCollection(TreeSet::new));
        events.publishEvent(new AuditEvent(actor.username(), "meeting", String.valueOf(id), "cancel", null, reason.strip()));
        events.publishEvent(new MeetingCancelled(id, meeting.getTitle(), meeting.getStartsAt(), actor.username(),
                reason.strip(), everyone));
        live.publish(MeetingChanges.message(id, group.getId(), MeetingChanges.DETAILS, actor.username()));
    }

    /**
     * The user answers the invitation: coming or not. A member of the group who was not invited
     * registers by answering, and becomes an invitee.
     */
    @Transactional
    public void register(long id, Registration answer) {
        Actor actor = currentActor.require();
        if (answer == Registration.INVITED) {
            throw new TranslatableException("meeting.error.registration-answer");
        }
        Meeting meeting = load(id);
        WorkingGroup group = views.groupOf(meeting);
        Optional<Invitee> invitee = invitees.findByMeetingIdAndUsernameIgnoreCase(id, actor.username());
        if (!MeetingRules.isParticipant(actor, group, meeting, invitee)) {
            throw new NotPermittedException("meeting.error.not-participant");
        }
        if (meeting.getStatus() != MeetingStatus.SCHEDULED) {
            throw new TranslatableException("meeting.error.not-scheduled");
        }
        Invitee person = invitee.orElseGet(() -> new Invitee(id, actor.username()));
        person.register(answer, clock.instant());
        invitees.saveAndFlush(person);
        events.publishEvent(new AuditEvent(actor.username(), "meeting", String.valueOf(id), "register", null,
                answer.name()));
        live.publish(MeetingChanges.message(id, group.getId(), MeetingChanges.DETAILS, actor.username()));
    }

    // ---------------------------------------------------------------------------------------------

    Meeting load(long id) {
        return meetings.findById(id).orElseThrow(() -> new TranslatableException("meeting.error.no-such-meeting"));
    }

    /** The actor manages the meeting, it has not started, and it is as they saw it. */
    private static void requireChangeable(Actor actor, WorkingGroup group, Meeting meeting, long expectedVersion) {
        if (!MeetingRules.mayManage(actor, group, meeting)) {
            throw new NotPermittedException("meeting.error.not-group-manager");
        }
        if (meeting.getStatus() != MeetingStatus.SCHEDULED) {
            throw new TranslatableException("meeting.error.not-scheduled");
        }
        if (meeting.getVersion() != expectedVersion) {
            throw new TranslatableException("error.stale");
        }
    }

    private void saveAgenda(Meeting meeting, List<AgendaItemDraft> agenda) {
        Map<Long, AgendaItem> existing = new HashMap<>();
        items.findByMeetingIdOrderByPositionAsc(meeting.getId()).forEach(i -> existing.put(i.getId(), i));
        List<AgendaItem> kept = new ArrayList<>();
        int position = 1;
        for (AgendaItemDraft draft : agenda) {
            AgendaItem item = draft.id() == null ? null : existing.remove(draft.id());
            if (item == null) {
                item = new AgendaItem(meeting.getId());
            }
            item.apply(position++, draft);
            kept.add(item);
        }
        items.deleteAll(existing.values());
        items.flush();
        items.saveAllAndFlush(kept);
    }

    /** Brings the invitees in line with the draft (the chair and note-takers always invited); returns those added. */
    private Set<String> saveInvitees(Meeting meeting, MeetingDraft draft) {
        Set<String> wanted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        wanted.addAll(draft.invitees());
        wanted.addAll(draft.noteTakers());
        wanted.add(draft.chair());
        Set<String> noteTakers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        noteTakers.addAll(draft.noteTakers());
        Set<String> added = new TreeSet<>();
        Set<String> present = new HashSet<>();
        for (Invitee invitee : invitees.findByMeetingIdOrderByUsernameAsc(meeting.getId())) {
            if (!wanted.contains(invitee.getUsername())) {
                invitees.delete(invitee);
                continue;
            }
            present.add(invitee.getUsername().toLowerCase(java.util.Locale.ROOT));
            invitee.setNoteTaker(noteTakers.contains(invitee.getUsername()));
        }
        for (String username : wanted) {
            if (present.contains(username.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            Invitee invitee = new Invitee(meeting.getId(), username);
            invitee.setNoteTaker(noteTakers.contains(username));
            if (username.equalsIgnoreCase(draft.chair())) {
                invitee.register(Registration.ACCEPTED, clock.instant());
            }
            invitees.save(invitee);
            added.add(username);
        }
        invitees.flush();
        return added;
    }

    private void validate(MeetingDraft draft, Instant earliestStart) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new TranslatableException("meeting.error.title-required");
        }
        if (draft.title().strip().length() > TITLE_MAX) {
            throw new TranslatableException("meeting.error.too-long", TITLE_MAX);
        }
        if (draft.description() != null && draft.description().strip().length() > TEXT_MAX) {
            throw new TranslatableException("meeting.error.too-long", TEXT_MAX);
        }
        if (draft.startsAt() == null) {
            throw new TranslatableException("meeting.error.start-required");
        }
        if (!draft.startsAt().isAfter(earliestStart)) {
            throw new TranslatableException("meeting.error.start-past");
        }
        if (draft.durationMinutes() < MIN_DURATION || draft.durationMinutes() > MAX_DURATION) {
            throw new TranslatableException("meeting.error.duration", MIN_DURATION, MAX_DURATION);
        }
        boolean hasLink = draft.onlineLink() != null && !draft.onlineLink().isBlank();
        boolean hasPlace = draft.place() != null && !draft.place().isBlank();
        if (!hasLink && !hasPlace) {
            throw new TranslatableException("meeting.error.where-required");
        }
        if (hasLink && !isWebAddress(draft.onlineLink().strip())) {
            throw new TranslatableException("meeting.error.link-invalid");
        }
        if (hasPlace && draft.place().strip().length() > 300) {
            throw new TranslatableException("meeting.error.too-long", 300);
        }
        if (draft.chair() == null || directory.contact(draft.chair()).isEmpty()) {
            throw new TranslatableException("meeting.error.chair-required");
        }
        for (String person : draft.invitees()) {
            if (directory.contact(person).isEmpty()) {
                throw new TranslatableException("meeting.error.no-such-person", person);
            }
        }
        for (String person : draft.noteTakers()) {
            if (directory.contact(person).isEmpty()) {
                throw new TranslatableException("meeting.error.no-such-person", person);
            }
        }
        validateAgenda(draft);
    }

    private void validateAgenda(MeetingDraft draft) {
        if (draft.agenda().size() > AGENDA_MAX) {
            throw new TranslatableException("meeting.error.agenda-too-long", AGENDA_MAX);
        }
        for (AgendaItemDraft item : draft.agenda()) {
            if (item.title() == null || item.title().isBlank()) {
                throw new TranslatableException("meeting.error.item-title-required");
            }
            if (item.title().strip().length() > TITLE_MAX || (item.description() != null
                    && item.description().strip().length() > TEXT_MAX)) {
                throw new TranslatableException("meeting.error.too-long", TITLE_MAX);
            }
            if (item.durationMinutes() != null && (item.durationMinutes() < 1 || item.durationMinutes() > MAX_DURATION)) {
                throw new TranslatableException("meeting.error.item-duration", MAX_DURATION);
            }
            for (Long proposalId : item.proposalIds()) {
                Optional<ProposalDetails> proposal = proposals.find(proposalId);
                if (proposal.isEmpty() || (draft.roundId() != null && proposal.get().roundId() != draft.roundId())) {
                    throw new TranslatableException("meeting.error.no-such-proposal", proposalId);
                }
            }
        }
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && text.length() <= 500;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
