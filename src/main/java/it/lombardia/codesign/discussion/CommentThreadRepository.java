package it.lombardia.codesign.discussion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentThreadRepository extends JpaRepository<CommentThread, Long> {

    List<CommentThread> findBySubjectTypeAndSubjectIdOrderByStartedAtAscIdAsc(String subjectType, long subjectId);

    @Query("""
            select count(t) from CommentThread t
            where t.subjectType = :subjectType and t.subjectId = :subjectId and t.resolvedAt is null
              and (:staff = true or t.internal = false)
            """)
    long countOpen(String subjectType, long subjectId, boolean staff);
}
