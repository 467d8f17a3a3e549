package it.lombardia.codesign.proposal;

import it.lombardia.codesign.discussion.DiscussionSubject;
import it.lombardia.codesign.discussion.SubjectInfo;
import it.lombardia.codesign.identity.CurrentActor;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals as subjects of discussion: every proposal has threads; the lead cluster and the clusters
 * that accepted to co-propose take part; a proposal that reached a final state (approved, rejected,
 * withdrawn, merged) takes no more comments, its threads stay readable. A draft's discussion is read
 * by those who may read the draft ({@link ProposalVisibility}), and by nobody else.
 */
@Component
class ProposalDiscussionSubject implements DiscussionSubject {

    static final String TYPE = ProposalChanges.DISCUSSION_SUBJECT;

    private final ProposalRepository proposals;
    private final CurrentActor currentActor;

    ProposalDiscussionSubject(ProposalRepository proposals, CurrentActor currentActor) {
        this.proposals = proposals;
        this.currentActor = currentActor;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SubjectInfo> describe(long id) {
        return currentActor.find().flatMap(actor -> proposals.findById(id).map(Proposal::details)
                .filter(p -> ProposalVisibility.mayRead(actor, p))
                .map(p -> {
                    Set<String> readers = new LinkedHashSet<>(p.participatingClusterCodes());
                    readers.addAll(p.pendingClusterCodes());
                    return new SubjectInfo(p.content().title(), "proposals/" + id, p.participatingClusterCodes(),
                            !p.status().isFinal(), p.submittedAt() != null, readers);
                }));
    }
}
