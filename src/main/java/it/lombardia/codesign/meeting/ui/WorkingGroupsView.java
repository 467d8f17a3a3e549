package it.lombardia.codesign.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.meeting.MeetingChanges;
import it.lombardia.codesign.meeting.MeetingLinks;
import it.lombardia.codesign.meeting.WorkingGroupDetails;
import it.lombardia.codesign.meeting.WorkingGroupService;
import it.lombardia.codesign.ui.Badge;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;

/** Every working group, with its clusters, ecosystem and size; representatives and Region staff create new ones. */
@Route(MeetingLinks.GROUPS)
@Menu(order = 7, title = "meeting.nav.groups", icon = "GROUP")
@PermitAll
class WorkingGroupsView extends VerticalLayout implements HasDynamicTitle {

    private final WorkingGroupService groups;
    private final CatalogService catalog;
    private final Div list = new Div();

    WorkingGroupsView(WorkingGroupService groups, CatalogService catalog, AccountDirectory directory,
                      CurrentActor currentActor, LiveUpdates live) {
        this.groups = groups;
        this.catalog = catalog;
        addClassName("working-groups-view");
        Button create = new Button(getTranslation("meeting.group.new"), VaadinIcon.PLUS.create(), e -> {
            Set<String> mine = currentActor.require().clusterCodes();
            new WorkingGroupDialog(groups, catalog, directory, null, mine,
                    id -> getUI().ifPresent(ui -> ui.navigate(MeetingLinks.group(id)))).open();
        });
        create.setId("new-group");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(groups.mayCreate());
        list.addClassName("card-grid");
        list.setId("group-list");
        add(new ViewToolbar(getTranslation("meeting.groups.title"), create),
                new Paragraph(getTranslation("meeting.groups.intro")), list);
        refresh();
        live.bind(this, MeetingChanges.any(), messages -> refresh());
    }

    void refresh() {
        list.removeAll();
        List<WorkingGroupDetails> all = groups.groups();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("meeting.groups.none")));
        }
        all.forEach(g -> list.add(card(g)));
    }

    private Component card(WorkingGroupDetails group) {
        Section card = new Section();
        card.setId("group-" + group.id());
        card.addClassNames("card", "group-card");
        RouterLink link = new RouterLink(group.name(), WorkingGroupView.class,
                new RouteParameters("groupId", String.valueOf(group.id())));
        card.add(new H2(link));
        card.add(GroupBadges.of(this, catalog, group));
        card.add(new Paragraph(new Span(getTranslation("meeting.group.member-count", group.members().size()))));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.groups.title");
    }

    /** The group's clusters, whether it crosses clusters, and its ecosystem, as badges. */
    static final class GroupBadges {

        private GroupBadges() {
        }

        static Div of(Component in, CatalogService catalog, WorkingGroupDetails group) {
            java.util.Locale locale = in.getUI().map(com.vaadin.flow.component.UI::getLocale)
                    .orElseGet(() -> com.vaadin.flow.server.VaadinSession.getCurrent().getLocale());
            Div badges = new Div();
            badges.addClassName("badges");
            group.clusterCodes().stream().sorted().forEach(code -> {
                Badge badge = new Badge(catalog.cluster(code).map(c -> c.shortLabel(locale)).orElse(code));
                badge.addClassName("group-cluster");
                badges.add(badge);
            });
            if (group.crossCluster()) {
                Badge cross = new Badge(in.getTranslation("meeting.group.cross-cluster"), "success");
                cross.addClassName("group-cross-cluster");
                badges.add(cross);
            }
            if (group.ecosystemCode() != null) {
                Badge eco = new Badge(catalog.ecosystem(group.ecosystemCode()).map(e -> e.name(locale))
                        .orElse(group.ecosystemCode()), "contrast");
                eco.addClassName("group-ecosystem");
                badges.add(eco);
            }
            return badges;
        }
    }
}
