package it.lombardia.codesign.discussion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.discussion.DiscussionService;
import it.lombardia.codesign.discussion.ThreadView;
import it.lombardia.codesign.live.LiveUpdates;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The discussion panel on a demo proposal, as AFIL's representative, a reviewer and an observer see it. */
class DiscussionPanelTest extends KaribuTest {

    @Autowired
    DiscussionService discussion;
    @Autowired
    LiveUpdates live;
    @Autowired
    JdbcTemplate jdbc;

    long proposalId;
    String marker;

    @BeforeEach
    void proposal() {
        proposalId = jdbc.queryForObject("select id from proposal where title = ?", Long.class,
                "Industrial digital twins for reconfigurable production lines");
        marker = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aRepresentativeStartsAThreadOnAFieldAndItsTextIsShownAsTextNeverAsHtml() {
        signIn("afil.rep");
        DiscussionPanel panel = mount();
        CommentComposer starter = _get(panel, CommentComposer.class, s -> s.withClasses("discussion-starter"));
        assertThat(starter.internal.isVisible()).isFalse();

        _setValue(_get(panel, com.vaadin.flow.component.combobox.ComboBox.class,
                s -> s.withClasses("discussion-field-choice")), "description");
        _setValue(starter.text, "<b>bold</b> <script>alert(1)</script> " + marker
                + "\nsee https://example.org/twins. Thanks @reviewer");
        _click(starter.send);

        ThreadCard card = card(marker);
        assertThat(_get(card, Span.class, s -> s.withText("On “Description”")).isVisible()).isTrue();
        CommentBody body = _get(card, CommentBody.class);
        assertThat(descendants(body.getElement())).noneMatch(e -> e.getTag().equals("b") || e.getTag().equals("script"));
        assertThat(body.getElement().getTextRecursively()).contains("<b>bold</b> <script>alert(1)</script> " + marker);
        assertThat(descendants(body.getElement())).filteredOn(e -> e.getTag().equals("br")).hasSize(1);
        Anchor link = _get(body, Anchor.class);
        assertThat(link.getHref()).isEqualTo("https://example.org/twins");
        assertThat(link.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer nofollow");
        assertThat(link.getElement().getAttribute("target")).isEqualTo("_blank");
        assertThat(_get(body, Span.class, s -> s.withClasses("discussion-mention")).getText()).isEqualTo("@reviewer");
        assertThat(starter.text.getValue()).isEmpty();

        // Own comment: editable; the proposal's representative may resolve.
        _click(_get(card, Button.class, s -> s.withClasses("discussion-edit")));
        CommentComposer editor = _get(card, CommentComposer.class, s -> s.withClasses("discussion-editor"));
        _setValue(editor.text, "Plain " + marker);
        _click(editor.send);
        assertThat(_get(card(marker), CommentBody.class).getElement().getTextRecursively()).isEqualTo("Plain " + marker);
        assertThat(_get(card(marker), Span.class, s -> s.withClasses("discussion-edited")).getText()).isEqualTo("edited");

        _click(_get(card(marker), Button.class, s -> s.withClasses("discussion-resolve")));
        assertThat(_get(card(marker), Span.class, s -> s.withClasses("discussion-resolved")).getText())
                .startsWith("Resolved by Laura Bianchi");
        // Resolved: no reply box until reopened.
        assertThat(_find(card(marker), CommentComposer.class, s -> s.withClasses("discussion-reply"))).isEmpty();
        assertThat(_get(card(marker), Button.class, s -> s.withClasses("discussion-reopen")).getText()).isEqualTo("Reopen");
    }

    @Test
    void anUnknownMentionIsShownAtTheTextAndTheTextIsKept() {
        signIn("afil.rep");
        DiscussionPanel panel = mount();
        CommentComposer starter = _get(panel, CommentComposer.class, s -> s.withClasses("discussion-starter"));
        _setValue(starter.text, "Ping @nobody.here " + marker);
        _click(starter.send);

        assertThat(starter.text.isInvalid()).isTrue();
        assertThat(starter.text.getErrorMessage()).isEqualTo("Nobody is called @nobody.here: choose people from the list “Mention”.");
        assertThat(starter.text.getValue()).isEqualTo("Ping @nobody.here " + marker);
        assertThat(cards()).noneMatch(c -> c.getElement().getTextRecursively().contains(marker));

        _setValue(starter.mention, starter.mention.getListDataView().getItems()
                .filter(p -> p.username().equals("reviewer")).findFirst().orElseThrow());
        assertThat(starter.text.getValue()).isEqualTo("Ping @nobody.here " + marker + " @reviewer ");
    }

    @Test
    void aReviewerWritesInternallyAndClustersNeverSeeIt() {
        signIn("reviewer");
        DiscussionPanel panel = mount();
        CommentComposer starter = _get(panel, CommentComposer.class, s -> s.withClasses("discussion-starter"));
        assertThat(starter.internal.isVisible()).isTrue();
        assertThat(starter.internal.getLabel()).isEqualTo("Internal (Region staff only)");
        _setValue(starter.text, "Staff only " + marker);
        _setValue(starter.internal, true);
        _click(starter.send);
        assertThat(_find(card(marker), Span.class, s -> s.withClasses("discussion-internal"))).isNotEmpty();

        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new com.github.mvysny.kaributesting.v10.spring.MockSpringServlet(
                new com.github.mvysny.kaributesting.v10.Routes(), context, UI::new));
        signIn("afil.rep");
        mount();
        assertThat(cards()).noneMatch(c -> c.getElement().getTextRecursively().contains(marker));
    }

    @Test
    void anObserverReadsButCannotWrite() {
        SignIn.as(userDetailsService, "afil.rep");
        discussion.startThread("proposal", proposalId, null, "Readable " + marker, false);
        signIn("observer");
        DiscussionPanel panel = mount();

        assertThat(card(marker).isVisible()).isTrue();
        assertThat(_get(panel, com.vaadin.flow.component.html.Paragraph.class, s -> s.withClasses("discussion-read-only"))
                .getText()).isEqualTo("Observers can read the discussion but not take part in it.");
        assertThat(_find(panel, CommentComposer.class)).allMatch(c -> !isShown(c));
        assertThat(_find(panel, Button.class, s -> s.withClasses("discussion-edit"))).isEmpty();
        assertThat(_find(panel, Button.class, s -> s.withClasses("discussion-resolve"))).isEmpty();
    }

    @Test
    void othersCommentsAppearLiveAndWhatIAmTypingStays() throws InterruptedException {
        signIn("afil.rep");
        ThreadView thread = discussion.startThread("proposal", proposalId, null, "Live thread " + marker, false);
        DiscussionPanel panel = mount();
        CommentComposer reply = _get(card(marker), CommentComposer.class, s -> s.withClasses("discussion-reply"));
        _setValue(reply.text, "Half-written answer");

        SignIn.as(userDetailsService, "reviewer");
        discussion.reply(thread.id(), "Reviewer says " + marker, false);
        signIn("afil.rep");

        await(() -> card(marker).getElement().getTextRecursively().contains("Reviewer says " + marker));
        assertThat(_get(card(marker), CommentComposer.class, s -> s.withClasses("discussion-reply"))).isSameAs(reply);
        assertThat(reply.text.getValue()).isEqualTo("Half-written answer");
        assertThat(_get(panel, Span.class, s -> s.withClasses("discussion-status")).getText())
                .isEqualTo("Just updated by Marco Colombo.");
    }

    // ---------------------------------------------------------------------------------------------

    private DiscussionPanel mount() {
        DiscussionPanel panel = new DiscussionPanel(discussion, live, "proposal", proposalId,
                Map.of("description", "Description", "title", "Title"));
        UI.getCurrent().add(panel);
        return panel;
    }

    private static List<ThreadCard> cards() {
        return _find(ThreadCard.class);
    }

    private ThreadCard card(String text) {
        List<ThreadCard> found = cards().stream().filter(c -> c.getElement().getTextRecursively().contains(text)).toList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private static boolean isShown(com.vaadin.flow.component.Component c) {
        for (var at = java.util.Optional.of(c); at.isPresent(); at = at.get().getParent()) {
            if (!at.get().isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<Element> descendants(Element element) {
        List<Element> all = new java.util.ArrayList<>();
        element.getChildren().forEach(child -> {
            if (!child.isTextNode()) {
                all.add(child);
                all.addAll(descendants(child));
            }
        });
        return all;
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 40; i++) {
            MockVaadin.clientRoundtrip(false);
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        MockVaadin.clientRoundtrip(false);
        assertThat(condition.getAsBoolean()).as("within 2 seconds").isTrue();
    }
}
