package it.lombardia.codesign.meeting;

import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.Contact;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Translations;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings as calendar files (RFC 5545): one meeting for whoever is signed in, and a personal feed
 * of the meetings someone takes part in, which calendar apps read without signing in: its address
 * holds a secret token, which its owner can replace to cut off the old address.
 */
@Service
@Transactional(readOnly = true)
public class MeetingCalendar {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final InviteeRepository invitees;
    private final WorkingGroupRepository groups;
    private final CalendarFeedRepository feeds;
    private final CurrentActor currentActor;
    private final AccountDirectory directory;
    private final Translations translations;
    private final Clock clock;

    MeetingCalendar(MeetingRepository meetings, AgendaItemRepository items, InviteeRepository invitees,
                    WorkingGroupRepository groups, CalendarFeedRepository feeds, CurrentActor currentActor,
                    AccountDirectory directory, Translations translations, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.invitees = invitees;
        this.groups = groups;
        this.feeds = feeds;
        this.currentActor = currentActor;
        this.directory = directory;
        this.translations = translations;
        this.clock = clock;
    }

    /** The address of a meeting's calendar file, relative to the app's root. */
    public static String filePath(long meetingId) {
        return "calendar/meetings/" + meetingId + ".ics";
    }

    /** The address of a personal feed, relative to the app's root. */
    public static String feedPath(String token) {
        return "calendar/feed/" + token + ".ics";
    }

    /**
     * One meeting's calendar file; {@code baseUrl} is the app's address (ending with a slash) for the
     * link back to the meeting.
     */
    @PreAuthorize("isAuthenticated()")
    public String meetingFile(long meetingId, String baseUrl, Locale locale) {
        currentActor.require();
        Meeting meeting = meetings.findById(meetingId)
                .orElseThrow(() -> new TranslatableException("meeting.error.no-such-meeting"));
        ICalendarText text = new ICalendarText(null);
        add(text, meeting, baseUrl, Translations.supported(locale));
        return text.end();
    }

    /** The signed-in user's feed token, made on first use. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String myFeedToken() {
        Actor actor = currentActor.require();
        return feeds.findById(actor.username())
                .orElseGet(() -> feeds.saveAndFlush(new CalendarFeed(actor.username(), newToken(), clock.instant())))
                .getToken();
    }

    /** Replaces the signed-in user's feed token: calendars subscribed to the old address stop updating. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String resetMyFeedToken() {
        Actor actor = currentActor.require();
        CalendarFeed feed = feeds.findById(actor.username())
                .orElseGet(() -> new CalendarFeed(actor.username(), newToken(), clock.instant()));
        feed.renew(newToken(), clock.instant());
        return feeds.saveAndFlush(feed).getToken();
    }

    /**
     * The feed behind a token: every meeting its owner takes part in (invited, member of the group,
     * or chair), cancelled ones included so that calendars remove them. Empty for an unknown token
     * or a disabled account.
     */
    public Optional<String> feed(String token, String baseUrl) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Optional<Contact> owner = feeds.findByToken(token).flatMap(f -> directory.contact(f.getUsername()));
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        String username = owner.get().username();
        Locale locale = Translations.supported(owner.get().language());
        Set<Long> invitedTo = invitees.findByUsernameIgnoreCase(username).stream().map(Invitee::getMeetingId)
                .collect(Collectors.toSet());
        Set<Long> memberOf = groups.findAllByOrderByNameAsc().stream()
                .filter(g -> g.getMembers().stream().anyMatch(m -> m.equalsIgnoreCase(username)))
                .map(WorkingGroup::getId).collect(Collectors.toSet());
        ICalendarText text = new ICalendarText(translations.getTranslation("meeting.ics.feed-name", locale));
        meetings.findAllByOrderByStartsAtAsc().stream()
                .filter(m -> invitedTo.contains(m.getId()) || memberOf.contains(m.getGroupId())
                        || m.getChair().equalsIgnoreCase(username))
                .forEach(m -> add(text, m, baseUrl, locale));
        return Optional.of(text.end());
    }

    private void add(ICalendarText text, Meeting meeting, String baseUrl, Locale locale) {
        boolean cancelled = meeting.getStatus() == MeetingStatus.CANCELLED;
        String location = meeting.getPlace() != null ? meeting.getPlace() : meeting.getOnlineLink();
        text.event(meeting.getId(), meeting.getVersion(), clock.instant(), meeting.getStartsAt(), meeting.endsAt(),
                meeting.getTitle(), description(meeting, locale), location,
                baseUrl == null ? null : baseUrl + MeetingLinks.meeting(meeting.getId()), cancelled);
    }

    private String description(Meeting meeting, Locale locale) {
        StringBuilder out = new StringBuilder();
        if (meeting.getStatus() == MeetingStatus.CANCELLED && meeting.getCancelReason() != null) {
            out.append(translations.getTranslation("meeting.ics.cancelled", locale, meeting.getCancelReason()))
                    .append("\n\n");
        }
        groups.findById(meeting.getGroupId()).ifPresent(g ->
                out.append(translations.getTranslation("meeting.ics.group", locale, g.getName())).append('\n'));
        if (meeting.getOnlineLink() != null) {
            out.append(translations.getTranslation("meeting.ics.link", locale, meeting.getOnlineLink())).append('\n');
        }
        if (meeting.getDescription() != null) {
            out.append('\n').append(meeting.getDescription()).append('\n');
        }
        List<AgendaItem> agenda = items.findByMeetingIdOrderByPositionAsc(meeting.getId());
        if (!agenda.isEmpty()) {
            out.append('\n').append(translations.getTranslation("meeting.ics.agenda", locale)).append('\n');
            for (AgendaItem item : agenda) {
                out.append(item.getPosition()).append(". ").append(item.getTitle());
                if (item.getDurationMinutes() != null) {
                    out.append(" (").append(translations.getTranslation("meeting.minutes", locale,
                            item.getDurationMinutes())).append(')');
                }
                out.append('\n');
            }
        }
        return out.toString().strip();
    }

    private static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
