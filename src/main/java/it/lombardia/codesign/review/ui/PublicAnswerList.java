package it.lombardia.codesign.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import it.lombardia.codesign.review.PublicAnswer;
import it.lombardia.codesign.ui.Formats;
import java.util.List;

/** The reviewers' public answers to the proposing clusters: what everybody outside region staff reads. */
class PublicAnswerList extends Div {

    PublicAnswerList(List<PublicAnswer> answers) {
        addClassName("card");
        setId("public-answers");
        add(new H2(getTranslation("review.answers.title")));
        if (answers.isEmpty()) {
            add(new Paragraph(getTranslation("review.answers.none")));
            return;
        }
        for (PublicAnswer answer : answers) {
            Div item = new Div();
            item.addClassName("public-answer");
            item.add(new H3(getTranslation("review.answers.by", answer.reviewerName(),
                    Formats.dateTime(answer.answeredAt(), getLocale()))));
            Paragraph text = new Paragraph(answer.answer());
            text.getStyle().set("white-space", "pre-line");
            item.add(text);
            add(item);
        }
    }
}
