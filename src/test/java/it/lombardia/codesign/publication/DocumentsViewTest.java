package it.lombardia.codesign.publication;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import it.lombardia.codesign.KaribuTest;
import it.lombardia.codesign.programme.ProgrammeService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A reviewer makes documents on the Documents page and gets the download links. */
class DocumentsViewTest extends KaribuTest {

    @Autowired
    ProgrammeService programme;

    private static void awaitDownloads(int count) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (_find(Anchor.class, s -> s.withClasses("documents-download")).size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No download link after 30 seconds");
            }
            MockVaadin.runUIQueue();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void generatingTheProgrammeShowsTheDownloadLink() {
        signIn("reviewer");
        long editionId = programme.editions().stream().filter(e -> e.periodLabel().equals("2024-2025")).findFirst()
                .orElseThrow().id();
        UI.getCurrent().navigate("documents", com.vaadin.flow.router.QueryParameters.of("edition", String.valueOf(editionId)));

        assertThat(_find(H2.class).stream().map(H2::getText)).containsExactly("Work Programme", "Round report");
        @SuppressWarnings("unchecked")
        List<ComboBox<?>> combos = (List<ComboBox<?>>) (List<?>) _find(ComboBox.class);
        assertThat(combos.getFirst().getValue()).hasFieldOrPropertyWithValue("id", editionId);

        _click(_get(Button.class, s -> s.withClasses("documents-generate-edition")));
        awaitLive(() -> true);
        awaitDownloads(1);

        Anchor link = _get(Anchor.class, s -> s.withClasses("documents-download"));
        assertThat(link.getHref()).startsWith("exports/");
        assertThat(link.getElement().getAttribute("download")).isEqualTo("work-programme-2024-2025-en.pdf");
        assertThat(link.getElement().hasAttribute("router-ignore")).isTrue();
        assertThat(link.getText()).startsWith("Download work-programme-2024-2025-en.pdf (");
    }

    @Test
    void theRoundReportIsMadeInItalianToo() {
        useItalian();
        signIn("reviewer");
        UI.getCurrent().navigate("documents");

        assertThat(_find(H2.class).stream().map(H2::getText)).containsExactly("Programma di Lavoro", "Rapporto del round");
        _click(_get(Button.class, s -> s.withClasses("documents-generate-round")));
        awaitDownloads(1);

        assertThat(_get(Anchor.class, s -> s.withClasses("documents-download")).getText()).startsWith("Scarica rapporto-round-");
    }
}
