package it.lombardia.codesign.meeting;

import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.live.LiveBus;
import it.lombardia.codesign.proposal.ProposalHistory;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.shared.AuditEvent;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Minutes, decisions and action items of a meeting. The chair and the note-takers write them (not
 * for a cancelled meeting); everyone signed in reads them. Minutes are one text per agenda item that
 * several note-takers edit: a save typed on an older version is refused with the newer one, never
 * written over it. Decisions about a proposal go into that proposal's history, withdrawals too.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class MeetingRecords {

    public static final int MINUTES_MAX = 20000;
    public static final int DECISION_MAX = 2000;
    public static final int ACTION_MAX = 1000;
    public static final int REASON_MAX = 1000;

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final InviteeRepository invitees;
    private final MinutesRepository minutes;
    private final DecisionRepository decisions;
    private final ActionItemRepository actions;
    private final MeetingViews views;
    private final CurrentActor currentActor;
    private final AccountDirectory directory;
    private final ProposalService proposals;
    private final ProposalHistory proposalHistory;
    private final ApplicationEventPublisher events;
    private final LiveBus live;
    private final Clock clock;

    MeetingRecords(MeetingRepository meetings, AgendaItemRepository items, InviteeRepository invitees,
                   MinutesRepository minutes, DecisionRepository decisions, ActionItemRepository actions,
                   MeetingViews views, CurrentActor currentActor, AccountDirectory directory,
                   ProposalService proposals, ProposalHistory proposalHistory, ApplicationEventPublisher events,
                   LiveBus live, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.invitees = invitees;
        this.minutes = minutes;
        this.decisions = decisions;
        this.actions = actions;
        this.views = views;
        this.currentActor = currentActor;
        this.directory = directory;
        this.proposals = proposals;
        this.proposalHistory = proposalHistory;
        this.events = events;
        this.live = live;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------
    // Reading

    /** What one agenda item has recorded, and whether the viewer may write there. */
    public ItemRecords item(long itemId) {
        Actor actor = currentActor.require();
        AgendaItem item = loadItem(itemId);
        Meeting meeting = loadMeeting(item.getMeetingId());
        boolean takeNotes = views.access(meeting, actor).takeNotes();
        List<Invitee> people = invitees.findByMeetingIdOrderByUsernameAsc(meeting.getId());
        Map<String, String> names = names(people.stream().map(Invitee::getUsername).toList());
        List<PersonRef> personRefs = people.stream().map(i -> new PersonRef(i.getUsername(), names.get(i.getUsername())))
                .sorted(java.util.Comparator.comparing(PersonRef::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
        return new ItemRecords(meeting.getId(), itemId, item.getTitle(), meeting.getStatus(), takeNotes,
                minutesOf(itemId), decisionViews(meeting.getId()).stream().filter(d -> d.itemId() == itemId).toList(),
                actionViews(meeting, actor, takeNotes).stream().filter(a -> a.itemId() == itemId).toList(),
                proposalRefs(item.getProposalIds()), personRefs);
    }

    public MinutesView minutes(long itemId) {
        currentActor.require();
        loadItem(itemId);
        return minutesOf(itemId);
    }

    /** The meeting's decisions, withdrawn ones included, in the order they were taken. */
    public List<DecisionView> decisions(long meetingId) {
        currentActor.require();
        loadMeeting(meetingId);
        return decisionViews(meetingId);
    }

    /** The meeting's action items, in the order they were recorded. */
    public List<ActionView> actions(long meetingId) {
        Actor actor = currentActor.require();
        Meeting meeting = loadMeeting(meetingId);
        return actionViews(meeting, actor, views.access(meeting, actor).takeNotes());
    }

    // ---------------------------------------------------------------------------------------------
    // Minutes

    /**
     * Saves the item's minutes typed on {@code expectedVersion}, under the name of the one who saves.
     * A text that is the same as the saved one writes nothing: the minutes stay with their author.
     *
     * @return the minutes as saved now (the same version when nothing changed)
     * @throws MinutesConflictException when someone saved since: nothing is written, their text comes with it
     */
    @Transactional
    public MinutesView saveMinutes(long itemId, long expectedVersion, String body) {
        Actor actor = currentActor.require();
        AgendaItem item = loadItem(itemId);
        Meeting meeting = loadMeeting(item.getMeetingId());
        requireTakeNotes(meeting, actor);
        String text = body == null ? "" : body;
        if (text.length() > MINUTES_MAX) {
            throw new TranslatableException("records.error.minutes-too-long", MINUTES_MAX);
        }
        Optional<Minutes> existing = minutes.findById(itemId);
        MinutesView current = existing.map(this::view).orElse(MinutesView.none(itemId));
        if (current.version() != expectedVersion) {
            throw new MinutesConflictException(current);
        }
        if (current.version() > 0 && current.body().equals(text)) {
            return current;
        }
        Minutes entity = existing.orElseGet(() -> new Minutes(itemId));
        entity.write(text, actor.username(), clock.instant());
        Minutes saved = minutes.saveAndFlush(entity);
        MinutesView after = view(saved);
        events.publishEvent(new AuditEvent(actor.username(), "meeting", String.valueOf(meeting.getId()), "minutes",
                current.version() == 0 ? null : MinutesAudit.of(item, current.body()), MinutesAudit.of(item, text)));
        changed(meeting, actor);
        return after;
    }

    // ---------------------------------------------------------------------------------------------
    // Decisions

    /** Records a decision on an agenda item, about one of the item's proposals if {@code proposalId} is given. */
    @Transactional
    public DecisionView decision(long meetingId, long itemId, String text, Long proposalId) {
        Actor actor = currentActor.require();
        Meeting meeting = loadMeeting(meetingId);
        requireTakeNotes(meeting, actor);
        AgendaItem item = itemOf(meeting, itemId);
        String body = requireText(text, DECISION_MAX, "records.error.decision-required");
        if (proposalId != null && !item.getProposalIds().contains(proposalId)) {
            throw new TranslatableException("records.error.proposal-not-on-item");
        }
        Instant now = clock.instant();
        Decision decision = decisions.saveAndFlush(new Decision(meetingId, itemId, body, proposalId,
                actor.username(), now));
        if (proposalId != null) {
            proposalHistory.recordMeetingDecision(proposalId, body, meeting.getTitle(), MeetingLinks.report(meetingId),
                    actor.username(), now);
        }
        DecisionView view = decisionView(decision, names(List.of(actor.username())));
        events.publishEvent(new AuditEvent(actor.username(), "meeting", String.valueOf(meetingId), "decision", null,
                view));
        changed(meeting, actor);
        return view;
    }

    /** Withdraws a decision: it stays in the record, marked as withdrawn (and so in the proposal's history). */
    @Transactional
    public DecisionView withdrawDecision(long decisionId, String reason) {
        Actor actor = currentActor.require();
        Decision decision = decisions.findById(decisionId)
                .orElseThrow(() -> new TranslatableException("records.error.no-such-decision"));
        Meeting meeting = loadMeeting(decision.getMeetingId());
        requireTakeNotes(meeting, actor);
        if (decision.isWithdrawn()) {
            throw new TranslatableException("records.error.already-withdrawn");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > REASON_MAX) {
            throw new TranslatableException("records.error.too-long", REASON_MAX);
        }
        Instant now = clock.instant();
        decision.withdraw(actor.username(), now, why);
        decisions.saveAndFlush(decision);
        if (decision.getProposalId() != null) {
            proposalHistory.recordMeetingDecisionWithdrawn(decision.getProposalId(), decision.getBody(), why,
                    meeting.getTitle(), MeetingLinks.report(meeting.getId()), actor.username(), now);
        }
        DecisionView view = decisionView(decision, names(List.of(decision.getRecordedBy(), actor.username())));
        events.publishEvent(new AuditEvent(actor.username(), "meeting", String.valueOf(meeting.getId()),
                "decision-withdrawn", null, view));
        changed(meeting, actor);
        return view;
    }

    // ---------------------------------------------------------------------------------------------
    // Action items

    /** Gives someone an action item; they hear of it through {@link ActionAssigned}. */
    @Transactional
    public ActionView addAction(long meetingId, long itemId, String text, String owner, LocalDate due) {
        Actor actor = currentActor.require();
        Meeting meeting = loadMeeting(meetingId);
        requireTakeNotes(meeting, actor);
        itemOf(meeting, itemId);
        String body = requireText(text, ACTION_MAX, "records.error.action-required");
        if (owner == null || owner.isBlank()) {
            throw new TranslatableException("records.error.owner-required");
        }
        String ownerName = directory.contact(owner.strip()).map(c -> c.username())
                .orElseThrow(() -> new TranslatableException("records.error.no-such-owner", owner.strip()));
        if (due != null && due.isBefore(LocalDate.now(clock))) {
            throw new TranslatableException("records.error.due-past");
        }
        ActionItem action = actions.saveAndFlush(new ActionItem(meetingId, itemId, body, ownerName, due,
                actor.username(), clock.instant()));
        ActionView view = actionView(action, names(List.of(ownerName, actor.username())), actor, true);
        events.publishEvent(new AuditEvent(actor.username(), "meeting", String.valueOf(meetingId), "action", null,
                view));
        events.publishEvent(new ActionAssigned(meetingId, meeting.getTitle(), action.getId(), body, ownerName, due,
                actor.username()));
        changed(meeting, actor);
        return view;
    }

    /** Ticks an action item done, or not: its owner, the chair and the note-takers may. */
    @Transactional
    public ActionView setActionDone(long actionId, boolean done) {
        Actor actor = currentActor.require();
        ActionItem action = actions.findById(actionId)
                .orElseThrow(() -> new TranslatableException("records.error.no-such-action"));
        Meeting meeting = loadMeeting(action.getMeetingId());
        boolean takeNotes = views.access(meeting, actor).takeNotes();
        if (!takeNotes && !action.getOwner().equalsIgnoreCase(actor.username())) {
            throw new NotPermittedException("records.error.not-action-owner");
        }
        boolean before = action.isDone();
        action.setDone(done);
        actions.saveAndFlush(action);
        events.publishEvent(new AuditEvent(actor.username(), "meeting", String.valueOf(meeting.getId()),
                done ? "action-done" : "action-reopened", before, done));
        changed(meeting, actor);
        return actionView(action, names(List.of(action.getOwner(), action.getRecordedBy())), actor, takeNotes);
    }

    // ---------------------------------------------------------------------------------------------

    Meeting loadMeeting(long meetingId) {
        return meetings.findById(meetingId)
                .orElseThrow(() -> new TranslatableException("meeting.error.no-such-meeting"));
    }

    private AgendaItem loadItem(long itemId) {
        return items.findById(itemId).orElseThrow(() -> new TranslatableException("records.error.no-such-item"));
    }

    private AgendaItem itemOf(Meeting meeting, long itemId) {
        AgendaItem item = loadItem(itemId);
        if (item.getMeetingId() != meeting.getId()) {
            throw new TranslatableException("records.error.no-such-item");
        }
        return item;
    }

    private void requireTakeNotes(Meeting meeting, Actor actor) {
        if (meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw new TranslatableException("records.error.cancelled");
        }
        if (!views.access(meeting, actor).takeNotes()) {
            throw new NotPermittedException("records.error.not-note-taker");
        }
    }

    private static String requireText(String text, int max, String requiredKey) {
        if (text == null || text.isBlank()) {
            throw new TranslatableException(requiredKey);
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new TranslatableException("records.error.too-long", max);
        }
        return stripped;
    }

    private void changed(Meeting meeting, Actor actor) {
        live.publish(MeetingChanges.message(meeting.getId(), meeting.getGroupId(), MeetingChanges.RECORDS,
                actor.username()));
    }

    MinutesView minutesOf(long itemId) {
        return minutes.findById(itemId).map(this::view).orElse(MinutesView.none(itemId));
    }

    /** Minutes of several items, by item id; items without minutes are left out. */
    Map<Long, MinutesView> minutesOf(Collection<Long> itemIds) {
        Map<Long, MinutesView> all = new java.util.HashMap<>();
        minutes.findByItemIdIn(itemIds).forEach(m -> all.put(m.getItemId(), view(m)));
        return all;
    }

    private MinutesView view(Minutes m) {
        // the stored version starts at 0 on the first save; 0 means "none yet" to callers
        return new MinutesView(m.getItemId(), m.getBody(), m.getVersion() + 1, m.getUpdatedBy(),
                names(List.of(m.getUpdatedBy())).get(m.getUpdatedBy()), m.getUpdatedAt());
    }

    List<DecisionView> decisionViews(long meetingId) {
        List<Decision> list = decisions.findByMeetingIdOrderByRecordedAtAscIdAsc(meetingId);
        Set<String> usernames = new HashSet<>();
        list.forEach(d -> {
            usernames.add(d.getRecordedBy());
            if (d.getWithdrawnBy() != null) {
                usernames.add(d.getWithdrawnBy());
            }
        });
        Map<String, String> names = names(usernames);
        return list.stream().map(d -> decisionView(d, names)).toList();
    }

    private DecisionView decisionView(Decision d, Map<String, String> names) {
        return new DecisionView(d.getId(), d.getMeetingId(), d.getItemId(), d.getBody(),
                d.getProposalId() == null ? null : proposalRef(d.getProposalId()),
                person(d.getRecordedBy(), names), d.getRecordedAt(),
                d.getWithdrawnBy() == null ? null : person(d.getWithdrawnBy(), names), d.getWithdrawnAt(),
                d.getWithdrawReason());
    }

    List<ActionView> actionViews(Meeting meeting, Actor actor, boolean takeNotes) {
        List<ActionItem> list = actions.findByMeetingIdOrderByRecordedAtAscIdAsc(meeting.getId());
        Set<String> usernames = new HashSet<>();
        list.forEach(a -> {
            usernames.add(a.getOwner());
            usernames.add(a.getRecordedBy());
        });
        Map<String, String> names = names(usernames);
        return list.stream().map(a -> actionView(a, names, actor, takeNotes)).toList();
    }

    private static ActionView actionView(ActionItem a, Map<String, String> names, Actor actor, boolean takeNotes) {
        boolean mayMarkDone = actor != null && (takeNotes || a.getOwner().equalsIgnoreCase(actor.username()));
        return new ActionView(a.getId(), a.getMeetingId(), a.getItemId(), a.getBody(), person(a.getOwner(), names),
                a.getDueDate(), a.isDone(), person(a.getRecordedBy(), names), a.getRecordedAt(), mayMarkDone);
    }

    List<ProposalRef> proposalRefs(Collection<Long> ids) {
        return ids.stream().sorted().map(this::proposalRef).toList();
    }

    private ProposalRef proposalRef(long id) {
        String title = proposals.find(id).map(p -> p.content().title()).orElse("#" + id);
        return new ProposalRef(id, title, "proposals/" + id);
    }

    private Map<String, String> names(Collection<String> usernames) {
        return directory.displayNames(usernames.stream().filter(Objects::nonNull).toList());
    }

    private static PersonRef person(String username, Map<String, String> names) {
        return new PersonRef(username, names.getOrDefault(username, username));
    }

    /** What the audit log keeps of an item's minutes: the agenda item they are about, and their text. */
    record MinutesAudit(long itemId, int itemNumber, String item, String minutes) {

        static MinutesAudit of(AgendaItem item, String minutes) {
            return new MinutesAudit(item.getId(), item.getPosition(), item.getTitle(), minutes);
        }
    }
}
