package it.lombardia.codesign.programme;

import org.springframework.data.jpa.repository.JpaRepository;

interface PriorityRepository extends JpaRepository<Priority, Long> {

    java.util.Optional<Priority> findByMacroThemeEditionIdAndDerivedFromId(Long editionId, Long derivedFromId);
}
