package it.lombardia.codesign.proposal;

import it.lombardia.codesign.live.LiveBus;
import it.lombardia.codesign.shared.AuditEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes what happened to a proposal, in the transaction of the change: the history entry, a new
 * version when the content changed, the domain event for other features, the audit entry and the
 * live message.
 */
@Component
class ProposalRecorder {

    private final ProposalEventRepository history;
    private final ProposalVersionRepository versions;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final LiveBus live;

    ProposalRecorder(ProposalEventRepository history, ProposalVersionRepository versions,
                     ApplicationEventPublisher events, JsonMapper json, LiveBus live) {
        this.live = live;
        this.history = history;
        this.versions = versions;
        this.events = events;
        this.json = json;
    }

    /** Saves a version if the content differs from the last one; returns its number, or empty when unchanged. */
    Optional<Integer> version(Proposal proposal, String by, Instant at) {
        Optional<ProposalVersion> last = versions.findFirstByProposalIdOrderByNumberDesc(proposal.getId());
        ProposalContent content = proposal.content();
        if (last.isPresent() && Objects.equals(read(last.get().getContentJson()), content)) {
            return Optional.empty();
        }
        int number = last.map(v -> v.getNumber() + 1).orElse(1);
        versions.save(new ProposalVersion(proposal.getId(), number, proposal.getStatus(), json.writeValueAsString(content),
                by, at));
        return Optional.of(number);
    }

    ProposalContent read(String contentJson) {
        return json.readValue(contentJson, ProposalContent.class);
    }

    void history(ProposalEvent event) {
        history.save(event);
    }

    void transitioned(Proposal proposal, ProposalStatus from, String by, Instant at, String reason, Long related) {
        history.save(new ProposalEvent(proposal.getId(), HistoryKind.TRANSITION, by, at)
                .transition(from, proposal.getStatus()).reason(reason).related(related));
        events.publishEvent(new ProposalTransitioned(proposal.getId(), proposal.getTitle(), from, proposal.getStatus(),
                by, reason, proposal.getLeadClusterCode(), proposal.participatingClusterCodes(), related, at));
    }

    /** Every change ends here: the audit entry and, once committed, the live message for open views. */
    void audit(String actor, Proposal proposal, String action, ProposalDetails before) {
        live.publish(ProposalChanges.of(proposal, action, actor));
        events.publishEvent(new AuditEvent(actor, "proposal", String.valueOf(proposal.getId()), action, before,
                proposal.details()));
    }

    void publish(Object event) {
        events.publishEvent(event);
    }
}
