package it.lombardia.codesign.round;

import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.programme.ProgrammeService;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class RoundService {

    private final EdpRoundRepository rounds;
    private final ProgrammeService programme;

    RoundService(EdpRoundRepository rounds, ProgrammeService programme) {
        this.rounds = rounds;
        this.programme = programme;
    }

    /** The round open now, if any (the most recently opened when several are). */
    public Optional<RoundSummary> openRound() {
        return rounds.findByStatusOrderByOpensOnDesc(RoundStatus.OPEN).stream().findFirst().map(this::summary);
    }

    public Optional<RoundSummary> round(long id) {
        return rounds.findById(id).map(this::summary);
    }

    public List<RoundSummary> rounds() {
        return rounds.findAllByOrderByOpensOnDesc().stream().map(this::summary).toList();
    }

    private RoundSummary summary(EdpRound round) {
        String period = programme.edition(round.getEditionId()).map(EditionSummary::periodLabel).orElse("");
        return round.summary(period);
    }
}
