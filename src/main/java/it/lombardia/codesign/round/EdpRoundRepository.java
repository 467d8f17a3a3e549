package it.lombardia.codesign.round;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EdpRoundRepository extends JpaRepository<EdpRound, Long> {
    List<EdpRound> findByStatusOrderByOpensOnDesc(RoundStatus status);

    List<EdpRound> findAllByOrderByOpensOnDesc();
}
