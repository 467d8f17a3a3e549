package it.lombardia.codesign.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import it.lombardia.codesign.review.AssessmentDetails;
import it.lombardia.codesign.review.ScoreAverages;
import it.lombardia.codesign.ui.Badge;
import it.lombardia.codesign.ui.Formats;
import java.text.NumberFormat;
import java.util.List;

/** Every assessment of the proposal with scores, means, comments and private notes: for region staff. */
class AssessmentList extends Div {

    AssessmentList(List<AssessmentDetails> assessments) {
        addClassName("card");
        setId("assessments");
        add(new H2(getTranslation("review.assessments.title", assessments.size())));
        if (assessments.isEmpty()) {
            add(new Paragraph(getTranslation("review.assessments.none")));
            return;
        }
        ScoreAverages means = ScoreAverages.of(assessments);
        Paragraph averages = new Paragraph(getTranslation("review.assessments.averages", number(means.alignment()),
                number(means.impact()), number(means.feasibility()), number(means.overall())));
        averages.setId("averages");
        add(averages);
        for (AssessmentDetails a : assessments) {
            Div item = new Div();
            item.addClassName("assessment");
            item.add(new H3(getTranslation("review.assessments.by", a.reviewerName(),
                    Formats.dateTime(a.updatedAt(), getLocale()))));
            Paragraph scores = new Paragraph(getTranslation("review.assessments.scores", a.alignment(), a.impact(),
                    a.feasibility()));
            scores.addClassName("scores");
            item.add(scores);
            labelled(item, "review.assessment.comment", a.comment(), "comment");
            if (a.privateNotes() != null) {
                Div notes = labelled(item, "review.assessment.private-notes", a.privateNotes(), "private-notes");
                Badge staffOnly = new Badge(getTranslation("review.staff-only"), "contrast");
                staffOnly.addClassName("staff-only");
                notes.addComponentAsFirst(staffOnly);
            }
            Div answer = labelled(item, "review.assessment.public-answer", a.publicAnswer(), "public-answer");
            if (a.publicAnswer() != null) {
                Paragraph sent = new Paragraph(a.answerSent()
                        ? getTranslation("review.assessment.answer-sent", Formats.dateTime(a.answerSentAt(), getLocale()))
                        : getTranslation("review.assessment.answer-not-sent"));
                sent.addClassName("answer-sent");
                answer.add(sent);
            }
            add(item);
        }
    }

    private Div labelled(Div parent, String labelKey, String text, String className) {
        Div block = new Div();
        block.addClassName(className);
        if (text == null) {
            return block;
        }
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("label");
        Paragraph body = new Paragraph(text);
        body.getStyle().set("white-space", "pre-line");
        block.add(label, body);
        parent.add(block);
        return block;
    }

    private String number(Double value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
