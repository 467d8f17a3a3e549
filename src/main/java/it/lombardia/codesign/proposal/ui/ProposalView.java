package it.lombardia.codesign.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.programme.ProgrammeService;
import it.lombardia.codesign.proposal.ProposalAction;
import it.lombardia.codesign.proposal.ProposalConflictException;
import it.lombardia.codesign.proposal.ProposalContent;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.proposal.ProposalLifecycle;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Badge;
import it.lombardia.codesign.ui.Formats;
import it.lombardia.codesign.ui.Notifications;
import it.lombardia.codesign.ui.Params;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;

/** One proposal: editable by its clusters' representatives while a draft, read-only for everyone else. */
@Route("proposals/:proposalId")
@PermitAll
class ProposalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "new";

    private final ProposalService proposals;
    private final ProposalLifecycle lifecycle;
    private final RoundService rounds;
    private final ProgrammeService programme;
    private final CatalogService catalog;
    private final Div header = new Div();
    private final Div notices = new Div();
    private final Button save = new Button();
    private final Button submit = new Button();
    private ProposalForm form;
    private ProposalDetails current;
    private long roundId;
    private String pageTitle = "";

    ProposalView(ProposalService proposals, ProposalLifecycle lifecycle, RoundService rounds, ProgrammeService programme,
                 CatalogService catalog) {
        this.proposals = proposals;
        this.lifecycle = lifecycle;
        this.rounds = rounds;
        this.programme = programme;
        this.catalog = catalog;
        addClassName("proposal-view");
        save.setText(getTranslation("proposal.save"));
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(false));
        submit.setText(getTranslation("proposal.submit"));
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        submit.addClickListener(e -> confirmSubmit());
        notices.addClassName("notices");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String param = event.getRouteParameters().get("proposalId").orElse("");
        if (NEW.equals(param)) {
            Optional<RoundSummary> round = rounds.openRound();
            if (round.isEmpty() || !proposals.mayCreate()) {
                event.rerouteToError(AccessDeniedException.class);
                return;
            }
            roundId = round.get().id();
            build(null);
            return;
        }
        Optional<ProposalDetails> found = Params.id(param).flatMap(proposals::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        roundId = found.get().roundId();
        build(found.get());
    }

    /** Vaadin reuses this view between proposals/new and proposals/<id>, so everything starts afresh here. */
    private void build(ProposalDetails details) {
        removeAll();
        current = null;
        notices.removeAll();
        save.setVisible(true);
        List<EditionSummary> base = proposals.baseEditionOf(roundId).stream().toList();
        // The user's own clusters, plus the current lead, which a co-proposer keeps and a reader must see.
        List<String> leadable = new java.util.ArrayList<>(proposals.clustersForCurrentUser());
        if (details != null && !leadable.contains(details.content().leadClusterCode())) {
            leadable.add(details.content().leadClusterCode());
        }
        form = new ProposalForm(catalog, leadable,
                base.stream().flatMap(e -> programme.macroThemeRefs(e.id()).stream()).toList(),
                base.stream().flatMap(e -> programme.priorities(e.id()).stream()).toList());
        pageTitle = details == null ? getTranslation("proposal.new-title") : details.content().title();
        Button back = new Button(getTranslation("proposal.back"), e -> getUI().ifPresent(ui -> ui.navigate("proposals")));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new ViewToolbar(pageTitle, back, save, submit), header, notices, form);
        if (details == null) {
            form.read(new ProposalContent(null, leadable.isEmpty() ? null : leadable.getFirst(), Set.of(), null, null,
                    "", "", "", "", null, null, Set.of(), Set.of(), Set.of(), Set.of()));
            submit.setVisible(false);
            header.removeAll();
        } else {
            show(details);
        }
    }

    private void show(ProposalDetails details) {
        current = details;
        form.read(details.content());
        notices.removeAll();
        header.removeAll();
        header.addClassName("proposal-meta");
        header.add(new Badge(getTranslation(details.status().labelKey()), StatusTheme.of(details.status())),
                new Span(getTranslation("proposal.meta", details.createdBy(), Formats.dateTime(details.createdAt(), getLocale()),
                        details.updatedBy(), Formats.dateTime(details.updatedAt(), getLocale()))));
        Optional<String> readOnly = proposals.whyReadOnly(details);
        form.setReadOnly(readOnly.isPresent());
        save.setVisible(readOnly.isEmpty());
        // a submitted proposal stays editable while drafting, but only a draft is submitted
        submit.setVisible(readOnly.isEmpty()
                && lifecycle.permissions(details.id()).get(ProposalAction.SUBMIT).isEmpty());
        readOnly.ifPresent(reason -> {
            Paragraph notice = new Paragraph(getTranslation(reason));
            notice.addClassName("read-only-notice");
            notices.add(notice);
        });
    }

    /** Saves the form; returns the saved proposal, or empty when it was refused (the form keeps its values). */
    private Optional<ProposalDetails> save(boolean quiet) {
        ProposalContent content = form.validContent();
        if (content == null) {
            Notifications.error(getTranslation("form.fix-fields"));
            return Optional.empty();
        }
        try {
            if (current == null) {
                ProposalDetails created = proposals.create(roundId, content);
                Notifications.success(getTranslation("proposal.created"));
                getUI().ifPresent(ui -> ui.navigate("proposals/" + created.id()));
                return Optional.of(created);
            }
            ProposalDetails saved = proposals.save(current.id(), current.version(), content);
            show(saved);
            if (!quiet) {
                Notifications.success(getTranslation("proposal.saved"));
            }
            return Optional.of(saved);
        } catch (InvalidInputException e) {
            if (!form.showErrors(e.fieldErrors())) {
                Notifications.error(getTranslation(e.messageKey()));
            } else {
                Notifications.error(getTranslation("form.fix-fields"));
            }
        } catch (ProposalConflictException | OptimisticLockingFailureException e) {
            showConflict();
        } catch (TranslatableException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
        return Optional.empty();
    }

    private void showConflict() {
        Optional<ProposalDetails> theirs = proposals.find(current.id());
        if (theirs.isEmpty()) {
            Notifications.error(getTranslation("error.proposal.not-found"));
            return;
        }
        notices.removeAll();
        notices.add(new ConflictBanner(theirs.get(),
                () -> show(theirs.get()),
                () -> {
                    current = theirs.get();
                    notices.removeAll();
                    save(false);
                }));
    }

    private void confirmSubmit() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("proposal.submit.confirm-title"));
        dialog.add(new Paragraph(getTranslation("proposal.submit.confirm-text")));
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        Button confirm = new Button(getTranslation("proposal.submit"), e -> {
            dialog.close();
            submitNow();
        });
        confirm.setId("confirm-submit");
        confirm.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        dialog.getFooter().add(new HorizontalLayout(cancel, confirm));
        dialog.open();
    }

    private void submitNow() {
        Optional<ProposalDetails> saved = form.hasChanges() ? save(true) : Optional.of(current);
        saved.ifPresent(details -> {
            try {
                show(lifecycle.submit(details.id(), details.version()));
                Notifications.success(getTranslation("proposal.submitted"));
            } catch (ProposalConflictException | OptimisticLockingFailureException e) {
                showConflict();
            } catch (InvalidInputException e) {
                form.showErrors(e.fieldErrors());
                Notifications.error(getTranslation("form.fix-fields"));
            } catch (TranslatableException e) {
                Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            }
        });
    }


    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
