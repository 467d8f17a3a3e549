package it.lombardia.codesign.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.round.RoundPhase;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.round.ui.RoundTimeline;
import it.lombardia.codesign.ui.Formats;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

class DashboardViewTest extends KaribuTest {

    @Autowired
    RoundService rounds;

    @Test
    void observerSeesOpenRoundCountsAndMatrix() {
        signIn("observer");
        UI.getCurrent().navigate("");
        _get(DashboardView.class);
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("EDP 2026-2027", "Proposals by cluster and ecosystem");
        assertThat(_find(Span.class, s -> s.withClasses("stat-label")).stream().map(Span::getText))
                .contains("Proposals", "Draft", "Submitted");
    }

    @Test
    void theOpenRoundsTimelineShowsTheCurrentPhaseAndItsDaysLeft() {
        signIn("observer");
        UI.getCurrent().navigate("");
        RoundSummary open = rounds.openRound().orElseThrow();
        long daysLeft = open.phaseDaysLeft(Formats.today());

        RoundTimeline timeline = _get(RoundTimeline.class);
        List<ListItem> steps = _find(timeline, ListItem.class);
        assertThat(steps).hasSize(5);
        List<ListItem> current = steps.stream()
                .filter(li -> "step".equals(li.getElement().getAttribute("aria-current"))).toList();
        assertThat(current).hasSize(1);
        assertThat(current.getFirst().getElement().getAttribute("data-phase")).isEqualTo(RoundPhase.DRAFTING.name());
        assertThat(text(current.getFirst(), "timeline-name")).isEqualTo("Proposal drafting");
        assertThat(text(current.getFirst(), "timeline-state")).isEqualTo("Current phase");
        // the demo drafting phase ends five days from today (one day of slack for time zones)
        assertThat(daysLeft).isBetween(4L, 6L);
        assertThat(text(current.getFirst(), "timeline-days-left")).isEqualTo(daysLeft + " days left");
        assertThat(_get(timeline, Paragraph.class, s -> s.withClasses("timeline-summary")).getText())
                .isEqualTo("Current phase: Proposal drafting (" + daysLeft + " days left)");
        _assertNone(Anchor.class, s -> s.withId("manage-rounds"));
    }

    @Test
    @Transactional
    void withoutARoundUnderWayAdminsAreLedToTheRoundsPage() {
        signIn("admin");
        closeOpenRound();
        UI.getCurrent().navigate("");

        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("No EDP round is open at the moment.");
        Anchor manage = _get(Anchor.class, s -> s.withId("manage-rounds"));
        assertThat(manage.getHref()).isEqualTo("rounds");
        assertThat(manage.getText()).isEqualTo("Open a new EDP round");
        // the closed round stays on the dashboard with its figures
        _get(RoundTimeline.class);
        _get(MatrixTable.class);
    }

    @Test
    @Transactional
    void withoutARoundUnderWayOthersReadTheMessageAndTheLatestRound() {
        signIn("admin");
        closeOpenRound();
        signIn("observer");
        UI.getCurrent().navigate("");

        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("No EDP round is open at the moment.");
        _assertNone(Anchor.class, s -> s.withId("manage-rounds"));
        _get(RoundTimeline.class);
    }

    private void closeOpenRound() {
        RoundSummary round = rounds.openRound().orElseThrow();
        while (!round.phase().closed()) {
            round = rounds.advance(round.id(), round.version());
        }
    }

    private static String text(ListItem step, String cssClass) {
        return _get(step, Span.class, s -> s.withClasses(cssClass)).getText();
    }
}
