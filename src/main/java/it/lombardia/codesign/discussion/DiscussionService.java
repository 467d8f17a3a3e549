package it.lombardia.codesign.discussion;

import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.Contact;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.identity.Role;
import it.lombardia.codesign.live.LiveBus;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comment threads on subjects (see {@link DiscussionSubject}). Every rule is checked here, whatever
 * the view shows: anyone signed in reads; observers only read; internal threads and comments are for
 * Region staff (administrators and reviewers) only, and cluster users never learn they exist; authors
 * edit their own comments within {@link #EDIT_WINDOW}; a thread's author, Region staff and the
 * representatives of the subject's clusters resolve and reopen it; a closed subject's discussion can
 * only be read. Nothing is ever deleted.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class DiscussionService {

    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);
    public static final int FIELD_MAX = 60;
    /** Field names as subjects spell them: {@code description}, {@code ecosystemImpact}. */
    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0," + (FIELD_MAX - 1) + "}");
    static final String BODY = "body";

    private final CommentThreadRepository threads;
    private final CommentRepository comments;
    private final CurrentActor currentActor;
    private final AccountDirectory directory;
    private final Map<String, DiscussionSubject> subjects;
    private final ApplicationEventPublisher events;
    private final LiveBus live;
    private final Clock clock;

    DiscussionService(CommentThreadRepository threads, CommentRepository comments, CurrentActor currentActor,
                      AccountDirectory directory, List<DiscussionSubject> subjects, ApplicationEventPublisher events,
                      LiveBus live, Clock clock) {
        this.threads = threads;
        this.comments = comments;
        this.currentActor = currentActor;
        this.directory = directory;
        this.subjects = subjects.stream().collect(Collectors.toMap(DiscussionSubject::type, Function.identity()));
        this.events = events;
        this.live = live;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------
    // Reading

    /** The threads the user may see, open ones first (oldest first), then resolved ones (latest resolved first). */
    public List<ThreadView> threads(String subjectType, long subjectId) {
        Actor actor = currentActor.require();
        SubjectInfo subject = subject(subjectType, subjectId);
        boolean staff = isStaff(actor);
        List<CommentThread> visible = threads.findBySubjectTypeAndSubjectIdOrderByStartedAtAscIdAsc(subjectType, subjectId)
                .stream().filter(t -> staff || !t.isInternal()).toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Comment>> byThread = comments.findByThreadIdInOrderByCreatedAtAscIdAsc(
                        visible.stream().map(CommentThread::getId).toList()).stream()
                .filter(c -> staff || !c.isInternal())
                .collect(Collectors.groupingBy(Comment::getThreadId));
        Names names = new Names();
        Instant now = clock.instant();
        List<ThreadView> open = new ArrayList<>();
        List<ThreadView> resolved = new ArrayList<>();
        for (CommentThread thread : visible) {
            ThreadView view = view(thread, byThread.getOrDefault(thread.getId(), List.of()), actor, subject, names, now);
            (view.resolved() ? resolved : open).add(view);
        }
        resolved.sort(Comparator.comparing(ThreadView::resolvedAt).reversed());
        open.addAll(resolved);
        return open;
    }

    /** One thread, if the user may see it. */
    public Optional<ThreadView> thread(long threadId) {
        Actor actor = currentActor.require();
        return threads.findById(threadId).filter(t -> isStaff(actor) || !t.isInternal())
                .map(t -> view(t, actor));
    }

    /** Open threads the user may see: for the subject page's tab or badge. */
    public long openThreadCount(String subjectType, long subjectId) {
        Actor actor = currentActor.require();
        return threads.countOpen(subjectType, subjectId, isStaff(actor));
    }

    /** What the user may do in the subject's discussion. */
    public DiscussionAccess access(String subjectType, long subjectId) {
        Actor actor = currentActor.require();
        SubjectInfo subject = subject(subjectType, subjectId);
        String reason = readOnlyReason(actor, subject);
        return new DiscussionAccess(reason == null, reason == null && isStaff(actor), reason, actor.username());
    }

    /**
     * People to offer for a mention: Region staff and, unless the comment is internal, the
     * representatives of the subject's clusters and everyone who wrote in its visible threads.
     * The user themselves is left out.
     */
    public List<Person> mentionable(String subjectType, long subjectId, boolean internal) {
        Actor actor = currentActor.require();
        SubjectInfo subject = subject(subjectType, subjectId);
        Set<String> usernames = new TreeSet<>(staffUsernames());
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
        SubjectInfo subject = subject(subjectType, subjectId);
        requireWrite(actor, subject);
        if (internal && !isStaff(actor)) {
            throw new NotPermittedException("discussion.refusal.internal");
        }
        String fieldName = field == null || field.isBlank() ? null : field.strip();
        if (fieldName != null && !FIELD.matcher(fieldName).matches()) {
            throw new InvalidInputException(Map.of("field", "discussion.validation.unknown-field"));
        }
        Checked text = check(body, internal);
        Instant now = clock.instant();
        CommentThread thread = threads.save(new CommentThread(subjectType, subjectId, fieldName, internal,
                actor.username(), now));
        Comment comment = comments.save(new Comment(thread.getId(), actor.username(), text.body(), internal, now));
        events.publishEvent(new CommentPosted(subjectType, subjectId, subject.title(), subject.link(), thread.getId(),
                comment.getId(), actor.username(), actor.displayName(), true, internal, text.mentioned(), Set.of(),
                subject.clusterCodes(), DiscussionText.excerpt(text.body()), now));
        live.publish(DiscussionChanges.of(subjectType, subjectId, thread.getId(), actor.username()));
        return view(thread, actor);
    }

    /**
     * Replies in an open thread. A reply in an internal thread is internal; Region staff may also
     * make a single reply internal in a thread everyone sees.
     */
    @Transactional
    public CommentView reply(long threadId, String body, boolean internal) {
        Actor actor = currentActor.require();
        CommentThread thread = visibleThread(threadId, actor);
        SubjectInfo subject = subject(thread.getSubjectType(), thread.getSubjectId());
        requireWrite(actor, subject);
        if (internal && !isStaff(actor)) {
            throw new NotPermittedException("discussion.refusal.internal");
        }
        if (thread.isResolved()) {
            throw new NotPermittedException("discussion.refusal.resolved");
        }
        boolean commentInternal = internal || thread.isInternal();
        Checked text = check(body, commentInternal);
        Instant now = clock.instant();

        Set<String> participants = new LinkedHashSet<>();
        participants.add(thread.getStartedBy());
        comments.findByThreadIdOrderByCreatedAtAscIdAsc(threadId).stream()
                .forEach(c -> participants.add(c.getAuthor()));
        participants.removeIf(u -> u.equalsIgnoreCase(actor.username()));
        if (commentInternal) {
            Set<String> staff = lowerCased(staffUsernames());
            participants.removeIf(u -> !staff.contains(u.toLowerCase(Locale.ROOT)));
        }

        Comment comment = comments.save(new Comment(threadId, actor.username(), text.body(), commentInternal, now));
        thread.touch(now);
        events.publishEvent(new CommentPosted(thread.getSubjectType(), thread.getSubjectId(), subject.title(),
                subject.link(), threadId, comment.getId(), actor.username(), actor.displayName(), false,
                commentInternal, text.mentioned(), participants, subject.clusterCodes(),
                DiscussionText.excerpt(text.body()), now));
        live.publish(DiscussionChanges.of(thread.getSubjectType(), thread.getSubjectId(), threadId, actor.username()));
        return commentView(comment, actor, subject, new Names(), now);
    }

    /**
     * Changes the text of the user's own comment, within {@link #EDIT_WINDOW} of posting it. The
     * comment then shows as edited. {@code expectedVersion} is the version the user edited.
     */
    @Transactional
    public CommentView edit(long commentId, long expectedVersion, String body) {
        Actor actor = currentActor.require();
        Comment comment = comments.findById(commentId)
                .filter(c -> isStaff(actor) || !c.isInternal())
                .orElseThrow(() -> new TranslatableException("discussion.refusal.not-found"));
        CommentThread thread = visibleThread(comment.getThreadId(), actor);
        if (!comment.getAuthor().equalsIgnoreCase(actor.username())) {
            throw new NotPermittedException("discussion.refusal.not-author");
        }
        SubjectInfo subject = subject(thread.getSubjectType(), thread.getSubjectId());
        requireWrite(actor, subject);
        Instant now = clock.instant();
        if (!now.isBefore(comment.getCreatedAt().plus(EDIT_WINDOW))) {
            throw new NotPermittedException("discussion.refusal.edit-window", EDIT_WINDOW.toMinutes());
        }
        if (comment.getVersion() != expectedVersion) {
            throw new TranslatableException("discussion.refusal.stale");
        }
        Checked text = check(body, comment.isInternal());
        if (text.body().equals(comment.getBody())) {
            return commentView(comment, actor, subject, new Names(), now);
        }
        Set<String> before = DiscussionText.mentions(comment.getBody());
        Set<String> added = new LinkedHashSet<>();
        for (String username : text.mentioned()) {
            if (!before.contains(username.toLowerCase(Locale.ROOT))) {
                added.add(username);
            }
        }
        comment.edit(text.body(), now);
        thread.touch(now);
        comments.flush();
        if (!added.isEmpty()) {
            events.publishEvent(new CommentEdited(thread.getSubjectType(), thread.getSubjectId(), subject.title(),
                    subject.link(), thread.getId(), commentId, actor.username(), actor.displayName(),
                    comment.isInternal(), added, DiscussionText.excerpt(text.body()), now));
        }
        live.publish(DiscussionChanges.of(thread.getSubjectType(), thread.getSubjectId(), thread.getId(), actor.username()));
        return commentView(comment, actor, subject, new Names(), now);
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
        CommentThread thread = visibleThread(threadId, actor);
        SubjectInfo subject = subject(thread.getSubjectType(), thread.getSubjectId());
        requireWrite(actor, subject);
        if (!mayResolve(actor, thread, subject)) {
            throw new NotPermittedException("discussion.refusal.resolve");
        }
        if (thread.isResolved() != resolve) {
            Instant now = clock.instant();
            if (resolve) {
                thread.resolve(actor.username(), now);
            } else {
                thread.reopen(now);
            }
            threads.flush();
            live.publish(DiscussionChanges.of(thread.getSubjectType(), thread.getSubjectId(), threadId, actor.username()));
        }
        return view(thread, actor);
    }

    // ---------------------------------------------------------------------------------------------
    // Rules

    private record Checked(String body, Set<String> mentioned) {
    }

    /** Refuses an empty or too long text and mentions of unknown people (or, when internal, of others than staff). */
    private Checked check(String body, boolean internal) {
        String text = DiscussionText.normalize(body);
        if (text.isEmpty()) {
            throw new InvalidInputException(Map.of(BODY, "discussion.validation.required"));
        }
        if (text.length() > DiscussionText.BODY_MAX) {
            throw new InvalidInputException(Map.of(BODY, "discussion.validation.too-long"));
        }
        Set<String> mentioned = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String username : DiscussionText.mentions(text)) {
            directory.contact(username).map(Contact::username)
                    .ifPresentOrElse(mentioned::add, () -> unknown.add(username));
        }
        if (!unknown.isEmpty()) {
            throw new MentionRefusedException(BODY, "discussion.validation.unknown-mention", unknown);
        }
        if (internal) {
            Set<String> staff = lowerCased(staffUsernames());
            List<String> outsiders = mentioned.stream().filter(u -> !staff.contains(u.toLowerCase(Locale.ROOT))).toList();
            if (!outsiders.isEmpty()) {
                throw new MentionRefusedException(BODY, "discussion.validation.mention-not-staff", outsiders);
            }
        }
        return new Checked(text, mentioned);
    }

    private SubjectInfo subject(String type, long id) {
        DiscussionSubject subject = subjects.get(type);
        if (subject == null) {
            throw new TranslatableException("discussion.refusal.no-subject");
        }
        return subject.describe(id).orElseThrow(() -> new TranslatableException("discussion.refusal.no-subject"));
    }

    /** A thread the user may see; an internal one is "not found" for cluster users, who must not learn it exists. */
    private CommentThread visibleThread(long threadId, Actor actor) {
        return threads.findById(threadId)
                .filter(t -> isStaff(actor) || !t.isInternal())
                .orElseThrow(() -> new TranslatableException("discussion.refusal.not-found"));
    }

    private static String readOnlyReason(Actor actor, SubjectInfo subject) {
        if (!isWriter(actor)) {
            return "discussion.refusal.observer";
        }
        if (!subject.open()) {
            return "discussion.refusal.closed";
        }
        return null;
    }

    private static void requireWrite(Actor actor, SubjectInfo subject) {
        String reason = readOnlyReason(actor, subject);
        if (reason != null) {
            throw new NotPermittedException(reason);
        }
    }

    /** Region staff: administrators and reviewers. */
    static boolean isStaff(Actor actor) {
        return actor.has(Role.ADMIN) || actor.has(Role.REVIEWER);
    }

    /** Everyone but observers takes part in discussions. */
    private static boolean isWriter(Actor actor) {
        return isStaff(actor) || actor.has(Role.REPRESENTATIVE) || actor.has(Role.WG_MEMBER);
    }

    private static boolean mayResolve(Actor actor, CommentThread thread, SubjectInfo subject) {
        return isStaff(actor)
                || thread.getStartedBy().equalsIgnoreCase(actor.username())
                || (actor.has(Role.REPRESENTATIVE) && actor.belongsToAnyOf(subject.clusterCodes()));
    }

    private Set<String> staffUsernames() {
        Set<String> staff = new TreeSet<>(directory.usernamesWithRole(Role.ADMIN));
        staff.addAll(directory.usernamesWithRole(Role.REVIEWER));
        return staff;
    }

    private static Set<String> lowerCased(Set<String> usernames) {
        return usernames.stream().map(u -> u.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    // ---------------------------------------------------------------------------------------------
    // Views

    /** Display names read once per call. */
    private final class Names {
        private final Map<String, String> cache = new HashMap<>();

        String of(String username) {
            if (username == null) {
                return null;
            }
            return cache.computeIfAbsent(username.toLowerCase(Locale.ROOT),
                    u -> directory.contact(username).map(Contact::displayName).orElse(username));
        }
    }

    private ThreadView view(CommentThread thread, Actor actor) {
        boolean staff = isStaff(actor);
        SubjectInfo subject = subject(thread.getSubjectType(), thread.getSubjectId());
        List<Comment> list = comments.findByThreadIdOrderByCreatedAtAscIdAsc(thread.getId()).stream()
                .filter(c -> staff || !c.isInternal()).toList();
        return view(thread, list, actor, subject, new Names(), clock.instant());
    }

    private ThreadView view(CommentThread thread, List<Comment> list, Actor actor, SubjectInfo subject, Names names,
                            Instant now) {
        boolean writable = readOnlyReason(actor, subject) == null;
        return new ThreadView(thread.getId(), thread.getSubjectType(), thread.getSubjectId(), thread.getField(),
                thread.isInternal(), thread.getStartedBy(), names.of(thread.getStartedBy()), thread.getStartedAt(),
                thread.getResolvedBy(), names.of(thread.getResolvedBy()), thread.getResolvedAt(),
                list.stream().map(c -> commentView(c, actor, subject, names, now)).toList(),
                writable && !thread.isResolved(), writable && mayResolve(actor, thread, subject));
    }

    private CommentView commentView(Comment c, Actor actor, SubjectInfo subject, Names names, Instant now) {
        boolean mine = c.getAuthor().equalsIgnoreCase(actor.username());
        Instant until = c.getCreatedAt().plus(EDIT_WINDOW);
        boolean mayEdit = mine && now.isBefore(until) && readOnlyReason(actor, subject) == null;
        return new CommentView(c.getId(), c.getThreadId(), c.getAuthor(), names.of(c.getAuthor()), c.getBody(),
                c.isInternal(), c.getCreatedAt(), c.getEditedAt(), c.getVersion(), mine, mayEdit, until);
    }
}
