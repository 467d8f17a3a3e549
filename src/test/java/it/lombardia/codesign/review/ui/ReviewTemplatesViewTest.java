package it.lombardia.codesign.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.review.AnswerTemplateDetails;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

/** Region staff keep the answer templates: list, write, change, delete after confirming. */
@Transactional
class ReviewTemplatesViewTest extends KaribuTest {

    @Test
    void reviewerSeesTheDemoTemplates() {
        signIn("reviewer");
        UI.getCurrent().navigate("reviews/templates");

        assertThat(_get(H1.class).getText()).isEqualTo("Answer templates");
        assertThat(titles()).contains("Approved as proposed", "Out of S3 scope", "Overlaps an existing priority",
                "Please quantify the territorial impact");
    }

    @Test
    void adminWritesChangesAndDeletesATemplate() {
        signIn("admin");
        UI.getCurrent().navigate("reviews/templates");

        _click(button("new-template"));
        _setValue(_get(TextField.class, s -> s.withId("title")), "Missing co-proposers");
        _setValue(_get(TextArea.class, s -> s.withId("body")), "Please involve the clusters of the ecosystem.");
        _click(button("save-template"));

        NotificationsKt.expectNotifications("Template saved.");
        assertThat(titles()).contains("Missing co-proposers");

        _click(rowButton("Missing co-proposers", "edit-template"));
        assertThat(_get(TextArea.class, s -> s.withId("body")).getValue())
                .isEqualTo("Please involve the clusters of the ecosystem.");
        _setValue(_get(TextField.class, s -> s.withId("title")), "Missing co-proposing clusters");
        _click(button("save-template"));

        assertThat(titles()).contains("Missing co-proposing clusters").doesNotContain("Missing co-proposers");

        NotificationsKt.clearNotifications();
        _click(rowButton("Missing co-proposing clusters", "delete-template"));
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Delete the template?");
        _click(button("confirm-delete"));

        NotificationsKt.expectNotifications("Template deleted.");
        assertThat(titles()).doesNotContain("Missing co-proposing clusters");
    }

    @Test
    void titleAndTextAreRequiredAtTheirFields() {
        signIn("reviewer");
        UI.getCurrent().navigate("reviews/templates");
        int before = titles().size();

        _click(button("new-template"));
        _setValue(_get(TextField.class, s -> s.withId("title")), " ");
        _click(button("save-template"));

        NotificationsKt.expectNotifications("Please correct the highlighted fields.");
        TextField title = _get(TextField.class, s -> s.withId("title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("This field is required.");
        assertThat(_get(TextArea.class, s -> s.withId("body")).getErrorMessage()).isEqualTo("This field is required.");
        assertThat(titles()).hasSize(before);
    }

    @Test
    void aTitleOver200CharactersIsRefusedAtTheField() {
        signIn("reviewer");
        UI.getCurrent().navigate("reviews/templates");

        _click(button("new-template"));
        _setValue(_get(TextField.class, s -> s.withId("title")), "T".repeat(201));
        _setValue(_get(TextArea.class, s -> s.withId("body")), "Text.");
        _click(button("save-template"));

        assertThat(_get(TextField.class, s -> s.withId("title")).getErrorMessage()).isEqualTo("At most 200 characters.");
        assertThat(titles()).doesNotContain("T".repeat(201));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AnswerTemplateDetails> grid() {
        return _get(Grid.class);
    }

    private static List<String> titles() {
        Grid<AnswerTemplateDetails> grid = grid();
        return GridKt._fetch(grid, 0, GridKt._size(grid)).stream().map(AnswerTemplateDetails::title).toList();
    }

    private static Button rowButton(String title, String className) {
        Grid<AnswerTemplateDetails> grid = grid();
        Component cell = GridKt._getCellComponent(grid, titles().indexOf(title), "actions");
        return _get(cell, Button.class, s -> s.withClasses(className));
    }

    private static Button button(String id) {
        return _get(Button.class, s -> s.withId(id));
    }
}
