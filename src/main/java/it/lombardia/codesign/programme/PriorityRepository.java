package it.lombardia.codesign.programme;

import org.springframework.data.jpa.repository.JpaRepository;

interface PriorityRepository extends JpaRepository<Priority, Long> {

    java.util.List<Priority> findByMacroThemeEditionId(Long editionId);

    java.util.Optional<Priority> findByMacroThemeEditionIdAndDerivedFromId(Long editionId, Long derivedFromId);
}
