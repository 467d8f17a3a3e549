package it.lombardia.codesign.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkingGroupRepository extends JpaRepository<WorkingGroup, Long> {

    List<WorkingGroup> findAllByOrderByNameAsc();
}
