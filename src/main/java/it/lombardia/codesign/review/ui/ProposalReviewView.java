package it.lombardia.codesign.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.identity.Role;
import it.lombardia.codesign.proposal.ProposalContent;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.proposal.ProposalLifecycle;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.review.AnswerTemplates;
import it.lombardia.codesign.review.Assessments;
import it.lombardia.codesign.review.ReviewAction;
import it.lombardia.codesign.review.ReviewAssignments;
import it.lombardia.codesign.review.ReviewPermissions;
import it.lombardia.codesign.ui.Params;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The review of one proposal. Region staff see its reviewers, write their own assessment, read
 * everybody's with private notes, and decide; everybody else reads the public answers only.
 */
@Route("proposals/:proposalId/review")
@PermitAll
class ProposalReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProposalService proposals;
    private final ProposalLifecycle lifecycle;
    private final ReviewPermissions permissions;
    private final ReviewAssignments assignments;
    private final Assessments assessments;
    private final AnswerTemplates templates;
    private final CatalogService catalog;
    private final CurrentActor currentActor;
    private final AccountDirectory people;
    private long proposalId;
    private String pageTitle = "";

    ProposalReviewView(ProposalService proposals, ProposalLifecycle lifecycle, ReviewPermissions permissions, ReviewAssignments assignments,
                       Assessments assessments, AnswerTemplates templates, CatalogService catalog,
                       CurrentActor currentActor, AccountDirectory people) {
        this.people = people;
        this.proposals = proposals;
        this.lifecycle = lifecycle;
        this.permissions = permissions;
        this.assignments = assignments;
        this.assessments = assessments;
        this.templates = templates;
        this.catalog = catalog;
        this.currentActor = currentActor;
        addClassName("proposal-review-view");
    }

    static String route(long proposalId) {
        return "proposals/" + proposalId + "/review";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = Params.id(event.getRouteParameters().get("proposalId").orElse(""));
        if (id.isEmpty() || proposals.find(id.get()).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        proposalId = id.get();
        refresh();
    }

    /** Builds the page afresh from the stored proposal and review. */
    private void refresh() {
        removeAll();
        ProposalDetails proposal = proposals.find(proposalId).orElseThrow();
        ProposalContent content = proposal.content();
        pageTitle = content.title();
        Anchor back = new Anchor("proposals/" + proposalId, getTranslation("review.page.open-proposal"));
        back.setId("open-proposal");
        add(new ViewToolbar(content.title(), back), header(proposal));

        Map<ReviewAction, Optional<String>> allowed = permissions.permissions(proposalId);
        boolean staff = allowed.get(ReviewAction.READ_ASSESSMENTS).isEmpty();
        if (!staff) {
            add(new PublicAnswerList(assessments.publicAnswers(proposalId)));
            return;
        }
        boolean admin = currentActor.find().filter(a -> a.isAdmin()).isPresent();
        boolean reviewer = currentActor.find().filter(a -> a.has(Role.REVIEWER)).isPresent();
        add(new AssignmentPanel(assignments, proposalId, allowed, admin, reviewer, this::refresh));
        add(new AssessmentForm(assessments, templates, proposalId, allowed.get(ReviewAction.ASSESS), this::refresh));
        add(new AssessmentList(assessments.all(proposalId)));
        add(new DecisionPanel(lifecycle, proposal, people::displayName, this::refresh));
    }

    private Div header(ProposalDetails proposal) {
        ProposalContent content = proposal.content();
        Div header = new Div();
        header.addClassName("proposal-meta");
        header.addClassName("badges");
        Span status = StatusBadge.of(proposal.status(), getTranslation(proposal.status().labelKey()));
        status.setId("proposal-status");
        Span kind = new Span(getTranslation(content.kind().labelKey()));
        kind.setId("proposal-kind");
        String co = content.coClusterCodes().stream().map(this::clusterLabel).sorted().collect(Collectors.joining(", "));
        Span clusters = new Span(co.isEmpty()
                ? getTranslation("review.page.lead", clusterLabel(content.leadClusterCode()))
                : getTranslation("review.page.lead-and-co", clusterLabel(content.leadClusterCode()), co));
        clusters.setId("proposal-clusters");
        header.add(status, kind, clusters);
        return header;
    }

    private String clusterLabel(String code) {
        return catalog.cluster(code).map(c -> c.shortLabel(getLocale())).orElse(code);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
