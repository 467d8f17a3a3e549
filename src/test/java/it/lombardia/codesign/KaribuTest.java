package it.lombardia.codesign;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Browserless UI tests with the real Spring context, security and demo data. Views are opened
 * with {@code UI.getCurrent().navigate(...)} after {@link #signIn(String)}.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
public abstract class KaribuTest {

    /** Every view of the app, for a mocked Vaadin servlet (also the two-instance test's). */
    public static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected UserDetailsService userDetailsService;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SignIn.out();
    }

    /** Karibu's own discovery skips package-private views, and our views are package-private. */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        Routes routes = new Routes().autoDiscoverViews("it.lombardia.codesign");
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("it.lombardia.codesign")) {
            routes.getRoutes().add((Class<? extends Component>) ClassUtils.resolveClassName(
                    candidate.getBeanClassName(), KaribuTest.class.getClassLoader()));
        }
        return routes;
    }

    /** Signs the demo account in for Spring Security and for Vaadin's view access checks. */
    protected void signIn(String username) {
        Authentication authentication = SignIn.as(userDetailsService, username);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(role) || a.getAuthority().equals("ROLE_" + role)));
    }

    /**
     * Does something as another user, on another thread (as a request of theirs would), and waits
     * for it: the change then reaches this test's UI the way it reaches any open browser tab.
     */
    protected void asUser(String username, Runnable action) {
        Throwable[] failure = new Throwable[1];
        Thread other = new Thread(() -> {
            try {
                SignIn.as(userDetailsService, username);
                action.run();
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                SignIn.out();
            }
        }, "as-" + username);
        other.start();
        try {
            other.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failure[0] != null) {
            throw new AssertionError("The action as " + username + " failed", failure[0]);
        }
    }

    /**
     * Waits (up to three seconds) for live updates to reach this UI: pushes are batched on a timer
     * and queued for the UI, which a browser would receive and Karibu runs here.
     */
    protected static void awaitLive(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(3);
        while (true) {
            com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The live update did not arrive within three seconds");
            }
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    protected void useItalian() {
        VaadinSession.getCurrent().setLocale(Locale.ITALIAN);
    }
}
