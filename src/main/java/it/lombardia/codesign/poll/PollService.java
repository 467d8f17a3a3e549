package it.lombardia.codesign.poll;

import it.lombardia.codesign.identity.Actor;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.live.LiveBus;
import it.lombardia.codesign.shared.AuditEvent;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Polls in venues (see {@link PollVenue}). Every rule is checked here, whatever the view shows: the
 * venue says who sees, runs and votes; a poll is closed once its runner closes it or its closing
 * time passes, and then takes no ballot; each voter has one ballot per poll, replaced when they vote
 * again; hidden results are given to nobody before the poll closes; anonymous polls name nobody, not
 * in views, audit entries or live messages, and their ballots keep no voter ({@link AnonymousBallots}).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class PollService {

    static final String ENTITY = "poll";
    /** Attempts at recording a ballot that a simultaneous ballot of the same voter got in the way of. */
    private static final int VOTE_ATTEMPTS = 3;

    private final PollRepository polls;
    private final PollOptionRepository options;
    private final PollBallotRepository ballots;
    private final AnonymousBallots anonymousBallots;
    private final PollVenues venues;
    private final PollViews views;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final LiveBus live;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PollService(PollRepository polls, PollOptionRepository options, PollBallotRepository ballots,
                AnonymousBallots anonymousBallots, PollVenues venues, PollViews views, CurrentActor currentActor,
                ApplicationEventPublisher events, LiveBus live, Clock clock, PlatformTransactionManager transactions) {
        this.polls = polls;
        this.options = options;
        this.ballots = ballots;
        this.anonymousBallots = anonymousBallots;
        this.venues = venues;
        this.views = views;
        this.currentActor = currentActor;
        this.events = events;
        this.live = live;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    // ---------------------------------------------------------------------------------------------
    // Reading

    /** What the user may do with the venue's polls. */
    public PollAccess access(String venueType, long venueId) {
        Actor actor = currentActor.require();
        PollVenue venue = venues.of(venueType);
        return new PollAccess(venue.mayView(venueId, actor), venue.mayRun(venueId, actor), venue.mayVote(venueId, actor));
    }

    /** The venue's polls, newest first; refused to whoever may not see the venue's polls. */
    public List<PollView> polls(String venueType, long venueId) {
        return polls(venueType, venueId, null);
    }

    /** The polls about one thing in the venue ({@code anchorId}, such as an agenda item), or all when null. */
    public List<PollView> polls(String venueType, long venueId, Long anchorId) {
        Actor actor = currentActor.require();
        PollVenue venue = venues.of(venueType);
        requireView(venue, venueId, actor);
        List<Poll> found = anchorId == null
                ? polls.findByVenueTypeAndVenueIdOrderByOpenedAtDescIdDesc(venueType, venueId)
                : polls.findByVenueTypeAndVenueIdAndAnchorIdOrderByOpenedAtDescIdDesc(venueType, venueId, anchorId);
        return views.views(found, venue, actor, clock.instant());
    }

    /** One poll, if the user may see it. */
    public Optional<PollView> poll(long pollId) {
        Actor actor = currentActor.require();
        return polls.findById(pollId).flatMap(p -> {
            PollVenue venue = venues.of(p.getVenueType());
            if (!venue.mayView(p.getVenueId(), actor)) {
                return Optional.empty();
            }
            return Optional.of(views.views(List.of(p), venue, actor, clock.instant()).getFirst());
        });
    }

    // ---------------------------------------------------------------------------------------------
    // Changes

    /** Opens a poll; only for the venue's runners. Refuses a draft that is not a valid poll ({@link PollInputException}). */
    @Transactional
    public long open(PollDraft draft) {
        Actor actor = currentActor.require();
        PollVenue venue = venues.of(draft.venueType());
        if (!venue.mayRun(draft.venueId(), actor)) {
            throw new NotPermittedException("poll.error.not-runner");
        }
        Instant now = clock.instant();
        PollRules.Checked checked = PollRules.check(draft, now);
        Poll poll = polls.save(new Poll(draft, checked.question(), actor.username(), now));
        for (int i = 0; i < checked.options().size(); i++) {
            PollOptionDraft option = checked.options().get(i);
            options.save(new PollOption(poll.getId(), i + 1, option.label(), option.proposalId()));
        }
        polls.flush();
        events.publishEvent(new AuditEvent(actor.username(), ENTITY, String.valueOf(poll.getId()), "open", null,
                new OpenedAudit(poll.getVenueType(), poll.getVenueId(), poll.getAnchorId(), poll.getQuestion(),
                        poll.getKind(), checked.options().stream().map(PollOptionDraft::label).toList(),
                        poll.getMaxChoices(), poll.getDots(), poll.isAnonymous(), poll.isResultsLive(), poll.getClosesAt())));
        live.publish(PollChanges.of(poll, "open"));
        return poll.getId();
    }

    /**
     * Records the user's ballot, replacing the one they cast before. Refused when the poll is closed
     * ({@code poll.error.closed}), to whoever may not vote in the venue, and for a ballot that does not
     * answer the poll; nothing is saved then. Two ballots of the same voter at once leave one.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void vote(long pollId, Ballot ballot) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> record(pollId, ballot));
                return;
            } catch (DataIntegrityViolationException | TransientDataAccessException
                     | CannotCreateTransactionException e) {
                // Another ballot of the same voter came first (this one replaces it on the next attempt),
                // or many votes at once kept this one waiting too long: the voter's choice stays on their
                // page, and they are told to send it again.
                if (attempt >= VOTE_ATTEMPTS) {
                    throw new TranslatableException("poll.error.busy");
                }
            }
        }
    }

    private void record(long pollId, Ballot ballot) {
        Actor actor = currentActor.require();
        Poll poll = polls.findForVote(pollId).orElseThrow(() -> new TranslatableException("poll.error.not-found"));
        PollVenue venue = venues.of(poll.getVenueType());
        if (!venue.mayView(poll.getVenueId(), actor)) {
            throw new TranslatableException("poll.error.not-found");
        }
        if (!venue.mayVote(poll.getVenueId(), actor)) {
            throw new NotPermittedException("poll.error.not-voter");
        }
        Instant now = clock.instant();
        if (poll.isClosed(now)) {
            throw new TranslatableException("poll.error.closed");
        }
        List<PollOption> pollOptions = options.findByPollIdOrderByPosition(pollId);
        PollRules.check(poll, pollOptions, ballot);
        // An anonymous ballot keeps neither the voter nor when it was cast: see AnonymousBallots.
        String voter = AnonymousBallots.voter(poll, actor);
        if (voter == null) {
            throw new TranslatableException("poll.error.closed");
        }
        Instant castAt = poll.isAnonymous() ? null : now;
        Optional<PollBallot> existing = ballots.findForChange(pollId, voter);
        Ballot before = existing.map(PollBallot::ballot).orElse(null);
        if (existing.isPresent()) {
            existing.get().change(ballot, castAt);
            ballots.flush();
        } else {
            ballots.saveAndFlush(new PollBallot(pollId, voter, ballot, castAt));
        }
        events.publishEvent(new AuditEvent(actor.username(), ENTITY, String.valueOf(pollId),
                before == null ? "vote" : "change-vote", audit(poll, pollOptions, before), audit(poll, pollOptions, ballot)));
        live.publish(PollChanges.of(poll, "vote"));
    }

    /** What the audit log keeps of a ballot: its choices by label, none in an anonymous poll. */
    private static BallotAudit audit(Poll poll, List<PollOption> pollOptions, Ballot ballot) {
        if (ballot == null) {
            return null;
        }
        if (poll.isAnonymous()) {
            return new BallotAudit(true, null);
        }
        Map<String, Integer> choices = new TreeMap<>();
        pollOptions.stream().filter(o -> ballot.weight(o.getId()) > 0)
                .forEach(o -> choices.put(o.getLabel(), ballot.weight(o.getId())));
        return new BallotAudit(false, choices);
    }

    /**
     * Closes the poll; only for the venue's runners. Closing a closed poll (also one whose closing
     * time has passed) changes nothing.
     */
    @Transactional
    public void close(long pollId) {
        Actor actor = currentActor.require();
        Poll poll = polls.findForClose(pollId).orElseThrow(() -> new TranslatableException("poll.error.not-found"));
        PollVenue venue = venues.of(poll.getVenueType());
        if (!venue.mayRun(poll.getVenueId(), actor)) {
            throw new NotPermittedException("poll.error.not-runner");
        }
        Instant now = clock.instant();
        if (poll.isClosed(now)) {
            return;
        }
        poll.close(actor.username(), now);
        anonymousBallots.seal(poll);
        polls.flush();
        events.publishEvent(new AuditEvent(actor.username(), ENTITY, String.valueOf(pollId), "close", null,
                new ClosedAudit(now, ballots.countByPollId(pollId))));
        live.publish(PollChanges.of(poll, "close"));
    }

    private static void requireView(PollVenue venue, long venueId, Actor actor) {
        if (!venue.mayView(venueId, actor)) {
            throw new NotPermittedException("poll.error.not-viewer");
        }
    }

    record OpenedAudit(String venueType, long venueId, Long anchorId, String question, PollKind kind,
                       List<String> options, Integer maxChoices, Integer dots, boolean anonymous, boolean resultsLive,
                       Instant closesAt) {
    }

    record BallotAudit(boolean anonymous, Map<String, Integer> choices) {
    }

    record ClosedAudit(Instant closedAt, long ballots) {
    }
}
