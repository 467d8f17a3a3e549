package it.lombardia.codesign.discussion;

import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.Contact;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Turns threads and comments into what one user sees of them: names, and what they may do with each. */
@Component
class DiscussionViews {

    private final CommentRepository comments;
    private final AccountDirectory directory;
    private final DiscussionRules rules;
    private final Clock clock;

    DiscussionViews(CommentRepository comments, AccountDirectory directory, DiscussionRules rules, Clock clock) {
        this.comments = comments;
        this.directory = directory;
        this.rules = rules;
        this.clock = clock;
    }

    /** Display names read once per call. */
    final class Names {
        private final Map<String, String> cache = new HashMap<>();

        String of(String username) {
            if (username == null) {
                return null;
            }
            return cache.computeIfAbsent(username.toLowerCase(Locale.ROOT),
                    u -> directory.contact(username).map(Contact::displayName).orElse(username));
        }
    }

    Names names() {
        return new Names();
    }

    ThreadView view(CommentThread thread, Actor actor) {
        boolean staff = actor.isRegionStaff();
        SubjectInfo subject = rules.subject(thread.getSubjectType(), thread.getSubjectId());
        List<Comment> list = comments.findByThreadIdOrderByCreatedAtAscIdAsc(thread.getId()).stream()
                .filter(c -> staff || !c.isInternal()).toList();
        return view(thread, list, actor, subject, new Names(), clock.instant());
    }

    ThreadView view(CommentThread thread, List<Comment> list, Actor actor, SubjectInfo subject, Names names,
                    Instant now) {
        boolean writable = DiscussionRules.readOnlyReason(actor, subject) == null;
        return new ThreadView(thread.getId(), thread.getSubjectType(), thread.getSubjectId(), thread.getField(),
                thread.isInternal(), thread.getStartedBy(), names.of(thread.getStartedBy()), thread.getStartedAt(),
                thread.getResolvedBy(), names.of(thread.getResolvedBy()), thread.getResolvedAt(),
                list.stream().map(c -> commentView(c, actor, subject, names, now)).toList(),
                writable && !thread.isResolved(), writable && DiscussionRules.mayResolve(actor, thread, subject));
    }

    CommentView commentView(Comment c, Actor actor, SubjectInfo subject, Names names, Instant now) {
        boolean mine = c.getAuthor().equalsIgnoreCase(actor.username());
        Instant until = c.getCreatedAt().plus(DiscussionService.EDIT_WINDOW);
        boolean mayEdit = mine && now.isBefore(until) && DiscussionRules.readOnlyReason(actor, subject) == null;
        return new CommentView(c.getId(), c.getThreadId(), c.getAuthor(), names.of(c.getAuthor()), c.getBody(),
                c.isInternal(), c.getCreatedAt(), c.getEditedAt(), c.getVersion(), mine, mayEdit, until);
    }
}
