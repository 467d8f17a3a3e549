package it.lombardia.codesign.round;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EdpRoundRepository extends JpaRepository<EdpRound, Long> {

    List<EdpRound> findAllByOrderByOpensOnDesc();

    List<EdpRound> findByPhaseNot(RoundPhase phase);

    boolean existsByEditionId(long editionId);

    java.util.Optional<EdpRound> findByEditionId(long editionId);
}
