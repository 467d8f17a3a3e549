package it.lombardia.codesign.meeting;

import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The speaking queue of a meeting's live room: participants raise and lower their hand, the chair
 * gives the floor and ends the turn (the speaker may end it too). Moving to another agenda item and
 * ending the meeting end the turn ({@link MeetingRoom}); raised hands keep their place.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class SpeakingQueue {

    private final SpeakerRepository speakers;
    private final MeetingRoomSupport support;
    private final CurrentActor currentActor;
    private final AccountDirectory directory;
    private final Clock clock;

    SpeakingQueue(SpeakerRepository speakers, MeetingRoomSupport support, CurrentActor currentActor,
                  AccountDirectory directory, Clock clock) {
        this.speakers = speakers;
        this.support = support;
        this.currentActor = currentActor;
        this.directory = directory;
        this.clock = clock;
    }

    /** The queue in order: whoever has the floor first, then the raised hands, the earliest first. */
    @Transactional(readOnly = true)
    public List<SpeakerView> queue(long meetingId) {
        currentActor.require();
        List<Speaker> open = new ArrayList<>(speakers.findByMeetingIdAndDoneAtIsNullOrderByRaisedAtAscIdAsc(meetingId));
        open.sort(Comparator.comparing((Speaker s) -> !s.isSpeaking()));
        // two tabs raising the same hand at the same moment may both have written it: one place each
        Set<String> seen = new HashSet<>();
        open.removeIf(s -> !seen.add(s.getUsername().toLowerCase(Locale.ROOT)));
        Map<String, String> names = directory.displayNames(open.stream().map(Speaker::getUsername).toList());
        return open.stream().map(s -> new SpeakerView(s.getUsername(),
                names.getOrDefault(s.getUsername(), s.getUsername()), s.getRaisedAt(), s.isSpeaking())).toList();
    }

    /** A participant asks to speak; raising a hand already raised keeps its place. */
    public void raiseHand(long meetingId) {
        Actor actor = currentActor.require();
        Meeting meeting = support.load(meetingId);
        support.requireParticipant(actor, meeting);
        support.requireLive(meeting);
        if (openTurn(meetingId, actor.username()).isPresent()) {
            return;
        }
        speakers.saveAndFlush(new Speaker(meetingId, actor.username(), clock.instant()));
        support.audit(actor, meeting, "raise-hand", null, actor.username());
        support.changed(meeting, actor);
    }

    /** A participant no longer asks to speak; lowering the hand while speaking ends the turn. */
    public void lowerHand(long meetingId) {
        Actor actor = currentActor.require();
        Meeting meeting = support.load(meetingId);
        support.requireLive(meeting);
        List<Speaker> turns = speakers.findByMeetingIdAndDoneAtIsNullOrderByRaisedAtAscIdAsc(meetingId).stream()
                .filter(s -> s.getUsername().equalsIgnoreCase(actor.username())).toList();
        if (turns.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        turns.forEach(s -> s.done(now));
        if (actor.username().equalsIgnoreCase(meeting.getFloorHolder())) {
            meeting.setFloorHolder(null);
            meeting.touch(actor.username(), now);
            support.save(meeting);
        }
        support.audit(actor, meeting, "lower-hand", actor.username(), null);
        support.changed(meeting, actor);
    }

    /**
     * The chair gives the floor to someone with a raised hand, or to any participant (who then
     * speaks without having asked); the previous speaker's turn is over.
     */
    public void giveFloor(long meetingId, String username) {
        Actor actor = currentActor.require();
        Meeting meeting = support.load(meetingId);
        support.requireChair(actor, meeting);
        support.requireLive(meeting);
        Instant now = clock.instant();
        Speaker turn = openTurn(meetingId, username).orElseGet(() -> {
            if (!support.isParticipant(meeting, username)) {
                throw new TranslatableException("room.error.not-participant-person", username);
            }
            return new Speaker(meetingId, support.canonical(meetingId, username), now);
        });
        if (turn.isSpeaking()) {
            return;
        }
        String before = meeting.getFloorHolder();
        finishTurn(meeting, now);
        turn.speak(now);
        speakers.saveAndFlush(turn);
        meeting.setFloorHolder(turn.getUsername());
        meeting.touch(actor.username(), now);
        support.save(meeting);
        support.audit(actor, meeting, "give-floor", before, turn.getUsername());
        support.changed(meeting, actor);
    }

    /** The chair, or the speaker, ends the current turn. */
    public void endTurn(long meetingId) {
        Actor actor = currentActor.require();
        Meeting meeting = support.load(meetingId);
        String speaker = meeting.getFloorHolder();
        if (!MeetingRules.isChair(actor, meeting) && !actor.username().equalsIgnoreCase(speaker)) {
            throw new NotPermittedException("room.error.not-chair");
        }
        support.requireLive(meeting);
        if (speaker == null) {
            return;
        }
        Instant now = clock.instant();
        finishTurn(meeting, now);
        meeting.touch(actor.username(), now);
        support.save(meeting);
        support.audit(actor, meeting, "end-turn", speaker, null);
        support.changed(meeting, actor);
    }

    /** The floor holder's turn is over (the chair moved on, or gave the floor to someone else). */
    void finishTurn(Meeting meeting, Instant now) {
        String holder = meeting.getFloorHolder();
        if (holder != null) {
            openTurn(meeting.getId(), holder).ifPresent(s -> s.done(now));
            meeting.setFloorHolder(null);
        }
    }

    /** The meeting ended: every turn still open, speaking or waiting, is over. */
    void closeAll(long meetingId, Instant now) {
        speakers.findByMeetingIdAndDoneAtIsNullOrderByRaisedAtAscIdAsc(meetingId).forEach(s -> s.done(now));
    }

    private Optional<Speaker> openTurn(long meetingId, String username) {
        return speakers.findByMeetingIdAndDoneAtIsNullOrderByRaisedAtAscIdAsc(meetingId).stream()
                .filter(s -> s.getUsername().equalsIgnoreCase(username)).findFirst();
    }
}
