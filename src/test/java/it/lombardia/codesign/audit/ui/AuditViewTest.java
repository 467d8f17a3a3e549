package it.lombardia.codesign.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.audit.AuditEntrySummary;
import it.lombardia.codesign.identity.AccountDraft;
import it.lombardia.codesign.identity.AccountService;
import it.lombardia.codesign.identity.AccountSummary;
import it.lombardia.codesign.identity.Role;
import it.lombardia.codesign.shared.AuditEvent;
import it.lombardia.codesign.ui.AccessDeniedView;
import it.lombardia.codesign.ui.DiffText;
import it.lombardia.codesign.ui.SideBySideDiff;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** The administrators' audit log: list, filters, and the selected entry's before and after. */
class AuditViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void adminSeesAnAccountsChangesAndFiltersThem() {
        signIn("admin");
        String username = changedAccount("Before Name", "After Name");
        UI.getCurrent().navigate("audit");

        assertThat(_get(H1.class).getText()).isEqualTo("Audit log");
        assertThat(GridKt._size(grid())).isGreaterThanOrEqualTo(2);

        _setValue(_get(TextField.class, s -> s.withLabel("Search")), username);

        Grid<AuditEntrySummary> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        List<String> newest = GridKt._getFormattedRow(grid, 0);
        assertThat(newest.subList(1, 6)).containsExactly("Giulia Ferrari (admin)", "Account", username, "Changed",
                "Version, Name");
        assertThat(GridKt._getFormattedRow(grid, 1).subList(1, 5)).containsExactly("Giulia Ferrari (admin)", "Account", username,
                "Created");

