package it.lombardia.codesign.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.lombardia.codesign.review.AnswerTemplateDetails;
import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.review.AnswerTemplates;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Formats;
import it.lombardia.codesign.ui.Notifications;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/** Region staff keep the answers they give often, to insert them into a public answer. */
@Route("reviews/templates")
@Menu(order = 6, title = "review.nav.templates", icon = "COMMENTS_O")
@RolesAllowed({"REVIEWER", "ADMIN"})
class AnswerTemplatesView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "reviews/templates";
    private static final int EXCERPT = 160;

    private final AnswerTemplates templates;
    private final AccountDirectory people;
    /** Who last changed each template, by name. */
    private Map<String, String> names = Map.of();
    private final Grid<AnswerTemplateDetails> grid = new Grid<>();

    AnswerTemplatesView(AnswerTemplates templates, AccountDirectory people) {
        this.templates = templates;
        this.people = people;
        addClassName("answer-templates-view");
        setSizeFull();
        Button create = new Button(getTranslation("review.templates.new"), VaadinIcon.PLUS.create(),
                e -> new AnswerTemplateDialog(templates, null, this::refresh).open());
        create.setId("new-template");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button queue = new Button(getTranslation("review.templates.back"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ReviewQueueView.ROUTE)));
        queue.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new ViewToolbar(getTranslation("review.templates.title"), queue, create),
                new Paragraph(getTranslation("review.templates.intro")));

        grid.setAriaLabel(getTranslation("review.templates.title"));
        grid.addColumn(AnswerTemplateDetails::title).setHeader(getTranslation("review.template.title"))
                .setKey("title").setFlexGrow(1).setWidth("14em");
        grid.addColumn(t -> excerpt(t.body())).setHeader(getTranslation("review.template.body")).setKey("body")
                .setFlexGrow(3).setTooltipGenerator(AnswerTemplateDetails::body);
        grid.addColumn(t -> getTranslation("review.template.updated", names.getOrDefault(t.updatedBy(), t.updatedBy()),
                        Formats.dateTime(t.updatedAt(), getLocale())))
                .setHeader(getTranslation("proposal.updated")).setKey("updated").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("action.actions")).setKey("actions")
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("review.templates.empty"));
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    private HorizontalLayout actions(AnswerTemplateDetails template) {
        Button edit = new Button(getTranslation("action.edit"),
                e -> new AnswerTemplateDialog(templates, template, this::refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel(getTranslation("review.templates.edit", template.title()));
        edit.addClassName("edit-template");
        Button delete = new Button(getTranslation("review.templates.delete"), e -> confirmDelete(template));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("review.templates.delete-named", template.title()));
        delete.addClassName("delete-template");
        return new HorizontalLayout(edit, delete);
    }

    private void confirmDelete(AnswerTemplateDetails template) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("review.templates.delete-title"));
        dialog.add(new Paragraph(getTranslation("review.templates.delete-text", template.title())));
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        Button confirm = new Button(getTranslation("review.templates.delete"), e -> {
            dialog.close();
            try {
                templates.delete(template.id(), template.version());
                Notifications.success(getTranslation("review.templates.deleted"));
            } catch (TranslatableException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
            }
            refresh();
        });
        confirm.setId("confirm-delete");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void refresh() {
        List<AnswerTemplateDetails> all = templates.list();
        names = people.displayNames(all.stream().map(AnswerTemplateDetails::updatedBy).toList());
        grid.setItems(all);
    }

    private static String excerpt(String body) {
        return body.length() <= EXCERPT ? body : body.substring(0, EXCERPT - 1) + "…";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.templates.title");
    }
}
