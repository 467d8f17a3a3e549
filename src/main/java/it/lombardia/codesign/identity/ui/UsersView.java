package it.lombardia.codesign.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.identity.AccountRules;
import it.lombardia.codesign.identity.AccountService;
import it.lombardia.codesign.identity.AccountSummary;
import it.lombardia.codesign.ui.Badge;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** Region administrators create accounts, set roles and cluster memberships, disable accounts. */
@Route("admin/users")
@Menu(order = 9, title = "nav.users", icon = "USER_CARD")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<AccountSummary> grid = new Grid<>(AccountSummary.class, false);
    private final TextField search = new TextField();

    UsersView(AccountService accounts, AccountRules rules, CatalogService catalog) {
        addClassName("users-view");
        setSizeFull();
        Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(),
                e -> new AccountDialog(accounts, rules, catalog, null, this::refresh).open());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.setLabel(getTranslation("users.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());

        grid.setAriaLabel(getTranslation("users.title"));
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("user.username")).setSortProperty("username").setAutoWidth(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("user.display-name")).setSortProperty("displayName");
        grid.addColumn(a -> a.roles().stream().map(r -> getTranslation(r.labelKey())).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("user.roles"));
        grid.addColumn(a -> a.clusterCodes().stream()
                        .map(code -> catalog.cluster(code).map(c -> c.shortLabel(getLocale())).orElse(code)).sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("user.clusters"));
        grid.addComponentColumn(a -> a.enabled() ? new Badge(getTranslation("user.enabled"), "success")
                        : new Badge(getTranslation("user.disabled"), "error"))
                .setHeader(getTranslation("user.state")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Button edit = new Button(getTranslation("action.edit"),
                    e -> new AccountDialog(accounts, rules, catalog, a, this::refresh).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("users.edit", a.username()));
            return edit;
        }).setHeader(getTranslation("action.actions")).setAutoWidth(true);
        grid.setItems(q -> accounts.search(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) accounts.count(search.getValue()));
        grid.setSizeFull();
        add(new ViewToolbar(getTranslation("users.title"), create), search, grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }

}
