package it.lombardia.codesign.discussion;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByThreadIdInOrderByCreatedAtAscIdAsc(Collection<Long> threadIds);

    List<Comment> findByThreadIdOrderByCreatedAtAscIdAsc(long threadId);
}
