package it.lombardia.codesign.meeting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.proposal.ProposalContent;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.ui.Badge;
import java.util.Locale;

/** A proposal linked to an agenda item, read-only beside it, with a way to open it in full. */
class ProposalCard extends Div {

    ProposalCard(ProposalDetails proposal, CatalogService catalog, Locale locale) {
        addClassNames("card", "room-proposal");
        setId("room-proposal-" + proposal.id());
        ProposalContent content = proposal.content();
        Div badges = new Div(new Badge(getTranslation(content.kind().labelKey())),
                new Badge(getTranslation(proposal.status().labelKey()), "contrast"));
        badges.addClassName("badges");
        String lead = content.leadClusterCode() == null ? "" : catalog.cluster(content.leadClusterCode())
                .map(c -> c.shortLabel(locale) + " · " + c.name(locale)).orElse(content.leadClusterCode());
        Paragraph leadLine = new Paragraph(getTranslation("room.proposal.lead", lead));
        leadLine.addClassName("room-proposal-lead");
        add(new H3(content.title()), badges, leadLine);
        section("room.proposal.description", content.description());
        section("room.proposal.ecosystem-impact", content.ecosystemImpact());
        section("room.proposal.territorial-impact", content.territorialImpact());
        Anchor open = new Anchor("proposals/" + proposal.id(), getTranslation("room.proposal.open"));
        open.addClassName("room-proposal-open");
        add(open);
    }

    private void section(String labelKey, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        add(new H4(getTranslation(labelKey)), new Paragraph(text));
    }
}
