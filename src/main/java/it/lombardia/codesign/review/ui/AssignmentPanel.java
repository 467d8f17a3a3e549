package it.lombardia.codesign.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import it.lombardia.codesign.review.AssignmentDetails;
import it.lombardia.codesign.review.ReviewAction;
import it.lombardia.codesign.review.ReviewAssignments;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Badge;
import it.lombardia.codesign.ui.Formats;
import it.lombardia.codesign.ui.Notifications;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The proposal's reviewers with their due dates. Administrators assign and remove reviewers; a
 * reviewer not yet assigned takes the review. Shown to region staff only.
 */
class AssignmentPanel extends Div {

    AssignmentPanel(ReviewAssignments assignments, long proposalId, Map<ReviewAction, Optional<String>> permissions,
                    boolean admin, boolean reviewer, Runnable onChange) {
        addClassName("card");
        setId("assignments");
        add(new H2(getTranslation("review.assignments.title")));
        List<AssignmentDetails> current = assignments.assignmentsOf(proposalId);
        if (current.isEmpty()) {
            add(new Paragraph(getTranslation("review.assignments.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("assignment-list");
            for (AssignmentDetails assignment : current) {
                ListItem item = new ListItem();
                item.addClassName("assignment");
                item.add(new Span(assignment.reviewerName()), new Span(" · "), new Span(assignment.dueOn() == null
                        ? getTranslation("review.assignments.no-due")
                        : getTranslation("review.assignments.due", Formats.date(assignment.dueOn(), getLocale()))));
                if (assignment.overdue()) {
                    Badge badge = new Badge(getTranslation("review.overdue"), "error");
                    badge.addClassName("overdue-badge");
                    item.add(new Span(" "), badge);
                }
                if (admin) {
                    Button remove = new Button(getTranslation("review.assignments.remove"), VaadinIcon.CLOSE_SMALL.create(),
                            e -> unassign(assignments, assignment, onChange));
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    remove.setAriaLabel(getTranslation("review.assignments.remove-named", assignment.reviewerName()));
                    remove.addClassName("unassign");
                    item.add(remove);
                }
                list.add(item);
            }
            add(list);
        }
        HorizontalLayout actions = new HorizontalLayout();
        if (admin) {
            Button assign = new Button(getTranslation("review.assignments.assign"), VaadinIcon.USER_CHECK.create(),
                    e -> new AssignDialog(assignments, proposalId, onChange).open());
            assign.setId("assign-reviewer");
            PermissionButtons.apply(assign, permissions.get(ReviewAction.ASSIGN), this);
            actions.add(assign);
        }
        if (reviewer && permissions.get(ReviewAction.TAKE)
                .filter("review.refused.already-assigned"::equals).isEmpty()) {
            Button take = new Button(getTranslation("review.assignments.take"), VaadinIcon.HAND.create(), e -> {
                try {
                    assignments.take(proposalId);
                    Notifications.success(getTranslation("review.assignments.taken"));
                } catch (TranslatableException ex) {
                    Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
                }
                onChange.run();
            });
            take.setId("take-review");
            take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            PermissionButtons.apply(take, permissions.get(ReviewAction.TAKE), this);
            actions.add(take);
        }
        if (actions.getComponentCount() > 0) {
            add(actions);
        }
    }

    private void unassign(ReviewAssignments assignments, AssignmentDetails assignment, Runnable onChange) {
        try {
            assignments.unassign(assignment.id(), assignment.version());
            Notifications.success(getTranslation("review.assignments.removed", assignment.reviewerName()));
        } catch (TranslatableException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
        onChange.run();
    }
}
