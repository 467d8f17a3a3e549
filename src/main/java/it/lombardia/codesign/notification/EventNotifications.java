package it.lombardia.codesign.notification;

import it.lombardia.codesign.discussion.CommentEdited;
import it.lombardia.codesign.discussion.CommentPosted;
import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.identity.Contact;
import it.lombardia.codesign.identity.Role;
import it.lombardia.codesign.meeting.ActionAssigned;
import it.lombardia.codesign.meeting.MeetingCancelled;
import it.lombardia.codesign.meeting.MeetingLinks;
import it.lombardia.codesign.meeting.MeetingReminderDue;
import it.lombardia.codesign.meeting.MeetingScheduled;
import it.lombardia.codesign.notification.Message.Arg;
import it.lombardia.codesign.proposal.CoProposerAnswered;
import it.lombardia.codesign.proposal.CoProposerInvited;
import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.proposal.ProposalTransitioned;
import it.lombardia.codesign.review.ReviewerAssigned;
import it.lombardia.codesign.round.PhaseEnding;
import it.lombardia.codesign.round.PhaseStarted;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who hears of what. Synchronous listeners: the notifications are written in the transaction of the
 * change, so they exist exactly when the change does (a rolled-back change leaves none behind).
 */
@Component
class EventNotifications {

    private static final String DASHBOARD = "";

    private final AccountDirectory directory;
    private final NotificationWriter writer;

