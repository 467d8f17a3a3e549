package it.lombardia.codesign.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * When a browser test fails, keeps what a person would want to see: a screenshot of every page the
 * test had open and its browser console, in {@code target/browser-artifacts/<test>-<n>.png|.log}.
 * Runs before {@code @AfterEach}, while the pages are still open.
 */
class BrowserArtifacts implements AfterTestExecutionCallback {

    static final Path DIRECTORY = Path.of("target", "browser-artifacts");

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        BrowserTest test = (BrowserTest) context.getRequiredTestInstance();
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        try {
            Files.createDirectories(DIRECTORY);
            int n = 1;
            for (Map.Entry<Page, List<String>> entry : test.consoles.entrySet()) {
                Page page = entry.getKey();
                if (!page.isClosed()) {
                    page.screenshot(new Page.ScreenshotOptions().setPath(DIRECTORY.resolve(name + "-" + n + ".png"))
                            .setFullPage(true));
                }
                Files.writeString(DIRECTORY.resolve(name + "-" + n + ".log"),
                        (page.isClosed() ? "" : "URL: " + page.url() + "\n") + String.join("\n", entry.getValue()) + "\n");
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // a broken page must not hide the test's own failure
            System.err.println("Could not keep browser artefacts of " + name + ": " + e);
        }
    }
}