        _setValue(_get(TextField.class, s -> s.withLabel("Who")), "afil.rep");
        assertThat(GridKt._size(grid())).isZero();
        assertThat(grid().getEmptyStateText()).isEqualTo("No entries match these filters.");
    }

    @Test
    void selectingAChangeShowsBeforeAndAfterSideBySide() {
        signIn("admin");
        String username = changedAccount("Giulia Rossi", "Giulia Verdi");
        UI.getCurrent().navigate("audit");
        _setValue(_get(TextField.class, s -> s.withLabel("Search")), username);

        grid().select(GridKt._get(grid(), 0));

        assertThat(_get(H2.class, s -> s.withText("Account " + username))).isNotNull();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("Changed on ") && t.endsWith(" by Giulia Ferrari (admin)"));
        SideBySideDiff diff = _get(SideBySideDiff.class);
        assertThat(diff.changedCount()).isEqualTo(2);
        assertThat(_get(diff, Paragraph.class).getText()).isEqualTo("2 of 9 fields changed");
        assertThat(_find(diff, NativeTableHeaderCell.class).stream().map(c -> c.getElement().getTextRecursively()))
                .contains("Field", "Before").anyMatch(t -> t.startsWith("After · ") && t.endsWith(" · Giulia Ferrari (admin)"));
        NativeTableRow name = row(diff, "Name");
        assertThat(name.getElement().getTextRecursively()).contains("Changed");
        assertThat(_find(name, DiffText.Removal.class)).extracting(DiffText.Change::changedText).containsExactly("Rossi");
        assertThat(_find(name, DiffText.Addition.class)).extracting(DiffText.Change::changedText).containsExactly("Verdi");
        // not colour alone: screen readers hear where the change starts and ends
        assertThat(_find(name, DiffText.Removal.class).getFirst().getElement().getTextRecursively())
                .isEqualTo("Deletion: Rossi End of deletion.");
        NativeTableRow roles = row(diff, "Roles");
        assertThat(roles.getElement().getTextRecursively()).contains("Unchanged", "OBSERVER");
        assertThat(_find(roles, DiffText.Change.class)).isEmpty();
    }

    @Test
    void aCreationShowsOnlyTheNewFields() {
        signIn("admin");
        String username = changedAccount("Brand New", "Brand New Renamed");
        UI.getCurrent().navigate("audit");
        _setValue(_get(TextField.class, s -> s.withLabel("Search")), username);

        grid().select(GridKt._get(grid(), 1));

        SideBySideDiff diff = _get(SideBySideDiff.class);
        assertThat(diff.getClassNames()).contains("diff-one-side");
        assertThat(_find(diff, NativeTableHeaderCell.class).stream().map(c -> c.getElement().getTextRecursively()))
                .noneMatch(t -> t.equals("Before")).anyMatch(t -> t.startsWith("After · "));
        assertThat(row(diff, "Name").getElement().getTextRecursively()).contains("Brand New");
        assertThat(row(diff, "Active").getElement().getTextRecursively()).isEqualTo("ActiveYes");
        assertThat(_find(diff, DiffText.Change.class)).isEmpty();
    }

    @Test
    void entityTypeFilterAndUnknownCodesAreSpelledOut() {
        signIn("admin");
        String id = "widget-" + UUID.randomUUID();
        transaction.executeWithoutResult(s -> events.publishEvent(
                new AuditEvent("admin", "widget", id, "polish", null, new Widget("shiny"))));
        UI.getCurrent().navigate("audit");

        @SuppressWarnings("unchecked")
        ComboBox<String> type = _get(ComboBox.class, s -> s.withLabel("What"));
        _setValue(type, "widget");

        Grid<AuditEntrySummary> grid = grid();
        assertThat(GridKt._findAll(grid)).isNotEmpty().allMatch(e -> e.entityType().equals("widget"));
        List<String> row = GridKt._getFormattedRow(grid, 0);
        assertThat(row.subList(2, 5)).containsExactly("Widget", id, "Polish");
        assertThat(type.getItemLabelGenerator().apply("account")).isEqualTo("Account");
        assertThat(type.getItemLabelGenerator().apply("answer-template")).isEqualTo("Answer template");
        grid.select(GridKt._get(grid, 0));
        assertThat(row(_get(SideBySideDiff.class), "Surface finish").getElement().getTextRecursively()).contains("shiny");
    }

    @Test
    void entriesShowReadableLabelsNotRawKeys() {
        signIn("admin");
        String id = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()));
        transaction.executeWithoutResult(s -> {
            events.publishEvent(new AuditEvent("system", "meeting", id, "remind", null, List.of("afil.rep", "wg.member")));
            events.publishEvent(new AuditEvent("afil.rep", "proposal", id, "update",
                    new Proposal(new Content("AFIL", "Twins"), 3), new Proposal(new Content("LE2C", "Twins"), 4)));
        });
        UI.getCurrent().navigate("audit");
        _setValue(_get(TextField.class, s -> s.withLabel("Search")), id);

        Grid<AuditEntrySummary> grid = grid();
        assertThat(GridKt._getFormattedRow(grid, 0).subList(1, 6))
                .containsExactly("Laura Bianchi (afil.rep)", "Proposal", id, "Changed", "Proposal › Lead cluster, Version");
        assertThat(GridKt._getFormattedRow(grid, 1).subList(1, 5)).containsExactly("system", "Meeting", id, "Reminder sent");
        assertThat(String.join(" ", GridKt._getFormattedRow(grid, 0)) + String.join(" ", GridKt._getFormattedRow(grid, 1)))
                .doesNotContain("content.", "leadClusterCode", "remind", "meeting");

        grid.select(GridKt._get(grid, 0));
        SideBySideDiff diff = _get(SideBySideDiff.class);
        assertThat(row(diff, "Proposal › Lead cluster").getElement().getTextRecursively()).contains("AFIL", "LE2C");
        assertThat(row(diff, "Proposal › Title").getElement().getTextRecursively()).contains("Unchanged");
    }

    @Test
    void readableLabelsInItalian() {
        useItalian();
        signIn("admin");
        String id = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()));
        transaction.executeWithoutResult(s -> {
            events.publishEvent(new AuditEvent("system", "meeting", id, "remind", null, List.of("afil.rep")));
            events.publishEvent(new AuditEvent("afil.rep", "proposal", id, "update",
                    new Proposal(new Content("AFIL", "Twins"), 3), new Proposal(new Content("LE2C", "Twins"), 4)));
        });
        UI.getCurrent().navigate("audit");
        _setValue(_get(TextField.class, s -> s.withLabel("Cerca")), id);

        assertThat(GridKt._getFormattedRow(grid(), 0).subList(2, 6))
                .containsExactly("Proposta", id, "Modifica", "Proposta › Cluster capofila, Versione");
        assertThat(GridKt._getFormattedRow(grid(), 1).subList(2, 5)).containsExactly("Riunione", id, "Promemoria inviato");
    }

    @Test
    void labelsAreTranslatedToItalian() {
        useItalian();
        signIn("admin");
        String username = changedAccount("Primo", "Secondo");
        UI.getCurrent().navigate("audit");
        _setValue(_get(TextField.class, s -> s.withLabel("Cerca")), username);

        assertThat(_get(H1.class).getText()).isEqualTo("Registro delle modifiche");
        assertThat(GridKt._getFormattedRow(grid(), 0).subList(2, 5)).containsExactly("Account", username, "Modifica");
        grid().select(GridKt._get(grid(), 0));
        assertThat(_get(_get(SideBySideDiff.class), Paragraph.class).getText()).isEqualTo("2 campi modificati su 9");
    }

    @Test
    void otherRolesGetAccessDenied() {
        for (String username : List.of("reviewer", "observer", "afil.rep", "wg.member")) {
            signIn(username);
            UI.getCurrent().navigate("audit");

            _get(AccessDeniedView.class);
            assertThat(_get(H1.class).getText()).as(username).isEqualTo("Access denied");
            _assertNone(AuditView.class);
            _assertNone(Grid.class);
        }
    }

    record Widget(String surfaceFinish) {
    }

    record Content(String leadClusterCode, String title) {
    }

    record Proposal(Content content, long version) {
    }

    /** An account created and renamed by the admin; its username is unique to the test. */
    private String changedAccount(String displayName, String newDisplayName) {
        String username = "audit-ui-" + UUID.randomUUID().toString().substring(0, 8);
        AccountSummary created = accounts.create(new AccountDraft(username, displayName, null, null,
                Set.of(Role.OBSERVER), Set.of()), "long-enough-1");
        accounts.update(created.id(), created.version(), new AccountDraft(username, newDisplayName, null, null,
                Set.of(Role.OBSERVER), Set.of()));
        return username;
    }

    private static NativeTableRow row(SideBySideDiff diff, String label) {
        return _find(diff, NativeTableRow.class).stream()
                .filter(r -> r.getHeaderCells().stream().anyMatch(th -> th.getElement().getTextRecursively().startsWith(label)))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + label));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntrySummary> grid() {
        return _get(Grid.class);
    }
}
