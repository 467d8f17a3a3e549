package it.lombardia.codesign.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import it.lombardia.codesign.proposal.InvitationStatus;
import it.lombardia.codesign.proposal.InvitationView;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.ui.Badge;
import it.lombardia.codesign.ui.Formats;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** The clusters invited to co-propose and their answers; the invited cluster's representatives answer here. */
class InvitationsPanel extends Div {

    InvitationsPanel(ProposalDetails details, Set<String> answerableClusters, Function<String, String> clusterLabel,
                     BiConsumer<String, Boolean> answer) {
        addClassName("invitations-panel");
        add(new H3(getTranslation("workflow.co-proposers")));
        if (details.invitations().isEmpty()) {
            add(new Paragraph(getTranslation("workflow.co-proposers.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (InvitationView invitation : details.invitations()) {
            ListItem item = new ListItem();
            item.addClassName("invitation");
            item.add(new Span(clusterLabel.apply(invitation.clusterCode())),
                    new Badge(getTranslation(invitation.status().labelKey()), theme(invitation.status())));
            if (invitation.answeredAt() != null && invitation.status() != InvitationStatus.PENDING) {
                item.add(new Span(getTranslation("workflow.co-proposers.answered",
                        Formats.dateTime(invitation.answeredAt(), getLocale()))));
            }
            if (invitation.status() == InvitationStatus.PENDING && answerableClusters.contains(invitation.clusterCode())) {
                Button accept = new Button(getTranslation("workflow.invitation.accept"),
                        e -> answer.accept(invitation.clusterCode(), true));
                accept.setId("accept-" + invitation.clusterCode());
                accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
                Button decline = new Button(getTranslation("workflow.invitation.decline"),
                        e -> answer.accept(invitation.clusterCode(), false));
                decline.setId("decline-" + invitation.clusterCode());
                decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                item.add(accept, decline);
            }
            list.add(item);
        }
        add(list);
    }

    private static String theme(InvitationStatus status) {
        return switch (status) {
            case PENDING -> "";
            case ACCEPTED -> "success";
            case DECLINED -> "error";
            case CANCELLED -> "contrast";
        };
    }
}
