package it.lombardia.codesign.discussion;

import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.live.LiveBus;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 * Comment threads on subjects (see {@link DiscussionSubject}). Every rule is checked here, whatever
 * the view shows: anyone who may read the subject reads its threads; observers only read; internal threads and comments are for
 * Region staff (administrators and reviewers) only, and cluster users never learn they exist; a subject
 * the user may not read (another cluster's draft) has no discussion for them; authors
 * edit their own comments within {@link #EDIT_WINDOW}; a thread's author, Region staff and the
 * representatives of the subject's clusters resolve and reopen it; a closed subject's discussion can
 * only be read. Nothing is ever deleted, and every change (a comment posted or edited, a thread
 * resolved or reopened) is reported to the audit log.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class DiscussionService {

    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);
    public static final int FIELD_MAX = 60;

    private final CommentThreadRepository threads;
    private final CommentRepository comments;
    private final CurrentActor currentActor;
    private final AccountDirectory directory;
    private final DiscussionRules rules;
    private final DiscussionViews views;
    private final ApplicationEventPublisher events;
    private final DiscussionAudit audit;
    private final LiveBus live;
    private final Clock clock;

    DiscussionService(CommentThreadRepository threads, CommentRepository comments, CurrentActor currentActor,
                      AccountDirectory directory, DiscussionRules rules, DiscussionViews views,
                      ApplicationEventPublisher events, DiscussionAudit audit, LiveBus live, Clock clock) {
        this.threads = threads;
        this.comments = comments;
        this.currentActor = currentActor;
        this.directory = directory;
        this.rules = rules;
        this.views = views;
        this.events = events;
        this.audit = audit;
        this.live = live;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------
    // Reading

    /** The threads the user may see, open ones first (oldest first), then resolved ones (latest resolved first). */
    public List<ThreadView> threads(String subjectType, long subjectId) {
        Actor actor = currentActor.require();
        SubjectInfo subject = rules.subject(subjectType, subjectId);
        boolean staff = actor.isRegionStaff();
        List<CommentThread> visible = threads.findBySubjectTypeAndSubjectIdOrderByStartedAtAscIdAsc(subjectType, subjectId)
                .stream().filter(t -> staff || !t.isInternal()).toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Comment>> byThread = comments.findByThreadIdInOrderByCreatedAtAscIdAsc(
                        visible.stream().map(CommentThread::getId).toList()).stream()
                .filter(c -> staff || !c.isInternal())
                .collect(Collectors.groupingBy(Comment::getThreadId));
        DiscussionViews.Names names = views.names();
        Instant now = clock.instant();
        List<ThreadView> open = new ArrayList<>();
        List<ThreadView> resolved = new ArrayList<>();
        for (CommentThread thread : visible) {
            ThreadView view = views.view(thread, byThread.getOrDefault(thread.getId(), List.of()), actor, subject, names, now);
            (view.resolved() ? resolved : open).add(view);
        }
        resolved.sort(Comparator.comparing(ThreadView::resolvedAt).reversed());
        open.addAll(resolved);
        return open;
    }

    /** One thread, if the user may see it. */
    public Optional<ThreadView> thread(long threadId) {
        Actor actor = currentActor.require();
        return threads.findById(threadId).filter(t -> actor.isRegionStaff() || !t.isInternal())
                .filter(t -> rules.readable(t.getSubjectType(), t.getSubjectId()))
                .map(t -> views.view(t, actor));
    }

    /** Open threads the user may see: for the subject page's tab or badge. */
    public long openThreadCount(String subjectType, long subjectId) {
        Actor actor = currentActor.require();
        rules.subject(subjectType, subjectId);
        return threads.countOpen(subjectType, subjectId, actor.isRegionStaff());
    }

    /** What the user may do in the subject's discussion. */
    public DiscussionAccess access(String subjectType, long subjectId) {
        Actor actor = currentActor.require();
        SubjectInfo subject = rules.subject(subjectType, subjectId);
        String reason = DiscussionRules.readOnlyReason(actor, subject);
        return new DiscussionAccess(reason == null, reason == null && actor.isRegionStaff(), reason, actor.username());
    }

    /**
     * People to offer for a mention: Region staff and, unless the comment is internal, the
     * representatives of the subject's clusters and everyone who wrote in its visible threads.
     * The user themselves is left out.
     */
    public List<Person> mentionable(String subjectType, long subjectId, boolean internal) {
        Actor actor = currentActor.require();
        SubjectInfo subject = rules.subject(subjectType, subjectId);
        Set<String> usernames = new TreeSet<>(rules.staffUsernames());
        if (!internal) {
            usernames.addAll(directory.usernamesRepresenting(subject.clusterCodes()));
            threads(subjectType, subjectId).forEach(t -> t.comments().forEach(c -> usernames.add(c.author())));
        }
        return usernames.stream()
                .filter(u -> !u.equalsIgnoreCase(actor.username()))
                .map(directory::contact).flatMap(Optional::stream)
                .map(c -> new Person(c.username(), c.displayName()))
                .distinct()
                .sorted(Comparator.comparing(Person::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    // ---------------------------------------------------------------------------------------------
    // Changes

    /**
     * Starts a thread with its first comment, about the whole subject ({@code field} null) or one
     * field of it. Only Region staff may make it internal.
     */
    @Transactional
    public ThreadView startThread(String subjectType, long subjectId, String field, String body, boolean internal) {
        Actor actor = currentActor.require();
        SubjectInfo subject = rules.subject(subjectType, subjectId);
        DiscussionRules.requireWrite(actor, subject);
        DiscussionRules.requireStaffForInternal(actor, internal);
        String fieldName = rules.field(field);
        DiscussionRules.Checked text = rules.check(body, internal, subject);
        Instant now = clock.instant();
        CommentThread thread = threads.save(new CommentThread(subjectType, subjectId, fieldName, internal,
                actor.username(), now));
        Comment comment = comments.save(new Comment(thread.getId(), actor.username(), text.body(), internal, now));
        audit.posted(actor.username(), thread, comment);
        events.publishEvent(new CommentPosted(subjectType, subjectId, subject.title(), subject.link(), thread.getId(),
                comment.getId(), actor.username(), actor.displayName(), true, internal, text.mentioned(), Set.of(),
                subject.clusterCodes(), DiscussionText.excerpt(text.body()), now));
        live.publish(DiscussionChanges.of(subjectType, subjectId, thread.getId(), actor.username()));
        return views.view(thread, actor);
    }

    /**
     * Replies in an open thread. A reply in an internal thread is internal; Region staff may also
     * make a single reply internal in a thread everyone sees.
     */
    @Transactional
    public CommentView reply(long threadId, String body, boolean internal) {
        Actor actor = currentActor.require();
        CommentThread thread = rules.visibleThread(threadId, actor);
        SubjectInfo subject = rules.subject(thread.getSubjectType(), thread.getSubjectId());
        DiscussionRules.requireWrite(actor, subject);
        DiscussionRules.requireStaffForInternal(actor, internal);
        if (thread.isResolved()) {
            throw new NotPermittedException("discussion.refusal.resolved");
        }
        boolean commentInternal = internal || thread.isInternal();
        DiscussionRules.Checked text = rules.check(body, commentInternal, subject);
        Instant now = clock.instant();

        Set<String> participants = new LinkedHashSet<>();
        participants.add(thread.getStartedBy());
        comments.findByThreadIdOrderByCreatedAtAscIdAsc(threadId).stream()
                .forEach(c -> participants.add(c.getAuthor()));
        participants.removeIf(u -> u.equalsIgnoreCase(actor.username()));
        if (commentInternal) {
            participants.removeAll(rules.withoutStaff(participants));
        }

        Comment comment = comments.save(new Comment(threadId, actor.username(), text.body(), commentInternal, now));
        thread.touch(now);
        audit.posted(actor.username(), thread, comment);
        events.publishEvent(new CommentPosted(thread.getSubjectType(), thread.getSubjectId(), subject.title(),
                subject.link(), threadId, comment.getId(), actor.username(), actor.displayName(), false,
                commentInternal, text.mentioned(), participants, subject.clusterCodes(),
                DiscussionText.excerpt(text.body()), now));
        live.publish(DiscussionChanges.of(thread.getSubjectType(), thread.getSubjectId(), threadId, actor.username()));
        return views.commentView(comment, actor, subject, views.names(), now);
    }

    /**
     * Changes the text of the user's own comment, within {@link #EDIT_WINDOW} of posting it. The
     * comment then shows as edited. {@code expectedVersion} is the version the user edited.
     */
    @Transactional
    public CommentView edit(long commentId, long expectedVersion, String body) {
        Actor actor = currentActor.require();
        Comment comment = comments.findById(commentId)
                .filter(c -> actor.isRegionStaff() || !c.isInternal())
                .orElseThrow(() -> new TranslatableException("discussion.refusal.not-found"));
        CommentThread thread = rules.visibleThread(comment.getThreadId(), actor);
        if (!comment.getAuthor().equalsIgnoreCase(actor.username())) {
            throw new NotPermittedException("discussion.refusal.not-author");
        }
        SubjectInfo subject = rules.subject(thread.getSubjectType(), thread.getSubjectId());
        DiscussionRules.requireWrite(actor, subject);
        Instant now = clock.instant();
        if (!now.isBefore(comment.getCreatedAt().plus(EDIT_WINDOW))) {
            throw new NotPermittedException("discussion.refusal.edit-window", EDIT_WINDOW.toMinutes());
        }
        if (comment.getVersion() != expectedVersion) {
            throw new TranslatableException("discussion.refusal.stale");
        }
        DiscussionRules.Checked text = rules.check(body, comment.isInternal(), subject);
        if (text.body().equals(comment.getBody())) {
            return views.commentView(comment, actor, subject, views.names(), now);
        }
        Set<String> before = DiscussionText.mentions(comment.getBody());
        Set<String> added = new LinkedHashSet<>();
        for (String username : text.mentioned()) {
            if (!before.contains(username.toLowerCase(Locale.ROOT))) {
                added.add(username);
            }
        }
        DiscussionAudit.CommentRecord unedited = DiscussionAudit.CommentRecord.of(thread, comment);
        comment.edit(text.body(), now);
        thread.touch(now);
        comments.flush();
        audit.edited(actor.username(), unedited, thread, comment);
        if (!added.isEmpty()) {
            events.publishEvent(new CommentEdited(thread.getSubjectType(), thread.getSubjectId(), subject.title(),
                    subject.link(), thread.getId(), commentId, actor.username(), actor.displayName(),
                    comment.isInternal(), added, DiscussionText.excerpt(text.body()), now));
        }
        live.publish(DiscussionChanges.of(thread.getSubjectType(), thread.getSubjectId(), thread.getId(), actor.username()));
        return views.commentView(comment, actor, subject, views.names(), now);
    }

    /** Marks the thread resolved; resolving a resolved thread changes nothing. */
    @Transactional
    public ThreadView resolve(long threadId) {
        return resolution(threadId, true);
    }

    /** Opens a resolved thread again; reopening an open thread changes nothing. */
    @Transactional
    public ThreadView reopen(long threadId) {
        return resolution(threadId, false);
    }

    private ThreadView resolution(long threadId, boolean resolve) {
        Actor actor = currentActor.require();
        CommentThread thread = rules.visibleThread(threadId, actor);
        SubjectInfo subject = rules.subject(thread.getSubjectType(), thread.getSubjectId());
        DiscussionRules.requireWrite(actor, subject);
        if (!DiscussionRules.mayResolve(actor, thread, subject)) {
            throw new NotPermittedException("discussion.refusal.resolve");
        }
        if (thread.isResolved() != resolve) {
            Instant now = clock.instant();
            DiscussionAudit.ThreadRecord before = DiscussionAudit.ThreadRecord.of(thread);
            if (resolve) {
                thread.resolve(actor.username(), now);
            } else {
                thread.reopen(now);
            }
            threads.flush();
            audit.resolution(actor.username(), before, thread);
            live.publish(DiscussionChanges.of(thread.getSubjectType(), thread.getSubjectId(), threadId, actor.username()));
        }
        return views.view(thread, actor);
    }
}
