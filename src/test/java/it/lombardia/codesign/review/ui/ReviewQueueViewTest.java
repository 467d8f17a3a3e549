package it.lombardia.codesign.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.review.ReviewQueueRow;
import it.lombardia.codesign.ui.AccessDeniedView;
import it.lombardia.codesign.ui.Badge;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue as region staff use it, with the demo data: the reviewer is assigned to the AFIL
 * digital twins (due at the end of the review phase) and to the LE2C energy storage (overdue).
 */
@Transactional
class ReviewQueueViewTest extends KaribuTest {

    static final String DIGITAL_TWINS = "Industrial digital twins for reconfigurable production lines";
    static final String STORAGE = "Long-duration energy storage";
    static final String LOGISTICS = "Zero-Emission Logistics and Intermodal Freight";
    static final String TRIALS = "Decentralised clinical trials and real-world evidence";
    static final String AFIL_DRAFT = "Extend collaborative robotics to wearable exoskeletons";

    @Test
    void reviewerSeesWhatAwaitsReviewWithReviewersDueDatesAndOverdueBadges() {
        signIn("reviewer");
        UI.getCurrent().navigate("reviews");

        assertThat(_get(H1.class).getText()).isEqualTo("Review queue · EDP 2026-2027");
        assertThat(checkbox("Awaiting review").getValue()).isTrue();
        Grid<ReviewQueueRow> grid = grid();
        assertThat(titles(grid)).contains(DIGITAL_TWINS, STORAGE, LOGISTICS, TRIALS).doesNotContain(AFIL_DRAFT);
        int storage = titles(grid).indexOf(STORAGE);
        assertThat(GridKt._getFormatted(grid, storage, "reviewers")).isEqualTo("Marco Colombo");
        assertThat(badges(GridKt._getCellComponent(grid, storage, "due"))).containsExactly("Overdue");
        int twins = titles(grid).indexOf(DIGITAL_TWINS);
        assertThat(badges(GridKt._getCellComponent(grid, twins, "due"))).isEmpty();
        assertThat(GridKt._getFormatted(grid, titles(grid).indexOf(LOGISTICS), "reviewers")).isEqualTo("Nobody yet");
        assertThat(badges(GridKt._getCellComponent(grid, storage, "status"))).containsExactly("Submitted");
        // Overdue reviews come first.
        assertThat(GridKt._get(grid, 0).overdue()).isTrue();
    }

    @Test
    void assignedToMeKeepsOnlyTheReviewersOwnProposals() {
        signIn("reviewer");
        UI.getCurrent().navigate("reviews");
        Grid<ReviewQueueRow> grid = grid();

        _setValue(checkbox("Assigned to me"), true);

        assertThat(titles(grid)).contains(DIGITAL_TWINS, STORAGE).doesNotContain(LOGISTICS, TRIALS);
        for (int i = 0; i < GridKt._size(grid); i++) {
            assertThat(GridKt._getFormatted(grid, i, "reviewers")).contains("Marco Colombo");
        }
    }

    @Test
    void overdueFilterComesFromTheAddress() {
        signIn("reviewer");
        UI.getCurrent().navigate("reviews", QueryParameters.simple(Map.of("overdue", "true")));

        assertThat(checkbox("Overdue only").getValue()).isTrue();
        assertThat(checkbox("Awaiting review").getValue()).isFalse();
        Grid<ReviewQueueRow> grid = grid();
        assertThat(titles(grid)).contains(STORAGE).doesNotContain(DIGITAL_TWINS, LOGISTICS);
        for (int i = 0; i < GridKt._size(grid); i++) {
            assertThat(badges(GridKt._getCellComponent(grid, i, "due"))).containsExactly("Overdue");
        }
    }

    @Test
    void ecosystemFilterComesFromTheAddressAndCanBeChanged() {
        signIn("admin");
        UI.getCurrent().navigate("reviews",
                QueryParameters.simple(Map.of("pending", "true", "ecosystem", "HEALTH_LIFE_SCIENCE")));

        ComboBox<?> ecosystem = _get(ComboBox.class, s -> s.withId("filter-ecosystem"));
        assertThat(ecosystem.getValue()).isNotNull();
        Grid<ReviewQueueRow> grid = grid();
        assertThat(titles(grid)).contains(TRIALS).doesNotContain(STORAGE, LOGISTICS);
        for (int i = 0; i < GridKt._size(grid); i++) {
            assertThat(GridKt._getFormatted(grid, i, "ecosystems")).contains("Health and Life Science");
        }

        _setValue(ecosystem, null);

        assertThat(titles(grid)).contains(TRIALS, STORAGE, LOGISTICS);
    }

    @Test
    void clickingARowOpensItsReviewPage() {
        signIn("reviewer");
        UI.getCurrent().navigate("reviews");
        Grid<ReviewQueueRow> grid = grid();
        int row = titles(grid).indexOf(LOGISTICS);
        long id = GridKt._get(grid, row).proposal().id();

        GridKt._clickItem(grid, row);

        _get(ProposalReviewView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("proposals/" + id + "/review");
        assertThat(_get(H1.class).getText()).isEqualTo(LOGISTICS);
    }

    @Test
    void theMenuOffersTheQueueAndTemplatesToRegionStaff() {
        signIn("reviewer");
        UI.getCurrent().navigate("reviews");

        assertThat(menuLabels()).contains("Review queue", "Answer templates");
    }

    @Test
    void theMenuDoesNotOfferThemToRepresentatives() {
        signIn("afil.rep");
        UI.getCurrent().navigate("");

        assertThat(menuLabels()).contains("Proposals").doesNotContain("Review queue", "Answer templates");
    }

    @Test
    void representativesAndOthersGetAccessDenied() {
        for (String username : List.of("afil.rep", "observer", "wg.member")) {
            signIn(username);
            for (String route : List.of("reviews", "reviews/templates")) {
                UI.getCurrent().navigate(route);

                _get(AccessDeniedView.class);
                assertThat(_get(H1.class).getText()).as(username + " " + route).isEqualTo("Access denied");
                _assertNone(Grid.class);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<ReviewQueueRow> grid() {
        return _get(Grid.class, s -> s.withClasses("review-queue-grid"));
    }

    static List<String> titles(Grid<ReviewQueueRow> grid) {
        return GridKt._fetch(grid, 0, GridKt._size(grid)).stream().map(r -> r.proposal().title()).toList();
    }

    private static Checkbox checkbox(String label) {
        return _get(Checkbox.class, s -> s.withLabel(label));
    }

    private static List<String> badges(Component cell) {
        return _find(cell, Badge.class).stream().map(Badge::getText).toList();
    }

    private static List<String> menuLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
