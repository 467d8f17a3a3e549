package it.lombardia.codesign.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import it.lombardia.codesign.audit.AuditFilter;
import it.lombardia.codesign.audit.AuditLog;
import it.lombardia.codesign.audit.AuditEntryDetails;
import it.lombardia.codesign.audit.AuditEntrySummary;
import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.shared.Lombardy;
import it.lombardia.codesign.ui.DiffRow;
import it.lombardia.codesign.ui.Formats;
import it.lombardia.codesign.ui.SideBySideDiff;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Administrators read who changed what and when: a filterable list of audit entries, and for the
 * selected one its fields before and after, side by side. Read only: the log cannot be changed.
 */
@Route("audit")
@Menu(order = 10, title = "nav.audit", icon = "ARCHIVE")
@RolesAllowed("ADMIN")
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final transient AuditLog auditLog;
    private final transient AccountDirectory people;
    /** The names of the people in the entries read so far, by account. */
    private final Map<String, String> names = new HashMap<>();
    private final ComboBox<String> entityType = new ComboBox<>();
    private final TextField actor = new TextField();
    private final TextField text = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEntrySummary> grid = new Grid<>(AuditEntrySummary.class, false);
    private final Div details = new Div();
    private final AuditLabels labels = new AuditLabels(this::getTranslation);

    AuditView(AuditLog auditLog, AccountDirectory people) {
        this.auditLog = auditLog;
        this.people = people;
        addClassName("audit-view");
        add(new ViewToolbar(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), filters());

        grid.setAriaLabel(getTranslation("audit.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), getLocale())).setHeader(getTranslation("audit.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> who(e.actor())).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> entityLabel(e.entityType())).setHeader(getTranslation("audit.entity")).setAutoWidth(true);
        grid.addColumn(AuditEntrySummary::entityId).setHeader(getTranslation("audit.entity-id")).setAutoWidth(true);
        grid.addColumn(e -> actionLabel(e.action())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> labels.fields(e.summary())).setHeader(getTranslation("audit.changed-fields"));
        grid.setEmptyStateText(getTranslation("audit.empty-log"));
        grid.setItems(q -> {
                    List<AuditEntrySummary> page = auditLog.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q))
                            .stream().toList();
                    names.putAll(people.displayNames(page.stream().map(AuditEntrySummary::actor).toList()));
                    return page.stream();
                },
                q -> (int) Math.min(Integer.MAX_VALUE, auditLog.count(filter())));
        grid.asSingleSelect().addValueChangeListener(e -> showDetails(e.getValue()));
        grid.addClassName("audit-grid");

        details.addClassName("audit-details");
        details.setVisible(false);
        add(grid, details);
    }

    private Component filters() {
        entityType.setLabel(getTranslation("audit.entity"));
        entityType.setItems(auditLog.entityTypes());
        entityType.setItemLabelGenerator(this::entityLabel);
        entityType.setClearButtonVisible(true);
        entityType.setPlaceholder(getTranslation("audit.filter.all"));
        actor.setLabel(getTranslation("audit.actor"));
        text.setLabel(getTranslation("audit.search"));
        text.setPlaceholder(getTranslation("audit.search-placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        for (TextField field : List.of(actor, text)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> refresh());
        }
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        for (DatePicker date : List.of(from, to)) {
            date.setLocale(getLocale());
            date.setClearButtonVisible(true);
            date.addValueChangeListener(e -> refresh());
        }
        entityType.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(entityType, actor, text, from, to);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        return filters;
    }

    private AuditFilter filter() {
        return new AuditFilter(entityType.getValue(), actor.getValue(), text.getValue(),
                startOf(from.getValue()), startOf(to.getValue() == null ? null : to.getValue().plusDays(1)));
    }

    /** Days are the Region's days, whatever the server's zone. */
    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Lombardy.ZONE).toInstant();
    }

    private void refresh() {
        AuditFilter filter = filter();
        boolean filtered = filter.entityType() != null || !filter.actor().isBlank() || !filter.text().isBlank()
                || filter.from() != null || filter.to() != null;
        grid.setEmptyStateText(getTranslation(filtered ? "audit.empty" : "audit.empty-log"));
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
    }

    private void showDetails(AuditEntrySummary selected) {
        details.removeAll();
        // The list leaves the fields out; reading them is also a fresh access check.
        AuditEntryDetails entry = selected == null ? null : auditLog.find(selected.id()).orElse(null);
        details.setVisible(entry != null);
        if (entry == null) {
            return;
        }
        String when = Formats.dateTime(entry.occurredAt(), getLocale());
        details.add(new H2(getTranslation("audit.details.title", entityLabel(entry.entityType()), entry.entityId())),
                new Paragraph(getTranslation("audit.details.meta", actionLabel(entry.action()), when, who(entry.actor()))),
                comparison(entry, when));
    }

    private Component comparison(AuditEntryDetails entry, String when) {
        List<DiffRow> rows = entry.fields().stream()
                .map(f -> new DiffRow(fieldLabel(f), shown(value(entry.before(), f)), shown(value(entry.after(), f))))
                .toList();
        String before = getTranslation("audit.before");
        String after = getTranslation("audit.after", when, who(entry.actor()));
        if (entry.hasBefore() && entry.hasAfter()) {
            return new SideBySideDiff(before, after, rows);
        } else if (entry.hasAfter()) {
            return SideBySideDiff.onlyAfter(after, rows);
        } else if (entry.hasBefore()) {
            return SideBySideDiff.onlyBefore(before, rows);
        }
        return new Paragraph(getTranslation("audit.details.no-data"));
    }

    /** A person by name, with the account the filter searches by; an account without a name (the system) as it is. */
    private String who(String username) {
        String name = names.computeIfAbsent(username, people::displayName);
        return name == null || name.equals(username) ? username : name + " (" + username + ")";
    }

    private static String value(Map<String, String> fields, String field) {
        return fields == null ? null : fields.get(field);
    }

    /** Yes and no in the user's language; every other value as the feature recorded it. */
    private String shown(String value) {
        return "true".equals(value) ? getTranslation("audit.value.true")
                : "false".equals(value) ? getTranslation("audit.value.false") : value;
    }

    String entityLabel(String entityType) {
        return labels.entity(entityType);
    }

    String actionLabel(String action) {
        return labels.action(action);
    }

    private String fieldLabel(String field) {
        return labels.field(field);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
