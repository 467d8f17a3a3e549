package it.lombardia.codesign;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A second person's browser tab in a Karibu test: its own session and UI, signed in as its own user.
 * Karibu keeps one mocked UI per thread, so this one lives on a thread of its own and everything
 * done in it goes through {@link #run}; the test thread keeps its own UI meanwhile.
 */
public final class OtherBrowser implements AutoCloseable {

    private final ExecutorService thread;

    private OtherBrowser(String username) {
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "other-browser-" + username);
            t.setDaemon(true);
            return t;
        });
    }

    /** Opens a tab signed in as the demo user, in English. */
    public static OtherBrowser signedIn(ApplicationContext context, UserDetailsService users, String username) {
        OtherBrowser browser = new OtherBrowser(username);
        browser.run(() -> {
            MockVaadin.setup(UI::new, new MockSpringServlet(KaribuTest.ROUTES, context, UI::new));
            VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
            Authentication authentication = SignIn.as(users, username);
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals(role) || a.getAuthority().equals("ROLE_" + role)));
        });
        return browser;
    }

    /** Does something in this tab (as a request of its browser would) and waits for it. */
    public void run(Runnable action) {
        get(() -> {
            action.run();
            return null;
        });
    }

    public <T> T get(Supplier<T> action) {
        try {
            return thread.submit(action::get).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("The other browser failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new AssertionError("The other browser took too long", e);
        }
    }

    @Override
    public void close() {
        try {
            run(() -> {
                MockVaadin.tearDown();
                SignIn.out();
            });
        } finally {
            thread.shutdownNow();
        }
    }
}
