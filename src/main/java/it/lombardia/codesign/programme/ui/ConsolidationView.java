package it.lombardia.codesign.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.live.LiveMessage;
import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.programme.CarryOver;
import it.lombardia.codesign.programme.ChecklistItem;
import it.lombardia.codesign.programme.ConsolidationBoard;
import it.lombardia.codesign.programme.EditionConsolidation;
import it.lombardia.codesign.programme.EditionConsolidation.Direction;
import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.programme.MacroThemeContent;
import it.lombardia.codesign.programme.PriorityContent;
import it.lombardia.codesign.programme.ProgrammeChanges;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Badge;
import it.lombardia.codesign.ui.Notifications;
import it.lombardia.codesign.ui.Params;
import it.lombardia.codesign.ui.SessionUser;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Region staff consolidate an edition in preparation: the checklist of what still blocks the
 * adoption on top, then the macro-themes and priorities to reorder, move, edit, retire or keep, and
 * for administrators the adoption itself. The service decides who may do what; anyone else reads why
 * not. Colleagues' changes appear live.
 */
@Route("programme/consolidation/:editionId")
@PermitAll
@StyleSheet("context://consolidation.css")
class ConsolidationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EditionConsolidation consolidation;
    private final CatalogService catalog;
    private final LiveUpdates live;
    private final SessionUser sessionUser;
    private final ViewToolbar toolbar;
    /** Says, to screen readers too, that the page changed because of a colleague. */
    private final Paragraph changedElsewhere = new Paragraph();
    private final Button adopt = new Button();
    private final Div body = new Div();
    private final Map<Long, Component> macroThemeSections = new HashMap<>();
    private final Map<Long, Component> priorityRows = new HashMap<>();
    private long editionId;
    private ConsolidationBoard board;
    private Registration liveRegistration;
    /** The wording being edited, if a dialog is open: a colleague's change must reach it too. */
    private WordingDialog<?> editing;

    ConsolidationView(EditionConsolidation consolidation, CatalogService catalog, LiveUpdates live,
                      SessionUser sessionUser) {
        this.consolidation = consolidation;
        this.catalog = catalog;
        this.live = live;
        this.sessionUser = sessionUser;
        changedElsewhere.setId("changed-elsewhere");
        changedElsewhere.addClassName("consolidation-changed-elsewhere");
        changedElsewhere.getElement().setAttribute("aria-live", "polite");
        addClassName("consolidation-view");
        adopt.setText(getTranslation("consolidation.adopt.action"));
        adopt.setIcon(VaadinIcon.CHECK_CIRCLE.create());
        adopt.setId("adopt-edition");
        adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        adopt.setVisible(false);
        adopt.addClickListener(e -> openAdoptDialog());
        toolbar = new ViewToolbar(getTranslation("consolidation.page-title"), adopt);
        body.addClassName("consolidation-body");
        body.setWidthFull();
        add(toolbar, changedElsewhere, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get("editionId").flatMap(Params::id);
        if (id.isEmpty()) {
            refusal("consolidation.not-found");
            return;
        }
        editionId = id.get();
        if (liveRegistration != null) {
            liveRegistration.remove();
        }
        liveRegistration = live.bind(this, ProgrammeChanges.inEdition(editionId), this::changedElsewhere);
        refresh();
    }

    private void changedElsewhere(List<LiveMessage> messages) {
        String me = sessionUser.username().orElse("");
        boolean byOthers = messages.stream().anyMatch(m -> !m.has("actor", me));
        refresh();
        changedElsewhere.setText(byOthers ? getTranslation("consolidation.changed-elsewhere") : "");
    }

    /** Reads the edition afresh, so that every button names the latest versions. */
    void refresh() {
        Optional<String> refused = consolidation.whyNotConsolidate(editionId);
        if (refused.isPresent()) {
            refusal(refused.get());
            return;
        }
        board = consolidation.board(editionId);
        changedElsewhere.setText("");
        EditionSummary edition = board.content().edition();
        toolbar.setTitle(getTranslation("consolidation.title", edition.periodLabel()));
        macroThemeSections.clear();
        priorityRows.clear();
        body.removeAll();
        Paragraph intro = new Paragraph(getTranslation("consolidation.intro"));
        intro.addClassName("consolidation-intro");
        body.add(intro);
        Div themes = new Div();
        themes.addClassName("consolidation-macro-themes");
        List<MacroThemeContent> all = board.content().macroThemes();
        for (int i = 0; i < all.size(); i++) {
            themes.add(macroTheme(all.get(i), i == 0, i == all.size() - 1, all));
        }
        body.addComponentAsFirst(new ChecklistPanel(board.checklist(), this::targetOf));
        body.add(themes);
        showAdoption();
        if (editing != null) {
            editing.changedElsewhere();
        }
    }

    private void refusal(String messageKey) {
        board = null;
        adopt.setVisible(false);
        body.removeAll();
        Section notice = new Section(new H2(getTranslation("consolidation.refused.title")));
        notice.addClassNames("card", "consolidation-refused");
        Paragraph why = new Paragraph(getTranslation(messageKey));
        why.setId("consolidation-refused");
        notice.add(why, new Anchor(editionId > 0 ? "programme?edition=" + editionId : "programme",
                getTranslation("consolidation.back")));
        body.add(notice);
    }

    private Optional<Component> targetOf(ChecklistItem item) {
        if (item.priorityId() != null) {
            return Optional.ofNullable(priorityRows.get(item.priorityId()));
        }
        return Optional.ofNullable(item.macroThemeId()).map(macroThemeSections::get);
    }

    // ---------------------------------------------------------------- macro-themes

    private Component macroTheme(MacroThemeContent m, boolean first, boolean last, List<MacroThemeContent> all) {
        Section section = new Section();
        section.setId("macro-theme-" + m.id());
        section.addClassNames("card", "consolidation-macro-theme");
        section.getElement().setAttribute("tabindex", "-1");
        long version = board.macroThemeVersion(m.id());
        String number = String.valueOf(m.displayOrder());
        Button up = iconButton(VaadinIcon.ARROW_UP, getTranslation("consolidation.macro-theme.up", number),
                () -> consolidation.reorderMacroTheme(m.id(), version, Direction.UP));
        up.setId("macro-theme-up-" + m.id());
        up.setEnabled(!first);
        Button down = iconButton(VaadinIcon.ARROW_DOWN, getTranslation("consolidation.macro-theme.down", number),
                () -> consolidation.reorderMacroTheme(m.id(), version, Direction.DOWN));
        down.setId("macro-theme-down-" + m.id());
        down.setEnabled(!last);
        Button edit = new Button(getTranslation("consolidation.macro-theme.edit"), VaadinIcon.EDIT.create(),
                e -> edit(new MacroThemeEditDialog(new WordingDialog.Saved<>(m, version), catalog,
                        (v, text) -> consolidation.editMacroTheme(m.id(), v, text),
                        WordingDialog.macroTheme(() -> consolidation.board(editionId), m.id()), this::saved, this::refused)));
        edit.setId("macro-theme-edit-" + m.id());
        edit.setAriaLabel(getTranslation("consolidation.macro-theme.edit-aria", number));
        Div actions = new Div(up, down, edit);
        actions.addClassName("consolidation-actions");
        Div heading = new Div(new H2(number + ". " + m.title()), actions);
        heading.addClassName("consolidation-heading");
        section.add(heading);
        Div ecosystems = new Div();
        ecosystems.addClassName("badges");
        if (m.ecosystemCodes().isEmpty()) {
            ecosystems.add(new Badge(getTranslation("consolidation.macro-theme.no-ecosystems"), "error", "small"));
        }
        m.ecosystemCodes().stream()
                .map(code -> catalog.ecosystem(code).map(e -> e.name(getLocale())).orElse(code)).sorted()
                .forEach(name -> ecosystems.add(new Badge(name, "contrast", "small")));
        section.add(ecosystems);
        if (m.description() != null) {
            section.add(new Paragraph(m.description()));
        }
        if (m.priorities().isEmpty()) {
            section.add(new Paragraph(getTranslation("consolidation.macro-theme.no-priorities")));
        }
        for (int i = 0; i < m.priorities().size(); i++) {
            section.add(priority(m, m.priorities().get(i), i == 0, i == m.priorities().size() - 1, all));
        }
        macroThemeSections.put(m.id(), section);
        return section;
    }

    // ---------------------------------------------------------------- priorities

    private Component priority(MacroThemeContent m, PriorityContent p, boolean first, boolean last,
                               List<MacroThemeContent> all) {
        Div row = new Div();
        row.setId("priority-" + p.id());
        row.addClassName("consolidation-priority");
        row.getElement().setAttribute("tabindex", "-1");
        long version = board.priorityVersion(p.id());
        String number = m.displayOrder() + "." + p.displayOrder();
        H3 title = new H3(number + " " + p.title());
        title.addClassName("consolidation-priority-title");
        Div facts = new Div(title);
        facts.addClassName("consolidation-priority-facts");
        if (p.carryOver() == CarryOver.CHANGE || p.carryOver() == CarryOver.RETIRE) {
            Badge mark = new Badge(getTranslation(p.carryOver().labelKey()),
                    p.carryOver() == CarryOver.RETIRE ? "error" : "warning", "small");
            mark.setId("carry-over-" + p.id());
            facts.add(mark);
        }
        facts.add(new Span(getTranslation("consolidation.priority.trl", p.trlMin(), p.trlMax())));

        Button up = iconButton(VaadinIcon.ARROW_UP, getTranslation("consolidation.priority.up", number),
                () -> consolidation.reorderPriority(p.id(), version, Direction.UP));
        up.setId("priority-up-" + p.id());
        up.setEnabled(!first);
        Button down = iconButton(VaadinIcon.ARROW_DOWN, getTranslation("consolidation.priority.down", number),
                () -> consolidation.reorderPriority(p.id(), version, Direction.DOWN));
        down.setId("priority-down-" + p.id());
        down.setEnabled(!last);
        Select<MacroThemeContent> moveTo = new Select<>();
        moveTo.setId("priority-move-" + p.id());
        moveTo.setPlaceholder(getTranslation("consolidation.priority.move-to"));
        moveTo.setAriaLabel(getTranslation("consolidation.priority.move-to-aria", number));
        moveTo.setItems(all.stream().filter(other -> other.id() != m.id()).toList());
        moveTo.setItemLabelGenerator(other -> other.displayOrder() + ". " + other.title());
        moveTo.setEnabled(all.size() > 1);
        moveTo.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                perform(() -> consolidation.movePriority(p.id(), version, e.getValue().id()), "consolidation.moved");
            }
        });
        Button edit = new Button(getTranslation("consolidation.priority.edit"), VaadinIcon.EDIT.create(),
                e -> edit(new PriorityEditDialog(number, new WordingDialog.Saved<>(p, version), catalog,
                        (v, text) -> consolidation.editPriority(p.id(), v, text),
                        WordingDialog.priority(() -> consolidation.board(editionId), p.id()), this::saved, this::refused)));
        edit.setId("priority-edit-" + p.id());
        edit.setAriaLabel(getTranslation("consolidation.priority.edit-aria", number));
        Div actions = new Div(up, down, moveTo, edit);
        actions.addClassName("consolidation-actions");
        if (p.carryOver() == CarryOver.RETIRE) {
            Button retire = new Button(getTranslation("consolidation.priority.retire"), e -> confirmRetire(number, p, version));
            retire.setId("priority-retire-" + p.id());
            retire.setAriaLabel(getTranslation("consolidation.priority.retire-aria", number));
            retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Button keep = new Button(getTranslation("consolidation.priority.keep"),
                    e -> perform(() -> consolidation.keepPriority(p.id(), version), "consolidation.kept"));
            keep.setId("priority-keep-" + p.id());
            keep.setAriaLabel(getTranslation("consolidation.priority.keep-aria", number));
            actions.add(retire, keep);
        }
        row.add(facts, actions);
        priorityRows.put(p.id(), row);
        return row;
    }

    private void confirmRetire(String number, PriorityContent p, long version) {
        Dialog dialog = new Dialog();
        dialog.setId("retire-dialog");
        dialog.setHeaderTitle(getTranslation("consolidation.retire.title", number));
        dialog.add(new Paragraph(p.title()), new Paragraph(getTranslation("consolidation.retire.text")));
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        Button confirm = new Button(getTranslation("consolidation.retire.confirm"), e -> {
            dialog.close();
            perform(() -> consolidation.retirePriority(p.id(), version), "consolidation.retired");
        });
        confirm.setId("confirm-retire");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    // ---------------------------------------------------------------- wording

    private void edit(WordingDialog<?> dialog) {
        editing = dialog;
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened() && editing == dialog) {
                editing = null;
            }
        });
        dialog.open();
    }

    // ---------------------------------------------------------------- adoption

    private void showAdoption() {
        boolean mayAdopt = consolidation.mayAdopt(editionId);
        adopt.setVisible(mayAdopt);
        if (!mayAdopt) {
            return;
        }
        boolean ready = board.checklist().readyToAdopt();
        adopt.setEnabled(ready);
        if (!ready) {
            String why = getTranslation("consolidation.adopt.blocked");
            adopt.setTooltipText(why);
            // A disabled button cannot always be focused or hovered: say it in the page too.
            Paragraph reason = new Paragraph(why);
            reason.setId("adopt-blocked");
            reason.addClassName("read-only-notice");
            body.addComponentAtIndex(1, reason);
        } else {
            adopt.setTooltipText(null);
        }
    }

    private void openAdoptDialog() {
        EditionSummary edition = board.content().edition();
        long version = board.editionVersion();
        new AdoptDialog(edition, (act, date) -> consolidation.adopt(editionId, version, act, date), adopted -> {
            Notifications.success(getTranslation("consolidation.adopted", adopted.periodLabel()));
            getUI().ifPresent(ui -> ui.navigate("programme",
                    QueryParameters.of("edition", String.valueOf(adopted.id()))));
        }, this::refused).open();
    }

    // ---------------------------------------------------------------- doing

    private Button iconButton(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), e -> perform(action, null));
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private void perform(Runnable action, String successKey) {
        try {
            action.run();
            if (successKey != null) {
                Notifications.success(getTranslation(successKey));
            }
        } catch (InvalidInputException e) {
            Notifications.error(e.fieldErrors().values().stream().findFirst().map(this::getTranslation)
                    .orElse(getTranslation(e.messageKey())));
        } catch (TranslatableException | OptimisticLockingFailureException e) {
            refused(e);
            return;
        }
        refresh();
    }

    private void saved() {
        Notifications.success(getTranslation("consolidation.saved"));
        refresh();
    }

    /** A refusal or a colleague's change got in the way: say so and show the edition as it is now. */
    private void refused(RuntimeException e) {
        if (e instanceof TranslatableException t) {
            Notifications.error(getTranslation(t.messageKey(), t.arguments()));
        } else {
            Notifications.error(getTranslation("error.consolidation.changed-meanwhile"));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return board == null ? getTranslation("consolidation.page-title")
                : getTranslation("consolidation.title", board.content().edition().periodLabel());
    }
}
