package it.lombardia.codesign.programme;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MacroThemeRepository extends JpaRepository<MacroTheme, Long> {
    List<MacroTheme> findByEditionIdOrderByDisplayOrder(Long editionId);

    java.util.Optional<MacroTheme> findByEditionIdAndDerivedFromId(Long editionId, Long derivedFromId);
}
