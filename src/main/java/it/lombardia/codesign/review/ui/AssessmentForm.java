package it.lombardia.codesign.review.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import it.lombardia.codesign.review.AnswerTemplateDetails;
import it.lombardia.codesign.review.AnswerTemplates;
import it.lombardia.codesign.review.AssessmentDetails;
import it.lombardia.codesign.review.AssessmentDraft;
import it.lombardia.codesign.review.Assessments;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Notifications;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The signed-in reviewer's own assessment: three scores from 1 to 5, a comment and private notes for
 * region staff, and the public answer, which an answer template can fill. Field ids are the names
 * of {@link AssessmentDraft}'s components.
 */
class AssessmentForm extends Div {

    private final Assessments assessments;
    private final long proposalId;
    private final Runnable onSaved;
    final RadioButtonGroup<Integer> alignment = new RadioButtonGroup<>();
    final RadioButtonGroup<Integer> impact = new RadioButtonGroup<>();
    final RadioButtonGroup<Integer> feasibility = new RadioButtonGroup<>();
    final TextArea comment = new TextArea();
    final TextArea privateNotes = new TextArea();
    final TextArea publicAnswer = new TextArea();
    final Select<AnswerTemplateDetails> template = new Select<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private Long version;

    AssessmentForm(Assessments assessments, AnswerTemplates templates, long proposalId, Optional<String> whyNot,
                   Runnable onSaved) {
        this.assessments = assessments;
        this.proposalId = proposalId;
        this.onSaved = onSaved;
        addClassName("card");
        setId("my-assessment");
        add(new H2(getTranslation("review.assessment.mine")));
        whyNot.ifPresent(reason -> {
            Paragraph notice = new Paragraph(getTranslation(reason));
            notice.addClassName("read-only-notice");
            add(notice);
        });

        score(alignment, "alignment", "review.score.alignment", "review.score.alignment-help");
        score(impact, "impact", "review.score.impact", "review.score.impact-help");
        score(feasibility, "feasibility", "review.score.feasibility", "review.score.feasibility-help");
        text(comment, "comment", "review.assessment.comment", "review.assessment.comment-help");
        text(privateNotes, "privateNotes", "review.assessment.private-notes", "review.assessment.private-help");
        text(publicAnswer, "publicAnswer", "review.assessment.public-answer", "review.assessment.public-help");
        template.setLabel(getTranslation("review.assessment.insert-template"));
        template.setId("template");
        template.setPlaceholder(getTranslation("review.assessment.choose-template"));
        template.setHelperText(getTranslation("review.assessment.template-help"));
        template.setItemLabelGenerator(t -> t == null ? "" : t.title());
        List<AnswerTemplateDetails> available = whyNot.isEmpty() ? templates.list() : List.of();
        template.setItems(available);
        template.setVisible(!available.isEmpty());
        template.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                insert(e.getValue());
                template.clear();
            }
        });

        FormLayout form = new FormLayout(alignment, impact, feasibility, comment, privateNotes, template, publicAnswer);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button save = new Button(getTranslation("review.assessment.save"), e -> save());
        save.setId("save-assessment");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(whyNot.isEmpty());
        add(save);

        Optional<AssessmentDetails> mine = assessments.mine(proposalId);
        mine.ifPresent(this::read);
        boolean readOnly = whyNot.isPresent();
        for (HasValidation field : fields.values()) {
            ((com.vaadin.flow.component.HasValue<?, ?>) field).setReadOnly(readOnly);
        }
    }

    private void score(RadioButtonGroup<Integer> field, String name, String labelKey, String helpKey) {
        field.setLabel(getTranslation(labelKey));
        field.setHelperText(getTranslation(helpKey));
        field.setId(name);
        field.setRequiredIndicatorVisible(true);
        field.setItems(IntStream.rangeClosed(Assessments.SCORE_MIN, Assessments.SCORE_MAX).boxed().toList());
        field.setItemLabelGenerator(n -> getTranslation("review.score." + n));
        field.addClassName("score");
        fields.put(name, field);
    }

    private void text(TextArea field, String name, String labelKey, String helpKey) {
        field.setLabel(getTranslation(labelKey));
        field.setHelperText(getTranslation(helpKey));
        field.setId(name);
        field.setMinHeight("6em");
        fields.put(name, field);
    }

    private void read(AssessmentDetails a) {
        version = a.version();
        alignment.setValue(a.alignment());
        impact.setValue(a.impact());
        feasibility.setValue(a.feasibility());
        comment.setValue(nullToEmpty(a.comment()));
        privateNotes.setValue(nullToEmpty(a.privateNotes()));
        publicAnswer.setValue(nullToEmpty(a.publicAnswer()));
    }

    /** A template fills an empty answer, or is added after what is already written. */
    private void insert(AnswerTemplateDetails chosen) {
        String written = publicAnswer.getValue().strip();
        publicAnswer.setValue(written.isEmpty() ? chosen.body() : written + "\n\n" + chosen.body());
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        AssessmentDraft draft = new AssessmentDraft(alignment.getValue(), impact.getValue(), feasibility.getValue(),
                comment.getValue(), privateNotes.getValue(), publicAnswer.getValue());
        Map<String, String> errors = Assessments.check(draft);
        if (!errors.isEmpty()) {
            showErrors(errors);
            return;
        }
        try {
            AssessmentDetails saved = assessments.save(proposalId, version, draft);
            version = saved.version();
            Notifications.success(getTranslation("review.assessment.saved"));
            onSaved.run();
        } catch (InvalidInputException e) {
            showErrors(e.fieldErrors());
        } catch (TranslatableException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void showErrors(Map<String, String> errors) {
        errors.forEach((name, key) -> {
            HasValidation field = fields.get(name);
            if (field != null) {
                field.setErrorMessage(getTranslation(key, Assessments.TEXT_MAX));
                field.setInvalid(true);
            }
        });
        Notifications.error(getTranslation("form.fix-fields"));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
