package it.lombardia.codesign.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.proposal.ProposalKind;
import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.proposal.ProposalSummary;
import it.lombardia.codesign.ui.Badge;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The proposals grid and its filters, as Region staff see it (every proposal); what others see is in ProposalVisibilityViewTest. */
class ProposalsViewTest extends KaribuTest {

    /** The 15 proposals of the demo round. */
    static final List<String> DEMO_TITLES = List.of(
            "Industrial digital twins for reconfigurable production lines",
            "Extend collaborative robotics to wearable exoskeletons",
            "Biosecurity and animal welfare in livestock farming",
            "Zero-Emission Logistics and Intermodal Freight",
            "Add battery second life and recycling to vehicle components",
            "Sustainable aviation fuels and hybrid-electric propulsion",
            "Space Economy: Satellites, Data and Downstream Services",
            "Decentralised clinical trials and real-world evidence",
            "Include RNA medicines and scalable manufacturing in advanced therapies",
            "Focus active ageing on connected homes and assistive robotics",
            "Data-Driven Territories and Urban Digital Twins",
            "Retire the priority on data platforms and AI for public services",
            "Long-duration energy storage",
            "Retire the priority on deep energy renovation of buildings",
            "Carbon capture and utilisation for chemical building blocks");

    @Autowired
    CatalogService catalog;

