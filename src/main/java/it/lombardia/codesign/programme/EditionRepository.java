package it.lombardia.codesign.programme;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EditionRepository extends JpaRepository<Edition, Long> {
    List<Edition> findAllByOrderByStartYearDesc();

    java.util.Optional<Edition> findByPeriodLabel(String periodLabel);
}
