package it.lombardia.codesign.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.identity.AccountDraft;
import it.lombardia.codesign.identity.AccountService;
import it.lombardia.codesign.identity.Role;
import it.lombardia.codesign.notification.NotificationCenter;
import it.lombardia.codesign.notification.NotificationEvents;
import it.lombardia.codesign.notification.NotificationItem;
import it.lombardia.codesign.proposal.ProposalFilter;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.proposal.ProposalSummary;
import it.lombardia.codesign.review.ReviewerAssigned;
import it.lombardia.codesign.ui.Formats;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bell in the top bar and the notifications page, as a signed-in reviewer sees them. Each test
 * works on a new account, so counts start at zero whatever other tests did.
 */
class NotificationBellTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ProposalService proposals;
    @Autowired
    NotificationCenter center;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transaction;

    String username;
    ProposalSummary proposal;
    NotificationEvents events;

    @BeforeEach
    void newReviewer() {
        events = new NotificationEvents(publisher, transaction);
        signIn("admin");
        username = "bell-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new AccountDraft(username, "Bruno Campana", null, null, Set.of(Role.REVIEWER), Set.of()),
                "long-enough-1");
        proposal = proposals.search(ProposalFilter.ofRound(null), PageRequest.of(0, 1)).getContent().getFirst();
    }

    @Test
    void theBellCountsUnreadNotificationsAfterEachNavigation() {
        signIn(username);
        UI.getCurrent().navigate("");
        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("Notifications, none unread");
        _assertNone(Span.class, s -> s.withClasses("notification-count"));

        assign("First");
        assign("Second");
        UI.getCurrent().navigate("proposals");

        assertThat(count()).isEqualTo("2");
        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("Notifications, 2 unread");
    }

    @Test
    void theBellCountsANewNotificationLiveWithoutNavigation() throws InterruptedException {
        signIn(username);
        UI.getCurrent().navigate("");
        _assertNone(Span.class, s -> s.withClasses("notification-count"));

        assign("Live");

        for (int i = 0; i < 40 && _find(Span.class, s -> s.withClasses("notification-count")).isEmpty(); i++) {
            Thread.sleep(50);
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        }
        assertThat(count()).isEqualTo("1");
        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("Notifications, 1 unread");
    }

    @Test
    void theListShowsTheLatestWithUnreadOnesMarked() {
        String older = assign("Older");
        String newer = assign("Newer");
        signIn(username);
        UI.getCurrent().navigate("");

        _click(bell());

        List<NotificationEntry> entries = entries();
        assertThat(entries).hasSize(2);
        assertThat(text(entries.get(0))).isEqualTo("You were assigned to review proposal “" + newer + "”.");
        assertThat(text(entries.get(1))).contains(older);
        assertThat(entries).allMatch(e -> e.hasClassName("unread"));
        assertThat(_find(entries.get(0), Span.class).stream().map(Span::getText)).contains("New");
        NotificationItem item = center.latest(1, Locale.ENGLISH).getFirst();
        assertThat(_get(entries.get(0), Span.class, s -> s.withClasses("notification-time")).getText())
                .isEqualTo(Formats.dateTime(item.createdAt(), Locale.ENGLISH));
    }

    @Test
    void clickingANotificationMarksItReadAndOpensWhatItIsAbout() {
        String older = assign("Older");
        String newer = assign("Newer");
        signIn(username);
        UI.getCurrent().navigate("");
        _click(bell());

        _click(entries().getFirst());

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("proposals/" + proposal.id());
        _assertNone(it.lombardia.codesign.ui.NotFoundView.class);
        assertThat(count()).isEqualTo("1");
        _click(bell());
        assertThat(entries()).extracting(NotificationBellTest::text, e -> e.hasClassName("unread"))
                .containsExactly(tuple("You were assigned to review proposal “" + newer + "”.", false),
                        tuple("You were assigned to review proposal “" + older + "”.", true));
    }

    @Test
    void markAllAsReadClearsTheCount() {
        assign("One");
        assign("Two");
        signIn(username);
        UI.getCurrent().navigate("");
        _click(bell());

        _click(_get(Button.class, s -> s.withClasses("notification-mark-all")));

        _assertNone(Span.class, s -> s.withClasses("notification-count"));
        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("Notifications, none unread");
        assertThat(entries()).hasSize(2).noneMatch(e -> e.hasClassName("unread"));
        assertThat(center.unreadCount()).isZero();
    }

    @Test
    void withoutNotificationsTheListSaysSo() {
        signIn(username);
        UI.getCurrent().navigate("");

        _click(bell());

        assertThat(_get(Span.class, s -> s.withClasses("notification-empty")).getText()).isEqualTo("You have no notifications.");
    }

    @Test
    void theBellSpeaksItalian() {
        String title = assign("Italiano");
        useItalian();
        signIn(username);
        UI.getCurrent().navigate("");

        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("Notifiche, 1 non letta");
        _click(bell());
        assertThat(text(entries().getFirst())).isEqualTo("Ti è stata assegnata la revisione della proposta «" + title + "».");
    }

    @Test
    void theNotificationsPageListsFiltersAndMarksRead() {
        assign("A");
        assign("B");
        assign("C");
        signIn(username);
        UI.getCurrent().navigate("");
        _click(bell());
        _click(_get(Button.class, s -> s.withClasses("notification-show-all")));

        _get(NotificationsView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Notifications");
        Grid<NotificationItem> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(3);

        _setValue(showFilter(), NotificationsView.Show.UNREAD);
        _click((Button) GridKt._getCellComponent(grid, 0, "actions"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(count()).isEqualTo("2");

        _click(_get(Button.class, s -> s.withId("mark-all-read")));
        assertThat(GridKt._size(grid)).isZero();
        _assertNone(Span.class, s -> s.withClasses("notification-count"));

        _setValue(showFilter(), NotificationsView.Show.ALL);
        assertThat(GridKt._size(grid)).isEqualTo(3);
        _click((NotificationEntry) GridKt._getCellComponent(grid, 0, "notification"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("proposals/" + proposal.id());
    }

    // ---------------------------------------------------------------------------------------------

    private String assign(String prefix) {
        String title = NotificationEvents.uniqueTitle(prefix);
        events.commit(new ReviewerAssigned(proposal.id(), title, username, "admin", null));
        return title;
    }

    private static Button bell() {
        return _get(Button.class, s -> s.withClasses("notification-bell-button"));
    }

    private static String count() {
        return _get(Span.class, s -> s.withClasses("notification-count")).getText();
    }

    private static List<NotificationEntry> entries() {
        return _find(NotificationEntry.class);
    }

    private static String text(NotificationEntry entry) {
        return _get(entry, Span.class, s -> s.withClasses("notification-text")).getText();
    }

    @SuppressWarnings("unchecked")
    private static Grid<NotificationItem> grid() {
        return _get(Grid.class);
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<NotificationsView.Show> showFilter() {
        return _get(RadioButtonGroup.class);
    }
}
