package it.lombardia.codesign.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerTemplateRepository extends JpaRepository<AnswerTemplate, Long> {

    List<AnswerTemplate> findAllByOrderByTitleAscIdAsc();
}
