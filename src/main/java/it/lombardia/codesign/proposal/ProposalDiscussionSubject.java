package it.lombardia.codesign.proposal;

import it.lombardia.codesign.discussion.DiscussionSubject;
import it.lombardia.codesign.discussion.SubjectInfo;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals as subjects of discussion: every proposal has threads; the lead cluster and the clusters
 * that accepted to co-propose take part; a proposal that reached a final state (approved, rejected,
 * withdrawn, merged) takes no more comments, its threads stay readable.
 */
@Component
class ProposalDiscussionSubject implements DiscussionSubject {

    static final String TYPE = ProposalChanges.DISCUSSION_SUBJECT;

    private final ProposalRepository proposals;

    ProposalDiscussionSubject(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SubjectInfo> describe(long id) {
        return proposals.findById(id).map(p -> new SubjectInfo(p.getTitle(), "proposals/" + id,
                p.participatingClusterCodes(), !p.getStatus().isFinal()));
    }
}