    @Test
    void listsTheDemoProposalsOfTheOpenRound() {
        signIn("reviewer");
        UI.getCurrent().navigate("proposals");

        _get(ProposalsView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Proposals · EDP 2026-2027");
        ProposalGrid grid = _get(ProposalGrid.class);
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(15);
        assertThat(titles(grid)).containsAll(DEMO_TITLES);
        int row = titles(grid).indexOf("Zero-Emission Logistics and Intermodal Freight");
        assertThat(GridKt._getFormatted(grid, row, "kind")).isEqualTo("New macro-theme");
        assertThat(status(grid, row)).isEqualTo("Submitted");
        assertThat(GridKt._getFormatted(grid, row, "lead")).isEqualTo("CLM");
        assertThat(GridKt._getFormatted(grid, row, "co")).isEqualTo("LAC, LE2C");
        assertThat(GridKt._getFormatted(grid, row, "ecosystems"))
                .isEqualTo("Connectivity and Information, Smart Mobility and Architecture, Sustainability");
    }

    @Test
    void anObserverListsOnlyWhatHasBeenSubmitted() {
        signIn("observer");
        UI.getCurrent().navigate("proposals");

        ProposalGrid grid = _get(ProposalGrid.class);
        assertThat(titles(grid)).contains("Zero-Emission Logistics and Intermodal Freight")
                .doesNotContain("Extend collaborative robotics to wearable exoskeletons",
                        "Biosecurity and animal welfare in livestock farming");
        for (int i = 0; i < GridKt._size(grid); i++) {
            assertThat(status(grid, i)).isNotEqualTo("Draft");
        }
    }

    @Test
    void statusFilterShowsOnlySubmittedProposals() {
        signIn("reviewer");
        UI.getCurrent().navigate("proposals");
        ProposalGrid grid = _get(ProposalGrid.class);
        int all = GridKt._size(grid);

        _setValue(combo("Status"), ProposalStatus.SUBMITTED);

        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(5).isLessThan(all);
        for (int i = 0; i < GridKt._size(grid); i++) {
            assertThat(status(grid, i)).isEqualTo("Submitted");
        }
        assertThat(titles(grid)).contains("Industrial digital twins for reconfigurable production lines",
                "Long-duration energy storage").doesNotContain("Extend collaborative robotics to wearable exoskeletons");

        _setValue(combo("Status"), null);
        assertThat(GridKt._size(grid)).isEqualTo(all);
    }

    @Test
    void clusterFilterShowsProposalsTheClusterLeadsOrCoProposes() {
        signIn("reviewer");
        UI.getCurrent().navigate("proposals");
        ProposalGrid grid = _get(ProposalGrid.class);

        _setValue(combo("Cluster"), catalog.cluster("LGCA").orElseThrow());

        assertThat(titles(grid)).contains("Carbon capture and utilisation for chemical building blocks",
                "Sustainable aviation fuels and hybrid-electric propulsion");
        for (int i = 0; i < GridKt._size(grid); i++) {
            String lead = GridKt._getFormatted(grid, i, "lead");
            String co = GridKt._getFormatted(grid, i, "co");
            assertThat(lead.equals("LGCA") || co.contains("LGCA")).as(lead + " / " + co).isTrue();
        }
    }

    @Test
    void ecosystemFilterShowsOnlyProposalsInTheEcosystem() {
        signIn("reviewer");
        UI.getCurrent().navigate("proposals");
        ProposalGrid grid = _get(ProposalGrid.class);

        _setValue(combo("Ecosystem"), catalog.ecosystem("NUTRITION").orElseThrow());

        assertThat(titles(grid)).contains("Biosecurity and animal welfare in livestock farming");
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(1);
        for (int i = 0; i < GridKt._size(grid); i++) {
            assertThat(GridKt._getFormatted(grid, i, "ecosystems")).contains("Nutrition");
        }
    }

    @Test
    void kindFilterShowsOnlyThatKind() {
        signIn("reviewer");
        UI.getCurrent().navigate("proposals");
        ProposalGrid grid = _get(ProposalGrid.class);

        _setValue(combo("Kind"), ProposalKind.RETIRE_PRIORITY);

        assertThat(titles(grid)).contains("Retire the priority on data platforms and AI for public services",
                "Retire the priority on deep energy renovation of buildings");
        for (int i = 0; i < GridKt._size(grid); i++) {
            assertThat(GridKt._getFormatted(grid, i, "kind")).isEqualTo("Retirement of a priority");
        }
    }

    @Test
    void filtersCombine() {
        signIn("reviewer");
        UI.getCurrent().navigate("proposals");
        ProposalGrid grid = _get(ProposalGrid.class);

        _setValue(combo("Cluster"), catalog.cluster("LE2C").orElseThrow());
        _setValue(combo("Status"), ProposalStatus.SUBMITTED);

        assertThat(titles(grid)).contains("Long-duration energy storage", "Zero-Emission Logistics and Intermodal Freight",
                "Sustainable aviation fuels and hybrid-electric propulsion")
                .doesNotContain("Retire the priority on deep energy renovation of buildings");
    }

    @Test
    void freeTextSearchesTitlesAndDescriptions() {
        signIn("reviewer");
        UI.getCurrent().navigate("proposals");
        ProposalGrid grid = _get(ProposalGrid.class);
        TextField search = _get(TextField.class, s -> s.withLabel("Search"));

        _setValue(search, "exoskeletons");
        assertThat(titles(grid)).contains("Extend collaborative robotics to wearable exoskeletons")
                .allMatch(t -> t.toLowerCase().contains("exoskeleton") || !DEMO_TITLES.contains(t));
        assertThat(titles(grid)).doesNotContain("Long-duration energy storage");

        _setValue(search, "SWINE FEVER");
        assertThat(titles(grid)).containsExactly("Biosecurity and animal welfare in livestock farming");

        _setValue(search, "no proposal says zzqx");
        assertThat(GridKt._size(grid)).isZero();
    }

    @Test
    void searchTreatsWildcardsAsPlainText() {
        signIn("reviewer");
        UI.getCurrent().navigate("proposals");
        ProposalGrid grid = _get(ProposalGrid.class);
        TextField search = _get(TextField.class, s -> s.withLabel("Search"));

        _setValue(search, "%");
        assertThat(titles(grid)).doesNotContainAnyElementsOf(DEMO_TITLES);
        _setValue(search, "_");
        assertThat(titles(grid)).doesNotContainAnyElementsOf(DEMO_TITLES);
        _setValue(search, "");
        assertThat(titles(grid)).containsAll(DEMO_TITLES);
    }

    @Test
    void statusInTheAddressPreselectsTheFilter() {
        signIn("reviewer");
        UI.getCurrent().navigate("proposals", QueryParameters.of("status", "SUBMITTED"));

        assertThat(combo("Status").getValue()).isEqualTo(ProposalStatus.SUBMITTED);
        ProposalGrid grid = _get(ProposalGrid.class);
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(5);
        for (int i = 0; i < GridKt._size(grid); i++) {
            assertThat(status(grid, i)).isEqualTo("Submitted");
        }
    }

    @Test
    void otherFiltersInTheAddressArePreselectedToo() {
        signIn("reviewer");
        UI.getCurrent().navigate("proposals", QueryParameters.simple(Map.of("cluster", "LE2C", "kind", "RETIRE_PRIORITY")));

        assertThat(combo("Cluster").getValue()).isEqualTo(catalog.cluster("LE2C").orElseThrow());
        assertThat(combo("Kind").getValue()).isEqualTo(ProposalKind.RETIRE_PRIORITY);
        assertThat(titles(_get(ProposalGrid.class))).contains("Retire the priority on deep energy renovation of buildings")
                .doesNotContain("Retire the priority on data platforms and AI for public services", "Long-duration energy storage");
    }

    @Test
    void unknownStatusInTheAddressIsIgnored() {
        signIn("reviewer");
        UI.getCurrent().navigate("proposals", QueryParameters.of("status", "BOGUS"));

        assertThat(combo("Status").getValue()).isNull();
        assertThat(GridKt._size(_get(ProposalGrid.class))).isGreaterThanOrEqualTo(15);
    }

    @Test
    void newProposalButtonIsShownToRepresentativesAndAdmins() {
        for (String username : List.of("afil.rep", "admin")) {
            signIn(username);
            UI.getCurrent().navigate("proposals");
            assertThat(newProposalButton()).as(username).isNotNull();
        }
    }

    @Test
    void newProposalButtonIsHiddenFromOthers() {
        for (String username : List.of("observer", "reviewer", "wg.member")) {
            signIn(username);
            UI.getCurrent().navigate("proposals");
            _get(ProposalsView.class);
            _assertNone(Button.class, s -> s.withText("New proposal"));
        }
    }

    @Test
    void newProposalButtonOpensTheEmptyForm() {
        signIn("afil.rep");
        UI.getCurrent().navigate("proposals");

        _click(newProposalButton());

        _get(ProposalView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("New proposal");
        assertThat(_get(TextField.class, s -> s.withId("title")).getValue()).isEmpty();
    }

    private static Button newProposalButton() {
        return _get(Button.class, s -> s.withText("New proposal"));
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String label) {
        return _get(ComboBox.class, s -> s.withLabel(label));
    }

    static List<String> titles(ProposalGrid grid) {
        return GridKt._findAll(grid).stream().map(ProposalSummary::title).toList();
    }

    static String status(ProposalGrid grid, int row) {
        return ((Badge) GridKt._getCellComponent(grid, row, "status")).getText();
    }
}
