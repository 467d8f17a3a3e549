package it.lombardia.codesign.meeting;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesRepository extends JpaRepository<Minutes, Long> {

    List<Minutes> findByItemIdIn(Collection<Long> itemIds);
}
