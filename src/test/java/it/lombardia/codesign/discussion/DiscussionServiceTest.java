package it.lombardia.codesign.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.live.LiveBus;
import it.lombardia.codesign.live.LiveMessage;
import it.lombardia.codesign.notification.NotificationCenter;
import it.lombardia.codesign.notification.NotificationItem;
import it.lombardia.codesign.notification.NotificationKind;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Threads on a demo proposal (AFIL's "Industrial digital twins"), as its representative, other
 * clusters, Region staff and an observer use them. Every test writes text of its own, so it finds
 * its threads and notifications among everything else.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class DiscussionServiceTest {

    static final String PROPOSAL = "proposal";

    @Autowired
    DiscussionService discussion;
    @Autowired
    NotificationCenter notifications;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LiveBus bus;

    long proposalId;
    String marker;

    @BeforeEach
    void setUp() {
        proposalId = jdbc.queryForObject("select id from proposal where title = ?", Long.class,
                "Industrial digital twins for reconfigurable production lines");
        marker = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aThreadAndItsReplyAreReadByEveryoneAndTheStarterHearsOfTheReply() {
        as("afil.rep");
        ThreadView started = discussion.startThread(PROPOSAL, proposalId, "description", "Question " + marker, false);
        as("reviewer");
        discussion.reply(started.id(), "Answer " + marker, false);

        as("le2c.rep");
        ThreadView seen = thread(started.id());
        assertThat(seen.field()).isEqualTo("description");
        assertThat(seen.comments()).extracting(CommentView::authorName, CommentView::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Laura Bianchi", "Question " + marker),
                        org.assertj.core.groups.Tuple.tuple("Marco Colombo", "Answer " + marker));
        assertThat(seen.comments()).noneMatch(CommentView::edited).noneMatch(CommentView::mayEdit);

        as("afil.rep");
        assertThat(notificationAbout(marker)).extracting(NotificationItem::kind, NotificationItem::link)
                .containsExactly(NotificationKind.COMMENT_REPLY, "proposals/" + proposalId);
        assertThat(notificationAbout(marker).text()).contains("Marco Colombo replied").contains("Answer " + marker);
    }

    @Test
    void anAuthorEditsWithinFifteenMinutesAndNotAfter() {
        as("afil.rep");
        ThreadView started = discussion.startThread(PROPOSAL, proposalId, null, "First text " + marker, false);
        CommentView comment = started.comments().getFirst();
        assertThat(comment.mayEdit()).isTrue();

        CommentView edited = discussion.edit(comment.id(), comment.version(), "Better text " + marker);
        assertThat(edited.body()).isEqualTo("Better text " + marker);
        assertThat(edited.edited()).isTrue();
        assertThat(thread(started.id()).comments().getFirst().edited()).isTrue();

        as("le2c.rep");
        assertThat(catchThrowableOfType(NotPermittedException.class,
                () -> discussion.edit(comment.id(), edited.version(), "Not mine")).messageKey())
                .isEqualTo("discussion.refusal.not-author");

        // Sixteen minutes later
        jdbc.update("update discussion_comment set created_at = created_at - interval '16' minute where id = ?",
                comment.id());
        as("afil.rep");
        assertThat(thread(started.id()).comments().getFirst().mayEdit()).isFalse();
        assertThat(catchThrowableOfType(NotPermittedException.class,
                () -> discussion.edit(comment.id(), edited.version(), "Too late " + marker)).messageKey())
                .isEqualTo("discussion.refusal.edit-window");
        assertThat(thread(started.id()).comments().getFirst().body()).isEqualTo("Better text " + marker);
    }

    @Test
    void theAuthorStaffAndTheProposalsRepresentativesResolveAndReopenOthersMayNot() {
        as("le2c.rep");
        ThreadView started = discussion.startThread(PROPOSAL, proposalId, null, "Overlap with LE2C? " + marker, false);
        assertThat(started.mayResolve()).isTrue();

        as("mobility.rep");
        assertThat(thread(started.id()).mayResolve()).isFalse();
        assertThat(refusal(() -> discussion.resolve(started.id()))).isEqualTo("discussion.refusal.resolve");
        as("observer");
        assertThat(refusal(() -> discussion.resolve(started.id()))).isEqualTo("discussion.refusal.observer");

        as("afil.rep");
        ThreadView resolved = discussion.resolve(started.id());
        assertThat(resolved.resolved()).isTrue();
        assertThat(resolved.resolvedByName()).isEqualTo("Laura Bianchi");
        assertThat(resolved.mayReply()).isFalse();
        assertThat(refusal(() -> discussion.reply(started.id(), "More", false))).isEqualTo("discussion.refusal.resolved");
        List<ThreadView> all = discussion.threads(PROPOSAL, proposalId);
        assertThat(all.indexOf(thread(started.id()))).isGreaterThanOrEqualTo(
                (int) all.stream().filter(t -> !t.resolved()).count());

        as("le2c.rep");
        assertThat(discussion.reopen(started.id()).resolved()).isFalse();
        as("reviewer");
        assertThat(discussion.resolve(started.id()).resolved()).isTrue();
    }

    @Test
    void internalThreadsAndCommentsAreHiddenFromClustersInListsCountsAndNotifications() {
        as("afil.rep");
        ThreadView open = discussion.startThread(PROPOSAL, proposalId, null, "Public " + marker, false);
        long countForCluster = discussion.openThreadCount(PROPOSAL, proposalId);
        as("reviewer");
        long countForStaff = discussion.openThreadCount(PROPOSAL, proposalId);

        ThreadView internal = discussion.startThread(PROPOSAL, proposalId, null,
                "Internal @admin " + marker, true);
        CommentView internalReply = discussion.reply(open.id(), "Staff aside " + marker, true);
        assertThat(internalReply.internal()).isTrue();
        assertThat(discussion.reply(internal.id(), "Still internal " + marker, false).internal()).isTrue();
        assertThat(discussion.openThreadCount(PROPOSAL, proposalId)).isEqualTo(countForStaff + 1);
        assertThat(thread(internal.id()).comments()).hasSize(2);

        as("afil.rep");
        assertThat(discussion.threads(PROPOSAL, proposalId)).noneMatch(t -> t.id() == internal.id());
        assertThat(discussion.thread(internal.id())).isEmpty();
        assertThat(thread(open.id()).comments()).extracting(CommentView::body).containsExactly("Public " + marker);
        assertThat(discussion.openThreadCount(PROPOSAL, proposalId)).isEqualTo(countForCluster);
        assertThat(refusal(() -> discussion.reply(internal.id(), "Let me in", false)))
                .isEqualTo("discussion.refusal.not-found");
        assertThat(refusal(() -> discussion.startThread(PROPOSAL, proposalId, null, "Secret", true)))
                .isEqualTo("discussion.refusal.internal");
        // The author of the thread is not told of the staff's internal reply.
        assertThat(notifications.latest(50, Locale.ENGLISH)).noneMatch(n -> n.text().contains(marker));

        as("admin");
        assertThat(notificationAbout(marker).kind()).isEqualTo(NotificationKind.MENTIONED);

        as("reviewer");
        MentionRefusedException outsider = catchThrowableOfType(MentionRefusedException.class,
                () -> discussion.reply(internal.id(), "Ask @afil.rep", false));
        assertThat(outsider.fieldErrors()).containsEntry("body", "discussion.validation.mention-not-staff");
        assertThat(outsider.usernames()).containsExactly("afil.rep");
    }

    @Test
    void aMentionNotifiesThePersonAndAnUnknownOneIsRefusedWithNothingSaved() {
        as("afil.rep");
        int before = discussion.threads(PROPOSAL, proposalId).size();
        MentionRefusedException unknown = catchThrowableOfType(MentionRefusedException.class,
                () -> discussion.startThread(PROPOSAL, proposalId, null, "Hi @nobody.here " + marker, false));
        assertThat(unknown.fieldErrors()).containsEntry("body", "discussion.validation.unknown-mention");
        assertThat(unknown.mentions()).isEqualTo("@nobody.here");
        assertThat(discussion.threads(PROPOSAL, proposalId)).hasSize(before);

        discussion.startThread(PROPOSAL, proposalId, null, "What do you think, @le2c.rep? " + marker
                + " Write to me at laura@example.org", false);

        as("le2c.rep");
        NotificationItem mention = notificationAbout(marker);
        assertThat(mention.kind()).isEqualTo(NotificationKind.MENTIONED);
        assertThat(mention.link()).isEqualTo("proposals/" + proposalId);
        assertThat(mention.text()).startsWith("Laura Bianchi mentioned you in a comment on “Industrial digital twins");
        as("reviewer");
        // Not mentioned and no representative of AFIL: nothing for the reviewer.
        assertThat(notifications.latest(50, Locale.ENGLISH)).noneMatch(n -> n.text().contains(marker));
    }

    @Test
    void anEditThatAddsAMentionNotifiesTheNewlyMentionedOnly() {
        as("afil.rep");
        ThreadView started = discussion.startThread(PROPOSAL, proposalId, null, "Draft " + marker, false);
        CommentView comment = started.comments().getFirst();
        discussion.edit(comment.id(), comment.version(), "Draft " + marker + " cc @mobility.rep");
        as("mobility.rep");
        assertThat(notificationAbout(marker).kind()).isEqualTo(NotificationKind.MENTIONED);
    }

    @Test
    void badInputIsRefusedAtTheTextAndObserversOnlyRead() {
        as("afil.rep");
        assertThat(fieldError(() -> discussion.startThread(PROPOSAL, proposalId, null, "  \n ", false)))
                .isEqualTo("discussion.validation.required");
        assertThat(fieldError(() -> discussion.startThread(PROPOSAL, proposalId, null, "x".repeat(4001), false)))
                .isEqualTo("discussion.validation.too-long");
        assertThat(discussion.startThread(PROPOSAL, proposalId, null, "y".repeat(4000), false).comments()
                .getFirst().body()).hasSize(4000);

        as("observer");
        assertThat(discussion.access(PROPOSAL, proposalId).mayWrite()).isFalse();
        assertThat(discussion.threads(PROPOSAL, proposalId)).isNotEmpty();
        assertThat(refusal(() -> discussion.startThread(PROPOSAL, proposalId, null, "Hello", false)))
                .isEqualTo("discussion.refusal.observer");
        assertThatThrownBy(() -> discussion.threads(PROPOSAL, 987_654_321L)).isInstanceOf(TranslatableException.class);
    }

    @Test
    void everyCommittedChangeIsAnnouncedLive() {
        List<LiveMessage> heard = new CopyOnWriteArrayList<>();
        var subscription = bus.subscribe(heard::add);
        try {
            as("afil.rep");
            ThreadView started = discussion.startThread(PROPOSAL, proposalId, null, "Live " + marker, false);
            discussion.resolve(started.id());
            assertThat(heard).filteredOn(DiscussionChanges.about(PROPOSAL, proposalId)::test)
                    .extracting(LiveMessage::data)
                    .containsExactly(Map.of("subjectType", PROPOSAL, "subjectId", String.valueOf(proposalId),
                                    "thread", String.valueOf(started.id()), "actor", "afil.rep"),
                            Map.of("subjectType", PROPOSAL, "subjectId", String.valueOf(proposalId),
                                    "thread", String.valueOf(started.id()), "actor", "afil.rep"));
        } finally {
            subscription.remove();
        }
    }

    // ---------------------------------------------------------------------------------------------

    private void as(String username) {
        SignIn.as(users, username);
    }

    private ThreadView thread(long id) {
        return discussion.threads(PROPOSAL, proposalId).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    private NotificationItem notificationAbout(String text) {
        List<NotificationItem> found = notifications.latest(50, Locale.ENGLISH).stream()
                .filter(n -> n.text().contains(text)).toList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private static String refusal(Runnable action) {
        return catchThrowableOfType(TranslatableException.class, action::run).messageKey();
    }

    private static String fieldError(Runnable action) {
        return catchThrowableOfType(InvalidInputException.class, action::run).fieldErrors().get("body");
    }
}
