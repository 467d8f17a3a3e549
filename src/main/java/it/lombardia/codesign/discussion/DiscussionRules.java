package it.lombardia.codesign.discussion;

import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.Contact;
import it.lombardia.codesign.identity.Role;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who may do what in a discussion, and what a comment's text must be: the checks
 * {@link DiscussionService} makes before it changes anything.
 */
@Component
class DiscussionRules {

    /** Field names as subjects spell them: {@code description}, {@code ecosystemImpact}. */
    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0," + (DiscussionService.FIELD_MAX - 1) + "}");
    static final String BODY = "body";

    private final CommentThreadRepository threads;
    private final AccountDirectory directory;
    private final Map<String, DiscussionSubject> subjects;

    DiscussionRules(CommentThreadRepository threads, AccountDirectory directory, List<DiscussionSubject> subjects) {
        this.threads = threads;
        this.directory = directory;
        this.subjects = subjects.stream().collect(Collectors.toMap(DiscussionSubject::type, Function.identity()));
    }

    record Checked(String body, Set<String> mentioned) {
    }

    /**
     * Refuses an empty or too long text and mentions of unknown people, of people who may not read
     * the subject (a draft is read by its clusters and Region staff only) or, when internal, of
     * others than staff.
     */
    Checked check(String body, boolean internal, SubjectInfo subject) {
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
            List<String> outsiders = withoutStaff(mentioned);
            if (!outsiders.isEmpty()) {
                throw new MentionRefusedException(BODY, "discussion.validation.mention-not-staff", outsiders);
            }
        } else if (!subject.readableByAll()) {
            List<String> outsiders = withoutReaders(mentioned, subject);
            if (!outsiders.isEmpty()) {
                throw new MentionRefusedException(BODY, "discussion.validation.mention-no-access", outsiders);
            }
        }
        return new Checked(text, mentioned);
    }

    /** The field a thread is about, null for the whole subject; refuses a name no subject could have. */
    String field(String field) {
        String fieldName = field == null || field.isBlank() ? null : field.strip();
        if (fieldName != null && !FIELD.matcher(fieldName).matches()) {
            throw new InvalidInputException(Map.of("field", "discussion.validation.unknown-field"));
        }
        return fieldName;
    }

    SubjectInfo subject(String type, long id) {
        DiscussionSubject subject = subjects.get(type);
        if (subject == null) {
            throw new TranslatableException("discussion.refusal.no-subject");
        }
        return subject.describe(id).orElseThrow(() -> new TranslatableException("discussion.refusal.no-subject"));
    }

    /** Whether the subject exists and the signed-in user may read it. */
    boolean readable(String type, long id) {
        DiscussionSubject subject = subjects.get(type);
        return subject != null && subject.describe(id).isPresent();
    }

    /** A thread the user may see; an internal one is "not found" for cluster users, who must not learn it exists. */
    CommentThread visibleThread(long threadId, Actor actor) {
        return threads.findById(threadId)
                .filter(t -> actor.isRegionStaff() || !t.isInternal())
                .filter(t -> readable(t.getSubjectType(), t.getSubjectId()))
                .orElseThrow(() -> new TranslatableException("discussion.refusal.not-found"));
    }

    static String readOnlyReason(Actor actor, SubjectInfo subject) {
        if (!isWriter(actor)) {
            return "discussion.refusal.observer";
        }
        if (!subject.open()) {
            return "discussion.refusal.closed";
        }
        return null;
    }

    static void requireWrite(Actor actor, SubjectInfo subject) {
        String reason = readOnlyReason(actor, subject);
        if (reason != null) {
            throw new NotPermittedException(reason);
        }
    }

    static void requireStaffForInternal(Actor actor, boolean internal) {
        if (internal && !actor.isRegionStaff()) {
            throw new NotPermittedException("discussion.refusal.internal");
        }
    }

    /** Everyone but observers takes part in discussions. */
    private static boolean isWriter(Actor actor) {
        return actor.isRegionStaff() || actor.has(Role.REPRESENTATIVE) || actor.has(Role.WG_MEMBER);
    }

    static boolean mayResolve(Actor actor, CommentThread thread, SubjectInfo subject) {
        return actor.isRegionStaff()
                || thread.getStartedBy().equalsIgnoreCase(actor.username())
                || (actor.has(Role.REPRESENTATIVE) && actor.belongsToAnyOf(subject.clusterCodes()));
    }

    Set<String> staffUsernames() {
        Set<String> staff = new TreeSet<>(directory.usernamesWithRole(Role.ADMIN));
        staff.addAll(directory.usernamesWithRole(Role.REVIEWER));
        return staff;
    }

    /** The usernames of people who may not read a subject that is not readable by all, in their order. */
    private List<String> withoutReaders(Set<String> usernames, SubjectInfo subject) {
        Set<String> readers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        readers.addAll(staffUsernames());
        readers.addAll(directory.usernamesRepresenting(subject.readerClusterCodes()));
        return usernames.stream().filter(u -> !readers.contains(u)).toList();
    }

    /** The usernames that are not Region staff, in their order. */
    List<String> withoutStaff(Set<String> usernames) {
        Set<String> staff = staffUsernames().stream().map(u -> u.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return usernames.stream().filter(u -> !staff.contains(u.toLowerCase(Locale.ROOT))).toList();
    }
}
