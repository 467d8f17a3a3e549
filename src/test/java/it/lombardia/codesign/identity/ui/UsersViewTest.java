package it.lombardia.codesign.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.identity.AccountDraft;
import it.lombardia.codesign.identity.AccountService;
import it.lombardia.codesign.identity.AccountSummary;
import it.lombardia.codesign.identity.Role;
import it.lombardia.codesign.ui.AccessDeniedView;
import it.lombardia.codesign.ui.Badge;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * The administrators' user list and account dialog. Tests that create or disable accounts work on
 * accounts with unique names; the demo accounts are never changed.
 */
class UsersViewTest extends KaribuTest {

    private static final List<String> DEMO_USERNAMES = List.of("admin", "reviewer", "afil.rep", "le2c.rep",
            "mobility.rep", "lifesciences.rep", "wg.member", "observer");

    @Autowired
    AccountService accounts;

    @Test
    void adminSeesAllDemoUsers() {
        signIn("admin");
        UI.getCurrent().navigate("admin/users");

        _get(UsersView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Users");
        Grid<AccountSummary> grid = grid();
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(8);
        assertThat(usernames(grid)).containsAll(DEMO_USERNAMES);
        List<String> afil = GridKt._getFormattedRow(grid, usernames(grid).indexOf("afil.rep"));
        assertThat(afil.subList(0, 4)).containsExactly("afil.rep", "Laura Bianchi", "Cluster representative", "AFIL");
        assertThat(state(grid, "afil.rep")).isEqualTo("Active");
        List<String> mobility = GridKt._getFormattedRow(grid, usernames(grid).indexOf("mobility.rep"));
        assertThat(mobility.get(3)).isEqualTo("CLM, LAC");
    }

    @Test
    void searchFiltersTheList() {
        signIn("admin");
        UI.getCurrent().navigate("admin/users");

        _setValue(_get(TextField.class, s -> s.withLabel("Search by name or username")), "Bianchi");

        assertThat(usernames(grid())).containsExactly("afil.rep");
    }

    @Test
    void adminCreatesARepresentative() {
        signIn("admin");
        UI.getCurrent().navigate("admin/users");
        String username = uniqueUsername();

        openNewUserDialog();
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("New user");
        fill(username, "Elena Test", Set.of(Role.REPRESENTATIVE, Role.WG_MEMBER), Set.of("LE2C", "LGCA"), "long-enough-1");
        _setValue(_get(EmailField.class, s -> s.withId("email")), "elena.test@example.org");
        _setValue(_get(TextField.class, s -> s.withId("department")), "Environment and Climate");
        _click(_get(Button.class, s -> s.withId("save-user")));

        NotificationsKt.expectNotifications("Account saved.");
        _assertNone(Dialog.class);
        Grid<AccountSummary> grid = grid();
        assertThat(usernames(grid)).contains(username);
        List<String> row = GridKt._getFormattedRow(grid, usernames(grid).indexOf(username));
        assertThat(row.subList(0, 4)).containsExactly(username, "Elena Test",
                "Cluster representative, Working-group member", "LE2C, LGCA");
        assertThat(state(grid, username)).isEqualTo("Active");
        AccountSummary stored = account(username);
        assertThat(stored.email()).isEqualTo("elena.test@example.org");
        assertThat(stored.department()).isEqualTo("Environment and Climate");
        assertThat(stored.roles()).containsExactlyInAnyOrder(Role.REPRESENTATIVE, Role.WG_MEMBER);
    }

    @Test
    void duplicateUsernameIsRefusedAtTheField() {
        signIn("admin");
        UI.getCurrent().navigate("admin/users");
        long before = accounts.count(null);

        openNewUserDialog();
        fill("afil.rep", "Another Laura", Set.of(Role.OBSERVER), Set.of(), "long-enough-1");
        _click(_get(Button.class, s -> s.withId("save-user")));

        expectInvalid(_get(TextField.class, s -> s.withId("username")), "This username is already taken.");
        NotificationsKt.expectNotifications("Please correct the highlighted fields.");
        _get(Dialog.class);
        assertThat(accounts.count(null)).isEqualTo(before);
        assertThat(account("afil.rep").displayName()).isEqualTo("Laura Bianchi");
    }

    @Test
    void shortPasswordIsRefusedAtTheField() {
        signIn("admin");
        UI.getCurrent().navigate("admin/users");
        String username = uniqueUsername();

        openNewUserDialog();
        fill(username, "Short Password", Set.of(Role.OBSERVER), Set.of(), "short");
        _click(_get(Button.class, s -> s.withId("save-user")));

        expectInvalid(_get(PasswordField.class, s -> s.withId("password")), "At least 8 characters.");
        NotificationsKt.expectNotifications("Please correct the highlighted fields.");
        _get(Dialog.class);
        assertThat(accounts.count(username)).isZero();
    }

    @Test
    void representativeWithoutClusterIsRefusedAtTheField() {
        signIn("admin");
        UI.getCurrent().navigate("admin/users");
        String username = uniqueUsername();

        openNewUserDialog();
        fill(username, "No Cluster", Set.of(Role.REPRESENTATIVE), Set.of(), "long-enough-1");
        _click(_get(Button.class, s -> s.withId("save-user")));

        expectInvalid(clusters(), "A cluster representative must belong to at least one cluster.");
        NotificationsKt.expectNotifications("Please correct the highlighted fields.");
        assertThat(accounts.count(username)).isZero();
    }

    @Test
    void missingRoleAndBadUsernameAreRefused() {
        signIn("admin");
        UI.getCurrent().navigate("admin/users");

        openNewUserDialog();
        fill("Bad Name!", "Bad Name", Set.of(), Set.of(), "long-enough-1");
        _click(_get(Button.class, s -> s.withId("save-user")));

        expectInvalid(_get(TextField.class, s -> s.withId("username")),
                "Use 3 to 60 lower-case letters, digits, dots, dashes or underscores.");
        expectInvalid(roles(), "Choose at least one role.");
        NotificationsKt.expectNotifications("Please correct the highlighted fields.");
    }

    @Test
    void disablingAnAccountShowsItAsDisabled() {
        signIn("admin");
        String username = uniqueUsername();
        accounts.create(new AccountDraft(username, "To Be Disabled", null, null, Set.of(Role.OBSERVER), Set.of()),
                "long-enough-1");
        UI.getCurrent().navigate("admin/users");
        Grid<AccountSummary> grid = grid();
        assertThat(state(grid, username)).isEqualTo("Active");

        _click(editButton(grid, username));
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Edit " + username);
        assertThat(_get(TextField.class, s -> s.withId("username")).isReadOnly()).isTrue();
        Button toggle = _get(Button.class, s -> s.withId("toggle-enabled"));
        assertThat(toggle.getText()).isEqualTo("Disable account");
        _click(toggle);

        NotificationsKt.expectNotifications("Account disabled.");
        _assertNone(Dialog.class);
        assertThat(state(grid(), username)).isEqualTo("Disabled");
        assertThat(account(username).enabled()).isFalse();

        _click(editButton(grid(), username));
        assertThat(_get(Button.class, s -> s.withId("toggle-enabled")).getText()).isEqualTo("Enable account");
    }

    @Test
    void editingChangesRolesAndKeepsThePasswordWhenLeftEmpty() {
        signIn("admin");
        String username = uniqueUsername();
        accounts.create(new AccountDraft(username, "Role Change", null, null, Set.of(Role.OBSERVER), Set.of()),
                "long-enough-1");
        UI.getCurrent().navigate("admin/users");

        _click(editButton(grid(), username));
        _setValue(roles(), Set.of(Role.REVIEWER));
        _click(_get(Button.class, s -> s.withId("save-user")));

        NotificationsKt.expectNotifications("Account saved.");
        Grid<AccountSummary> grid = grid();
        assertThat(GridKt._getFormattedRow(grid, usernames(grid).indexOf(username)).get(2)).isEqualTo("Region reviewer");
        assertThat(account(username).roles()).containsExactly(Role.REVIEWER);
    }

    @Test
    void adminCannotDisableTheirOwnAccount() {
        signIn("admin");
        UI.getCurrent().navigate("admin/users");

        _click(editButton(grid(), "admin"));
        _click(_get(Button.class, s -> s.withId("toggle-enabled")));

        NotificationsKt.expectNotifications("You cannot disable your own account.");
        assertThat(account("admin").enabled()).isTrue();
    }

    @Test
    void otherRolesGetAccessDenied() {
        for (String username : List.of("reviewer", "observer", "afil.rep", "wg.member")) {
            signIn(username);
            UI.getCurrent().navigate("admin/users");

            _get(AccessDeniedView.class);
            assertThat(_get(H1.class).getText()).as(username).isEqualTo("Access denied");
            _assertNone(UsersView.class);
            _assertNone(Grid.class);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static void openNewUserDialog() {
        _click(_get(Button.class, s -> s.withId("new-user")));
        _get(Dialog.class);
    }

    private static void fill(String username, String displayName, Set<Role> roles, Set<String> clusterCodes, String password) {
        _setValue(_get(TextField.class, s -> s.withId("username")), username);
        _setValue(_get(TextField.class, s -> s.withId("displayName")), displayName);
        _setValue(roles(), roles);
        _setValue(clusters(), clusterCodes);
        _setValue(_get(PasswordField.class, s -> s.withId("password")), password);
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> roles() {
        return _get(CheckboxGroup.class, s -> s.withId("roles"));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<String> clusters() {
        return _get(MultiSelectComboBox.class, s -> s.withId("clusterCodes"));
    }

    private static void expectInvalid(HasValidation field, String message) {
        assertThat(field.isInvalid()).as("invalid").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
    }

    @SuppressWarnings("unchecked")
    private static Grid<AccountSummary> grid() {
        return _get(Grid.class);
    }

    private static List<String> usernames(Grid<AccountSummary> grid) {
        return GridKt._findAll(grid).stream().map(AccountSummary::username).toList();
    }

    private static AccountSummary row(Grid<AccountSummary> grid, String username) {
        return GridKt._findAll(grid).stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + username));
    }

    /** The state badge's text; component columns are rendered the way the grid would render them. */
    @SuppressWarnings("unchecked")
    private static String state(Grid<AccountSummary> grid, String username) {
        var renderer = (ComponentRenderer<?, AccountSummary>) GridKt._getColumnByHeader(grid, "State").getRenderer();
        return ((Badge) renderer.createComponent(row(grid, username))).getText();
    }

    @SuppressWarnings("unchecked")
    private static Button editButton(Grid<AccountSummary> grid, String username) {
        var renderer = (ComponentRenderer<?, AccountSummary>) GridKt._getColumnByHeader(grid, "Actions").getRenderer();
        Button edit = (Button) renderer.createComponent(row(grid, username));
        assertThat(edit.getText()).isEqualTo("Edit");
        return edit;
    }

    private AccountSummary account(String username) {
        return accounts.search(username, Pageable.unpaged()).stream().filter(a -> a.username().equals(username))
                .findFirst().orElseThrow();
    }

    private static String uniqueUsername() {
        return "ui-test-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
