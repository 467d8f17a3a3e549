package it.lombardia.codesign.review;

import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.proposal.ProposalFilter;
import it.lombardia.codesign.proposal.ProposalService;
import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.proposal.ProposalSummary;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue of the round under way: its submitted proposals (drafts are not reviewed) with
 * their reviewers and due dates, for region staff. Overdue reviews come first, then by due date.
 * <p>
 * A round holds tens of proposals, not thousands, so the queue filters and pages the round's
 * proposals in memory; only the requested page leaves the service.
 */
@Service
@PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
@Transactional(readOnly = true)
public class ReviewQueue {

    /** Sort properties the queue understands, besides the default order. */
    public static final String SORT_TITLE = "title";
    public static final String SORT_STATUS = "status";
    public static final String SORT_DUE = "dueOn";
    public static final String SORT_ASSESSMENTS = "assessments";

    private final ProposalService proposals;
    private final RoundService rounds;
    private final AssignmentRepository assignments;
    private final AssessmentRepository assessments;
    private final People people;
    private final ReviewRules rules;
    private final Clock clock;

    ReviewQueue(ProposalService proposals, RoundService rounds, AssignmentRepository assignments,
                AssessmentRepository assessments, People people, ReviewRules rules, Clock clock) {
        this.proposals = proposals;
        this.rounds = rounds;
        this.assignments = assignments;
        this.assessments = assessments;
        this.people = people;
        this.rules = rules;
        this.clock = clock;
    }

    public Page<ReviewQueueRow> page(ReviewQueueFilter filter, Pageable pageable) {
        List<ReviewQueueRow> rows = new ArrayList<>(rows(filter));
        rows.sort(order(pageable.getSort()));
        if (pageable.isUnpaged()) {
            return new PageImpl<>(rows, pageable, rows.size());
        }
        int from = (int) Math.min(pageable.getOffset(), rows.size());
        int to = Math.min(from + pageable.getPageSize(), rows.size());
        return new PageImpl<>(rows.subList(from, to), pageable, rows.size());
    }

    public long count(ReviewQueueFilter filter) {
        return rows(filter).size();
    }

    private List<ReviewQueueRow> rows(ReviewQueueFilter filter) {
        Actor actor = rules.requireStaff();
        Optional<RoundSummary> round = rounds.openRound();
        if (round.isEmpty()) {
            return List.of();
        }
        ProposalFilter proposalFilter = ProposalFilter.ofRound(round.get().id())
                .withEcosystem(blankToNull(filter.ecosystemCode())).withText(blankToNull(filter.text()));
        List<ProposalSummary> candidates = proposals.search(proposalFilter, Pageable.unpaged()).getContent().stream()
                .filter(p -> p.status() != ProposalStatus.DRAFT)
                .filter(p -> !filter.pending() || ProposalStatus.AWAITING_REVIEW.contains(p.status()))
                .toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Long> ids = candidates.stream().map(ProposalSummary::id).toList();
        Map<Long, List<Assignment>> assigned = assignments.findByProposalIdIn(ids).stream()
                .sorted(Comparator.comparing(Assignment::getId))
                .collect(Collectors.groupingBy(Assignment::getProposalId));
        Map<Long, Long> assessed = new HashMap<>();
        for (Object[] row : assessments.countByProposal(ids)) {
            assessed.put((Long) row[0], (Long) row[1]);
        }
        Map<String, String> names = people.displayNames(assigned.values().stream().flatMap(List::stream)
                .map(Assignment::getReviewer).distinct().toList());
        LocalDate today = LocalDate.now(clock);

        List<ReviewQueueRow> rows = new ArrayList<>();
        for (ProposalSummary proposal : candidates) {
            boolean awaiting = ProposalStatus.AWAITING_REVIEW.contains(proposal.status());
            List<AssignmentDetails> all = assigned.getOrDefault(proposal.id(), List.of()).stream()
                    .map(a -> a.details(names.get(a.getReviewer()), today, awaiting)).toList();
            List<AssignmentDetails> relevant = filter.mine()
                    ? all.stream().filter(a -> a.reviewer().equals(actor.username())).toList() : all;
            if (filter.mine() && relevant.isEmpty()) {
                continue;
            }
            boolean overdue = relevant.stream().anyMatch(AssignmentDetails::overdue);
            if (filter.overdue() && !overdue) {
                continue;
            }
            LocalDate due = relevant.stream().map(AssignmentDetails::dueOn).filter(java.util.Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(null);
            rows.add(new ReviewQueueRow(proposal, all, due, overdue,
                    assessed.getOrDefault(proposal.id(), 0L).intValue()));
        }
        return rows;
    }

    private static Comparator<ReviewQueueRow> order(Sort sort) {
        Comparator<ReviewQueueRow> byTitle = Comparator.comparing(r -> r.proposal().title().toLowerCase(Locale.ROOT));
        Comparator<ReviewQueueRow> byDue = Comparator.comparing(ReviewQueueRow::dueOn,
                Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<ReviewQueueRow> result = null;
        for (Sort.Order order : sort) {
            Comparator<ReviewQueueRow> next = switch (order.getProperty()) {
                case SORT_TITLE -> byTitle;
                case SORT_STATUS -> Comparator.comparing(r -> r.proposal().status());
                case SORT_DUE -> byDue;
                case SORT_ASSESSMENTS -> Comparator.comparingInt(ReviewQueueRow::assessments);
                default -> null;
            };
            if (next != null) {
                next = order.isDescending() ? next.reversed() : next;
                result = result == null ? next : result.thenComparing(next);
            }
        }
        Comparator<ReviewQueueRow> standard = Comparator.comparing(ReviewQueueRow::overdue).reversed()
                .thenComparing(byDue).thenComparing(byTitle);
        Comparator<ReviewQueueRow> byId = Comparator.comparingLong(r -> r.proposal().id());
        return (result == null ? standard : result.thenComparing(standard)).thenComparing(byId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
