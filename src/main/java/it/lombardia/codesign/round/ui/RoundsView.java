package it.lombardia.codesign.round.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.lombardia.codesign.programme.EditionContent;
import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.programme.ProgrammeService;
import it.lombardia.codesign.round.PhasePlan;
import it.lombardia.codesign.round.RoundPhase;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Badge;
import it.lombardia.codesign.ui.Formats;
import it.lombardia.codesign.ui.Notifications;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Every EDP round, newest first, each with its timeline. Everyone signed in reads them; region
 * administrators also open a new round, change the dates, extend a phase and move a round to its
 * next phase (the service refuses anyone else as well).
 */
@Route("rounds")
@Menu(order = 5, title = "round.nav.rounds", icon = "CALENDAR")
@PermitAll
class RoundsView extends VerticalLayout implements HasDynamicTitle {

    private final RoundService rounds;
    private final ProgrammeService programme;
    private final boolean admin;
    private final Div list = new Div();

    RoundsView(RoundService rounds, ProgrammeService programme) {
        this.rounds = rounds;
        this.programme = programme;
        this.admin = rounds.mayManage();
        addClassName("rounds-view");
        Button create = new Button(getTranslation("round.action.create"), VaadinIcon.PLUS.create(),
                e -> openCreateDialog());
        create.setId("new-round");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(admin);
        list.addClassName("round-list");
        add(new ViewToolbar(getTranslation("round.rounds.title"), create), list);
        refresh();
    }

    /** Reads the rounds afresh, so that what is shown carries the latest versions. */
    void refresh() {
        list.removeAll();
        List<RoundSummary> all = rounds.rounds();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("round.rounds.none")));
        }
        all.forEach(round -> list.add(card(round)));
    }

    private Component card(RoundSummary round) {
        Section card = new Section();
        card.setId("round-" + round.id());
        card.addClassNames("card", "round-card");
        H2 title = new H2(round.title());
        Badge status = new Badge(getTranslation(round.status().labelKey()),
                round.open() ? "success" : "contrast");
        Div heading = new Div(title, status);
        heading.addClassName("round-card-heading");
        card.add(heading, new Paragraph(getTranslation("round.rounds.edition", round.editionPeriod())),
                new RoundTimeline(round));
        if (admin) {
            card.add(actions(round));
        }
        return card;
    }

    private Component actions(RoundSummary round) {
        Button edit = new Button(getTranslation("round.action.edit-dates"), VaadinIcon.CALENDAR.create(),
                e -> RoundPlanDialog.reschedule(rounds, round, saved -> saved("round.rescheduled"), this::refresh).open());
        edit.setId("edit-dates-" + round.id());
        Button extend = new Button(getTranslation("round.action.extend"), VaadinIcon.ARROW_FORWARD.create(),
                e -> new ExtendPhaseDialog(rounds, round, saved -> saved("round.extended"), this::refresh).open());
        extend.setId("extend-" + round.id());
        Button advance = new Button(getTranslation("round.action.advance"), VaadinIcon.STEP_FORWARD.create(),
                e -> confirmAdvance(round));
        advance.setId("advance-" + round.id());
        advance.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(edit, extend, advance);
        bar.addClassName("round-actions");
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div box = new Div(bar);
        if (round.phase().closed()) {
            String why = getTranslation("round.action.closed");
            for (Button b : List.of(edit, extend, advance)) {
                b.setEnabled(false);
                b.setTooltipText(why);
            }
            // Disabled buttons cannot be focused or hovered everywhere: say it in the page too.
            Paragraph reason = new Paragraph(why);
            reason.addClassName("read-only-notice");
            reason.setId("closed-reason-" + round.id());
            box.add(reason);
        } else if (ExtendPhaseDialog.extendable(round).isEmpty()) {
            extend.setEnabled(false);
            extend.setTooltipText(getTranslation("round.action.nothing-to-extend"));
        }
        return box;
    }

    private void openCreateDialog() {
        int year = programme.editions().stream().mapToInt(EditionSummary::endYear).max()
                .orElse(Formats.today().getYear()) + 1;
        EditionContent base = programme.currentEdition().flatMap(e -> programme.content(e.id())).orElse(null);
        RoundPlanDialog.create(rounds, base, year, Formats.today(), created -> {
            Notifications.success(getTranslation("round.created", created.title()));
            refresh();
        }, this::refresh).open();
    }

    private void saved(String messageKey) {
        Notifications.success(getTranslation(messageKey));
        refresh();
    }

    private void confirmAdvance(RoundSummary round) {
        RoundPhase next = round.phase().next();
        Dialog dialog = new Dialog();
        dialog.setId("advance-dialog");
        dialog.setHeaderTitle(getTranslation("round.advance.title", round.title()));
        dialog.add(new Paragraph(getTranslation("round.advance.text", getTranslation(round.phase().labelKey()),
                getTranslation(next.labelKey()))));
        earlyWarning(round).ifPresent(warning -> {
            Paragraph p = new Paragraph(warning);
            p.setId("advance-early");
            p.addClassName("warning-notice");
            dialog.add(p);
        });
        if (next.closed()) {
            dialog.add(new Paragraph(getTranslation("round.advance.closing")));
        }
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        Button confirm = new Button(getTranslation("round.advance.confirm", getTranslation(next.labelKey())), e -> {
            dialog.close();
            advance(round);
        });
        confirm.setId("confirm-advance");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    /** Said when the move comes before the date the plan gives for it. */
    private java.util.Optional<String> earlyWarning(RoundSummary round) {
        LocalDate today = Formats.today();
        if (round.phase() == RoundPhase.PLANNED) {
            return round.plan(RoundPhase.DRAFTING).map(PhasePlan::startsOn).filter(today::isBefore)
                    .map(start -> getTranslation("round.advance.early-start", Formats.date(start, getLocale())));
        }
        return round.currentPlan().filter(plan -> !today.isAfter(plan.endsOn()))
                .map(plan -> getTranslation("round.advance.early", getTranslation(round.phase().labelKey()),
                        Formats.date(plan.endsOn(), getLocale())));
    }

    private void advance(RoundSummary round) {
        try {
            RoundSummary moved = rounds.advance(round.id(), round.version());
            Notifications.success(getTranslation("round.advanced", getTranslation(moved.phase().labelKey())));
        } catch (TranslatableException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(getTranslation("error.round.changed-meanwhile"));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("round.rounds.title");
    }
}
