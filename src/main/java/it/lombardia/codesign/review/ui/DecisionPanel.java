package it.lombardia.codesign.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import it.lombardia.codesign.proposal.ProposalAction;
import it.lombardia.codesign.proposal.ProposalConflictException;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.proposal.ProposalLifecycle;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Notifications;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import java.util.function.Function;

/**
 * Region staff start the review and decide: request changes, approve, reject. The proposal feature
 * decides what is allowed; a button that is not says why, on its tooltip and below the buttons.
 * Requests for changes and rejections need a reason, which the clusters read.
 */
class DecisionPanel extends Div {

    private static final List<ProposalAction> DECISIONS = List.of(ProposalAction.START_REVIEW,
            ProposalAction.REQUEST_CHANGES, ProposalAction.APPROVE, ProposalAction.REJECT);

    private final ProposalLifecycle lifecycle;
    private final ProposalDetails proposal;
    private final Runnable onDecided;
    private final Function<String, String> nameOf;
    final TextArea reason = new TextArea();

    /** @param nameOf the name to show for an account */
    DecisionPanel(ProposalLifecycle lifecycle, ProposalDetails proposal, Function<String, String> nameOf,
                  Runnable onDecided) {
        this.lifecycle = lifecycle;
        this.nameOf = nameOf;
        this.proposal = proposal;
        this.onDecided = onDecided;
        addClassName("card");
        setId("decision");
        add(new H2(getTranslation("review.decision.title")));
        Map<ProposalAction, Optional<String>> allowed = lifecycle.permissions(proposal.id());

        reason.setLabel(getTranslation("review.decision.reason"));
        reason.setHelperText(getTranslation("review.decision.reason-help"));
        reason.setId("reason");
        reason.setWidthFull();
        reason.setMinHeight("6em");
        boolean anyAllowed = DECISIONS.stream().anyMatch(a -> allowed.get(a).isEmpty());
        reason.setReadOnly(!anyAllowed);

        HorizontalLayout buttons = new HorizontalLayout();
        buttons.getStyle().set("flex-wrap", "wrap");
        buttons.add(
                button(ProposalAction.START_REVIEW, "start-review", "review.decision.start-review", allowed,
                        ButtonVariant.LUMO_PRIMARY,
                        () -> decide("review.decision.started", v -> lifecycle.startReview(proposal.id(), v))),
                button(ProposalAction.REQUEST_CHANGES, "request-changes", "review.decision.request-changes", allowed,
                        ButtonVariant.LUMO_CONTRAST,
                        () -> decide("review.decision.changes-requested",
                                v -> lifecycle.requestChanges(proposal.id(), v, reason.getValue()))),
                button(ProposalAction.APPROVE, "approve", "review.decision.approve", allowed, ButtonVariant.LUMO_SUCCESS,
                        () -> confirm("review.decision.approve-confirm", "review.decision.approve",
                                () -> decide("review.decision.approved",
                                        v -> lifecycle.approve(proposal.id(), v, reason.getValue())))),
                button(ProposalAction.REJECT, "reject", "review.decision.reject", allowed, ButtonVariant.LUMO_ERROR,
                        () -> {
                            if (reasonGiven()) {
                                confirm("review.decision.reject-confirm", "review.decision.reject",
                                        () -> decide("review.decision.rejected",
                                                v -> lifecycle.reject(proposal.id(), v, reason.getValue())));
                            }
                        }));
        add(reason, buttons);

        // Tooltips do not show on disabled buttons for every user, so the reasons are also written out.
        Set<String> reasons = new LinkedHashSet<>();
        DECISIONS.forEach(a -> allowed.get(a).ifPresent(reasons::add));
        if (!reasons.isEmpty() && !anyAllowed) {
            UnorderedList why = new UnorderedList();
            why.setId("decision-help");
            reasons.forEach(key -> why.add(new ListItem(getTranslation(key))));
            add(new Paragraph(getTranslation("review.decision.none-now")), why);
        }
    }

    private Button button(ProposalAction action, String id, String labelKey,
                          Map<ProposalAction, Optional<String>> allowed, ButtonVariant variant, Runnable onClick) {
        Button button = new Button(getTranslation(labelKey), e -> onClick.run());
        button.setId(id);
        button.addThemeVariants(variant);
        PermissionButtons.apply(button, allowed.get(action), this);
        return button;
    }

    /** Rejections need a reason: asked for at the field before the confirmation, and again by the service. */
    private boolean reasonGiven() {
        if (!reason.getValue().isBlank()) {
            return true;
        }
        reason.setErrorMessage(getTranslation("workflow.validation.reason-required"));
        reason.setInvalid(true);
        return false;
    }

    private void confirm(String textKey, String buttonKey, Runnable action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(buttonKey));
        dialog.add(new Paragraph(getTranslation(textKey, proposal.content().title())));
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        Button ok = new Button(getTranslation(buttonKey), e -> {
            dialog.close();
            action.run();
        });
        ok.setId("confirm-decision");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }

    private void decide(String doneKey, Function<Long, ProposalDetails> decision) {
        reason.setInvalid(false);
        try {
            ProposalDetails after = decision.apply(proposal.version());
            Notifications.success(getTranslation(doneKey, getTranslation(after.status().labelKey())));
            onDecided.run();
        } catch (InvalidInputException e) {
            String key = e.fieldErrors().get("reason");
            if (key != null) {
                reason.setErrorMessage(getTranslation(key));
                reason.setInvalid(true);
                Notifications.error(getTranslation("form.fix-fields"));
            } else {
                Notifications.error(getTranslation(e.messageKey()));
            }
        } catch (ProposalConflictException e) {
            Notifications.error(getTranslation(e.messageKey(), nameOf.apply(e.current().updatedBy())));
            onDecided.run();
        } catch (TranslatableException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }
}