    EventNotifications(AccountDirectory directory, NotificationWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    @EventListener
    @Transactional
    void on(ProposalTransitioned event) {
        Set<String> clusters = new HashSet<>(event.clusterCodes());
        if (event.leadClusterCode() != null) {
            clusters.add(event.leadClusterCode());
        }
        Set<String> representatives = directory.usernamesRepresenting(clusters);
        String link = proposalLink(event.proposalId());
        Arg title = Arg.text(event.title());
        NotificationKind kind = NotificationKind.PROPOSAL_STATUS;
        Message message;
        switch (event.to()) {
            case CHANGES_REQUESTED -> {
                kind = NotificationKind.CHANGES_REQUESTED;
                message = withReason(event.reason(), title, "notification.proposal.changes-requested",
                        "notification.proposal.changes-requested-reason");
            }
            case APPROVED -> message = withReason(event.reason(), title, "notification.proposal.approved",
                    "notification.proposal.approved-reason");
            case REJECTED -> message = withReason(event.reason(), title, "notification.proposal.rejected",
                    "notification.proposal.rejected-reason");
            case MERGED -> {
                if (event.relatedProposalId() != null) {
                    message = Message.of("notification.proposal.merged", title, Arg.text(event.relatedProposalId()));
                    link = proposalLink(event.relatedProposalId());
                } else {
                    message = Message.of("notification.proposal.status", title, Arg.key(event.to().labelKey()));
                }
            }
            default -> message = Message.of("notification.proposal.status", title, Arg.key(event.to().labelKey()));
        }
        writer.notify(representatives, event.actor(), kind, message, link);

        if (event.to() == ProposalStatus.SUBMITTED || event.to() == ProposalStatus.RESUBMITTED) {
            // New work for the reviewers; someone who also speaks for the cluster has just been told.
            Set<String> reviewers = new TreeSet<>(directory.usernamesWithRole(Role.REVIEWER));
            reviewers.removeAll(representatives);
            String key = event.to() == ProposalStatus.SUBMITTED ? "notification.review.submitted"
                    : "notification.review.resubmitted";
            writer.notify(reviewers, event.actor(), NotificationKind.REVIEW_NEEDED,
                    Message.of(key, title, Arg.cluster(event.leadClusterCode())), link);
        }
    }

    @EventListener
    @Transactional
    void on(CoProposerInvited event) {
        writer.notify(directory.usernamesRepresenting(setOf(event.invitedClusterCode())), event.invitedBy(),
                NotificationKind.CO_PROPOSER_INVITED,
                Message.of("notification.co-proposer.invited", Arg.text(event.title()),
                        Arg.cluster(event.leadClusterCode()), Arg.cluster(event.invitedClusterCode())),
                proposalLink(event.proposalId()));
    }

    @EventListener
    @Transactional
    void on(CoProposerAnswered event) {
        String key = event.accepted() ? "notification.co-proposer.accepted" : "notification.co-proposer.declined";
        writer.notify(directory.usernamesRepresenting(setOf(event.leadClusterCode())), event.answeredBy(),
                NotificationKind.CO_PROPOSER_ANSWERED,
                Message.of(key, Arg.text(event.title()), Arg.cluster(event.clusterCode())),
                proposalLink(event.proposalId()));
    }

    @EventListener
    @Transactional
    void on(ReviewerAssigned event) {
        Message message = event.dueOn() == null
                ? Message.of("notification.review.assigned", Arg.text(event.proposalTitle()))
                : Message.of("notification.review.assigned-due", Arg.text(event.proposalTitle()), Arg.date(event.dueOn()));
        writer.notify(setOf(event.reviewer()), event.assignedBy(), NotificationKind.REVIEWER_ASSIGNED, message,
                proposalLink(event.proposalId()));
    }

    @EventListener
    @Transactional
    void on(PhaseEnding event) {
        Set<String> recipients = new TreeSet<>();
        switch (event.phase()) {
            case DRAFTING, CO_DESIGN -> recipients.addAll(directory.usernamesWithRole(Role.REPRESENTATIVE));
            case REVIEW -> recipients.addAll(directory.usernamesWithRole(Role.REVIEWER));
            case CONSOLIDATION -> {
                recipients.addAll(directory.usernamesWithRole(Role.REVIEWER));
                recipients.addAll(directory.usernamesWithRole(Role.ADMIN));
            }
            default -> {
                // Planned and closed have no end to announce.
            }
        }
        writer.notify(recipients, null, NotificationKind.PHASE_ENDING,
                Message.of("notification.phase.ending", Arg.text(event.roundTitle()), Arg.key(event.phase().labelKey()),
                        Arg.date(event.endsOn())),
                DASHBOARD);
    }

    @EventListener
    @Transactional
    void on(PhaseStarted event) {
        Set<String> recipients = new TreeSet<>(directory.usernamesWithRole(Role.REPRESENTATIVE));
        recipients.addAll(directory.usernamesWithRole(Role.REVIEWER));
        writer.notify(recipients, event.startedBy(), NotificationKind.PHASE_STARTED,
                Message.of("notification.phase.started", Arg.text(event.roundTitle()), Arg.key(event.phase().labelKey())),
                DASHBOARD);
    }

    /**
     * The people mentioned hear of it first; then, for a new thread everyone sees, the subject's
     * cluster representatives, and for a reply the thread's earlier participants (each told once).
     * Only Region staff ever hear of an internal comment.
     */
    @EventListener
    @Transactional
    void on(CommentPosted event) {
        Arg title = Arg.text(event.subjectTitle());
        Arg author = Arg.text(event.authorName());
        Arg excerpt = Arg.text(event.excerpt());
        Set<String> mentioned = mayRead(event.mentioned(), event.internal());
        writer.notify(mentioned, event.author(), NotificationKind.MENTIONED,
                Message.of("notification.discussion.mentioned", title, author, excerpt), event.link());
        Set<String> told = lowerCased(mentioned);
        if (event.newThread()) {
            if (!event.internal()) {
                writer.notify(without(directory.usernamesRepresenting(event.clusterCodes()), told), event.author(),
                        NotificationKind.COMMENT_THREAD,
                        Message.of("notification.discussion.thread", title, author, excerpt), event.link());
            }
        } else {
            writer.notify(without(mayRead(event.participants(), event.internal()), told), event.author(),
                    NotificationKind.COMMENT_REPLY,
                    Message.of("notification.discussion.reply", title, author, excerpt), event.link());
        }
    }

    @EventListener
    @Transactional
    void on(CommentEdited event) {
        writer.notify(mayRead(event.newlyMentioned(), event.internal()), event.author(), NotificationKind.MENTIONED,
                Message.of("notification.discussion.mentioned", Arg.text(event.subjectTitle()),
                        Arg.text(event.authorName()), Arg.text(event.excerpt())),
                event.link());
    }

    /** The people newly invited hear of it; the organiser who invited them does not. */
    @EventListener
    @Transactional
    void on(MeetingScheduled event) {
        writer.notify(event.invitees(), event.actor(), NotificationKind.MEETING_INVITED,
                Message.of("notification.meeting.invited", Arg.text(event.title()), Arg.text(nameOf(event.actor())),
                        Arg.time(event.startsAt())),
                MeetingLinks.meeting(event.meetingId()));
    }

    @EventListener
    @Transactional
    void on(MeetingCancelled event) {
        writer.notify(event.invitees(), event.actor(), NotificationKind.MEETING_CANCELLED,
                Message.of("notification.meeting.cancelled", Arg.text(event.title()), Arg.time(event.startsAt()),
                        Arg.text(event.reason())),
                MeetingLinks.meeting(event.meetingId()));
    }

    @EventListener
    @Transactional
    void on(MeetingReminderDue event) {
        String where = event.onlineLink() != null ? event.onlineLink() : event.place();
        Message message = where == null
                ? Message.of("notification.meeting.reminder", Arg.text(event.title()), Arg.time(event.startsAt()))
                : Message.of("notification.meeting.reminder-where", Arg.text(event.title()), Arg.time(event.startsAt()),
                        Arg.text(where));
        writer.notify(event.recipients(), null, NotificationKind.MEETING_REMINDER, message,
                MeetingLinks.meeting(event.meetingId()));
    }

    @EventListener
    @Transactional
    void on(ActionAssigned event) {
        Message message = event.dueDate() == null
                ? Message.of("notification.meeting.action", Arg.text(event.meetingTitle()), Arg.text(event.text()))
                : Message.of("notification.meeting.action-due", Arg.text(event.meetingTitle()), Arg.text(event.text()),
                        Arg.date(event.dueDate()));
        writer.notify(setOf(event.owner()), event.actor(), NotificationKind.ACTION_ASSIGNED, message,
                MeetingLinks.meeting(event.meetingId()));
    }

    private String nameOf(String username) {
        return username == null ? "" : directory.contact(username).map(Contact::displayName).orElse(username);
    }

    /** The recipients who may read the comment: everyone, or only Region staff for an internal one. */
    private Set<String> mayRead(Collection<String> usernames, boolean internal) {
        if (!internal) {
            return new TreeSet<>(usernames);
        }
        Set<String> staff = new HashSet<>(lowerCased(directory.usernamesWithRole(Role.ADMIN)));
        staff.addAll(lowerCased(directory.usernamesWithRole(Role.REVIEWER)));
        Set<String> allowed = new TreeSet<>();
        usernames.stream().filter(u -> staff.contains(u.toLowerCase(Locale.ROOT))).forEach(allowed::add);
        return allowed;
    }

    private static Set<String> without(Collection<String> usernames, Set<String> lowerCasedToLeaveOut) {
        Set<String> rest = new TreeSet<>();
        usernames.stream().filter(u -> !lowerCasedToLeaveOut.contains(u.toLowerCase(Locale.ROOT))).forEach(rest::add);
        return rest;
    }

    private static Set<String> lowerCased(Collection<String> usernames) {
        Set<String> lower = new HashSet<>();
        usernames.forEach(u -> lower.add(u.toLowerCase(Locale.ROOT)));
        return lower;
    }

    private static Message withReason(String reason, Arg title, String key, String keyWithReason) {
        return reason == null || reason.isBlank() ? Message.of(key, title) : Message.of(keyWithReason, title, Arg.text(reason));
    }

    private static String proposalLink(long proposalId) {
        return "proposals/" + proposalId;
    }

    private static Set<String> setOf(String value) {
        return value == null ? Set.of() : Set.of(value);
    }
}
