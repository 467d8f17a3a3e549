package it.lombardia.codesign.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import it.lombardia.codesign.proposal.ProposalAction;
import it.lombardia.codesign.proposal.ProposalChanges;
import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.discussion.DiscussionService;
import it.lombardia.codesign.live.Participants;
import it.lombardia.codesign.live.Presence;
import it.lombardia.codesign.live.ui.PagePresence;
import it.lombardia.codesign.proposal.ProposalHistory;
import it.lombardia.codesign.proposal.ProposalSummary;
import java.util.Map;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.programme.ProgrammeService;
import it.lombardia.codesign.proposal.ProposalConflictException;
import it.lombardia.codesign.proposal.ProposalContent;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.proposal.ProposalLifecycle;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.proposal.ProposalStatus;
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

/**
 * One proposal: its content (editable by its clusters' representatives while the workflow allows),
 * the steps its clusters may take, its co-proposers and its history with version comparison.
 */
@Route("proposals/:proposalId")
@PermitAll
class ProposalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "new";
    private static final Set<String> ROLE_REFUSALS = Set.of("workflow.refusal.not-your-cluster",
            "workflow.refusal.lead-only", "workflow.refusal.staff-only", "workflow.refusal.representatives-only",
            "workflow.refusal.no-invitation");

    private final ProposalService proposals;
    private final ProposalLifecycle lifecycle;
    private final RoundService rounds;
    private final ProgrammeService programme;
    private final CatalogService catalog;
    /** People are shown by name, never by account. */
    private final AccountDirectory people;
    private final Div header = new Div();
    private final Div notices = new Div();
    private final Button save = new Button();
    private final Button submit = new Button();
    private final Button resubmit = new Button();
    private final Button withdraw = new Button();
    private final Button merge = new Button();
    private final LiveUpdates live;
    private final Presence presence;
    private final Participants participants;
    private final Div presenceSlot = new Div();
    private final Div conflict = new Div();
    private final ProposalTabs tabs;
    private ProposalForm form;
    /** The clusters the user speaks for, read once per proposal shown. */
    private Set<String> myClusters = Set.of();
    private ViewToolbar toolbar;
    private PagePresence pagePresence;
    private VersionComparison comparison;
    /** Keeps what the user typed when someone else saves; its base is {@link #current}. */
    private ProposalEditing editing;
    /** What the form was read from: its version is the one a save expects. */
    private ProposalDetails current;
    private long roundId;
    private String pageTitle = "";

    ProposalView(ProposalService proposals, ProposalLifecycle lifecycle, ProposalHistory history, RoundService rounds,
                 ProgrammeService programme, CatalogService catalog, LiveUpdates live, Presence presence,
                 Participants participants, DiscussionService discussion, AccountDirectory people) {
        this.tabs = new ProposalTabs(history, discussion, live, people);
        this.people = people;
        this.live = live;
        this.presence = presence;
        this.participants = participants;
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
        resubmit.setText(getTranslation("workflow.resubmit"));
        resubmit.setId("resubmit");
        resubmit.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        resubmit.addClickListener(e -> resubmitNow());
        withdraw.setText(getTranslation("workflow.withdraw"));
        withdraw.setId("withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        withdraw.addClickListener(e -> confirmWithdraw());
        merge.setText(getTranslation("workflow.merge"));
        merge.setId("merge");
        merge.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        merge.addClickListener(e -> confirmMerge());
        notices.addClassName("notices");
        conflict.addClassName("conflict-slot");
        presenceSlot.addClassName("presence-slot");
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
        conflict.removeAll();
        presenceSlot.removeAll();
        save.setVisible(true);
        save.setText(getTranslation("proposal.save"));
        List<EditionSummary> base = proposals.baseEditionOf(roundId).stream().toList();
        // The user's own clusters, plus the current lead, which a co-proposer keeps and a reader must see.
        List<String> mine = proposals.clustersForCurrentUser();
        myClusters = Set.copyOf(mine);
        List<String> leadable = new java.util.ArrayList<>(mine);
        if (details != null && !leadable.contains(details.content().leadClusterCode())) {
            leadable.add(details.content().leadClusterCode());
        }
        form = new ProposalForm(catalog, leadable,
                base.stream().flatMap(e -> programme.macroThemeRefs(e.id()).stream()).toList(),
                base.stream().flatMap(e -> programme.priorities(e.id()).stream()).toList());
        pageTitle = details == null ? getTranslation("proposal.new-title") : details.content().title();
        Button back = new Button(getTranslation("proposal.back"), e -> getUI().ifPresent(ui -> ui.navigate("proposals")));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        comparison = new VersionComparison(catalog, programme, getLocale(), this::getTranslation);
        tabs.reset(form, details, comparison);
        toolbar = new ViewToolbar(pageTitle, back, save, submit, resubmit, merge, withdraw);
        add(toolbar, header, presenceSlot, conflict, notices, tabs);
        if (details != null) {
            // Bound to the form, which every navigation replaces: leaving a proposal leaves its place.
            pagePresence = new PagePresence(form, "proposal:" + details.id(), presence, participants, live);
            pagePresence.trackFields(form.fields());
            presenceSlot.add(pagePresence.avatars());
            editing = new ProposalEditing(this, conflict, notices, form, comparison, () -> proposals.find(current.id()),
                    this::show, this::showState, () -> save(false), people::displayName);
            live.bind(form, ProposalChanges.about(details.id()), messages -> editing.changedElsewhere());
            // a change committed between reading the proposal and showing it would otherwise be missed
            form.addAttachListener(e -> editing.changedElsewhere());
        }
        if (details == null) {
            form.read(new ProposalContent(null, leadable.isEmpty() ? null : leadable.getFirst(), Set.of(), null, null,
                    "", "", "", "", null, null, Set.of(), Set.of(), Set.of(), Set.of()));
            submit.setVisible(false);
            resubmit.setVisible(false);
            withdraw.setVisible(false);
            merge.setVisible(false);
            header.removeAll();
        } else {
            editing.session().load(details);
        }
    }

    /** The form and everything else: what the edit session loads. */
    private void show(ProposalDetails details) {
        form.read(details.content());
        showState(details);
    }

    /** Everything but the form's fields: header, steps, notices, side tabs. */
    private void showState(ProposalDetails details) {
        current = details;
        if (!details.content().title().equals(pageTitle)) {
            pageTitle = details.content().title();
            toolbar.setTitle(pageTitle);
        }
        notices.removeAll();
        header.removeAll();
        header.addClassName("proposal-meta");
        header.add(new Badge(getTranslation(details.status().labelKey()), StatusTheme.of(details.status())),
                new Span(getTranslation("proposal.meta", people.displayName(details.createdBy()),
                        Formats.dateTime(details.createdAt(), getLocale()), people.displayName(details.updatedBy()), Formats.dateTime(details.updatedAt(), getLocale()))),
                new Anchor("proposals/" + details.id() + "/review", getTranslation("workflow.review-link")));
        if (details.mergedIntoId() != null) {
            header.add(new RouterLink(getTranslation("workflow.history.merged-target", details.mergedIntoId()),
                    ProposalView.class, new RouteParameters("proposalId", String.valueOf(details.mergedIntoId()))));
        }
        Map<ProposalAction, Optional<String>> permissions = lifecycle.permissions(details.id());
        Optional<String> readOnly = permissions.get(ProposalAction.EDIT);
        form.setReadOnly(readOnly.isPresent());
        save.setVisible(readOnly.isEmpty());
        // a submitted proposal stays editable until co-design ends: it is no draft any more
        save.setText(getTranslation(details.status() == ProposalStatus.DRAFT ? "proposal.save" : "proposal.save-changes"));
        offer(submit, permissions.get(ProposalAction.SUBMIT));
        offer(resubmit, permissions.get(ProposalAction.RESUBMIT));
        offer(withdraw, permissions.get(ProposalAction.WITHDRAW));
        offer(merge, permissions.get(ProposalAction.MERGE));
        tabs.show(details, permissions.get(ProposalAction.ANSWER_INVITATION).isEmpty() ? myClusters : Set.of(),
                this::clusterLabel, this::answer);
        readOnly.ifPresent(reason -> {
            Paragraph notice = new Paragraph(getTranslation(reason));
            notice.addClassName("read-only-notice");
            notices.add(notice);
        });
    }

    /**
     * Shows an action that fits the user's role and the proposal's state: enabled when possible now,
     * otherwise disabled with the reason (the phase, a closed round). Actions the role or the state
     * rule out are not shown at all.
     */
    private void offer(Button button, Optional<String> refusal) {
        boolean irrelevant = refusal.filter(key -> ROLE_REFUSALS.contains(key)
                || key.startsWith("workflow.refusal.state.")).isPresent();
        button.setVisible(!irrelevant);
        button.setEnabled(refusal.isEmpty());
        button.setTooltipText(refusal.map(this::getTranslation).orElse(null));
        // Disabled buttons show no tooltip without a client feature flag, so the reason is also written out.
        if (!irrelevant && refusal.isPresent()) {
            Paragraph why = new Paragraph(getTranslation("workflow.step-unavailable", button.getText(),
                    getTranslation(refusal.get())));
            why.addClassName("step-unavailable");
            notices.add(why);
        }
    }

    private String clusterLabel(String code) {
        return catalog.cluster(code).map(c -> c.shortLabel(getLocale()) + " · " + c.name(getLocale())).orElse(code);
    }

    private void answer(String clusterCode, boolean accept) {
        act(() -> lifecycle.answerInvitation(current.id(), current.version(), clusterCode, accept),
                accept ? "workflow.invitation.accepted" : "workflow.invitation.declined");
    }

    private void resubmitNow() {
        Optional<ProposalDetails> saved = editing.session().hasUnsavedChanges() ? save(true) : Optional.of(current);
        saved.ifPresent(d -> act(() -> lifecycle.resubmit(d.id(), d.version()), "workflow.resubmitted"));
    }

    private void confirmWithdraw() {
        new ReasonDialog(getTranslation("workflow.withdraw.title"), getTranslation("workflow.withdraw.text"),
                getTranslation("workflow.withdraw"), null,
                reason -> act(() -> lifecycle.withdraw(current.id(), current.version(), reason), "workflow.withdrawn"))
                .open();
    }

    private void confirmMerge() {
        ComboBox<ProposalSummary> target = new ComboBox<>(getTranslation("workflow.merge.target"));
        target.setId("merge-target");
        target.setWidthFull();
        target.setItems(lifecycle.mergeTargets(current.id()));
        target.setItemLabelGenerator(p -> "#" + p.id() + " · " + p.title());
        new ReasonDialog(getTranslation("workflow.merge.title"), getTranslation("workflow.merge.text"),
                getTranslation("workflow.merge"), target, reason -> {
                    if (target.getValue() == null) {
                        target.setInvalid(true);
                        target.setErrorMessage(getTranslation("workflow.validation.merge-target"));
                        throw new InvalidInputException(java.util.Map.of("target", "workflow.validation.merge-target"));
                    }
                    ProposalDetails into = lifecycle.merge(current.id(), current.version(), target.getValue().id(), reason);
                    Notifications.success(getTranslation("workflow.merged"));
                    getUI().ifPresent(ui -> ui.navigate("proposals/" + into.id()));
                }).open();
    }

    /** Runs a lifecycle step and shows its outcome; a stale page shows the conflict instead. */
    private void act(java.util.function.Supplier<ProposalDetails> step, String successKey) {
        try {
            editing.session().load(step.get());
            Notifications.success(getTranslation(successKey));
        } catch (ProposalConflictException | OptimisticLockingFailureException e) {
            editing.conflict();
        }
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
            editing.session().load(saved);
            if (!quiet) {
                Notifications.success(getTranslation(saved.status() == ProposalStatus.DRAFT ? "proposal.saved"
                        : "proposal.changes-saved"));
            }
            return Optional.of(saved);
        } catch (InvalidInputException e) {
            if (!form.showErrors(e.fieldErrors())) {
                Notifications.error(getTranslation(e.messageKey()));
            } else {
                Notifications.error(getTranslation("form.fix-fields"));
            }
        } catch (ProposalConflictException | OptimisticLockingFailureException e) {
            editing.conflict();
        } catch (TranslatableException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
        return Optional.empty();
    }

    private void confirmSubmit() {
        new SubmitDialog(rounds.round(roundId).flatMap(RoundSummary::draftingEndsOn).orElse(null), this::submitNow)
                .open();
    }

    private void submitNow() {
        Optional<ProposalDetails> saved = editing.session().hasUnsavedChanges() ? save(true) : Optional.of(current);
        saved.ifPresent(details -> {
            try {
                act(() -> lifecycle.submit(details.id(), details.version()), "proposal.submitted");
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

