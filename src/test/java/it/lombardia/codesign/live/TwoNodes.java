package it.lombardia.codesign.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import it.lombardia.codesign.App;
import it.lombardia.codesign.KaribuTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two real instances of the app in this JVM, each with its own Spring context, embedded Tomcat on
 * its own port and its own live bus connection, sharing the PostgreSQL test database (the one the
 * postgres-tests Maven profile names). Node A starts first, so that its Flyway migrates the database
 * before B only validates it.
 *
 * <p>Typical use: act on A on another thread ({@link Node#as}), show a UI on B on the test thread
 * ({@link Node#openUi}) and wait for it ({@link #await}). Only the test thread can hold a Karibu UI.
 *
 * <p>Each context has its own Vaadin security context strategy (one ThreadLocal each) and the global
 * {@link SecurityContextHolder} strategy is the last one started: {@link Node#signIn} puts the
 * authentication into both, so method security and code reading the global holder see the user.
 */
public final class TwoNodes implements AutoCloseable {

    /** JUnit tag of the tests that need PostgreSQL and several nodes: only in the postgres-tests run. */
    public static final String TAG = "multinode";


    public final Node a;
    public final Node b;

    private TwoNodes(Node a, Node b) {
        this.a = a;
        this.b = b;
    }

    /** Starts node-a, then node-b; extra properties as {@code key=value} go to both. */
    public static TwoNodes start(String... properties) {
        TestDatabase database = TestDatabase.required();
        Node a = Node.start("node-a", database, properties);
        try {
            return new TwoNodes(a, Node.start("node-b", database, properties));
        } catch (RuntimeException | Error e) {
            a.close();
            throw e;
        }
    }

    /** Polls until the condition holds, running the UI queue of this thread's Karibu UI (if any) first. */
    public static boolean await(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (UI.getCurrent() != null) {
                MockVaadin.clientRoundtrip(false);
            }
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    @Override
    public void close() {
        try {
            b.close();
        } finally {
            a.close();
        }
    }

    /** One instance of the app. */
    public static final class Node implements AutoCloseable {

        private final String id;
        private final ConfigurableApplicationContext context;
        private boolean uiOpen;

        private Node(String id, ConfigurableApplicationContext context) {
            this.id = id;
            this.context = context;
        }

        static Node start(String id, TestDatabase database, String... extra) {
            List<String> args = new ArrayList<>(List.of(
                    "--server.port=0",
                    "--codesign.live.node-id=" + id,
                    "--codesign.live.bus=postgres",
                    "--spring.datasource.url=" + database.url(),
                    "--spring.datasource.username=" + database.username(),
                    "--spring.datasource.password=" + database.password(),
                    "--spring.datasource.hikari.maximum-pool-size=5",
                    "--spring.main.banner-mode=off"));
            for (String property : extra) {
                args.add("--" + property);
            }
            // Command-line arguments: above application-test.properties (its H2 URL) and the system properties.
            ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
                    .profiles("test", "demo")
                    .run(args.toArray(String[]::new));
            return new Node(id, context);
        }

        public String id() {
            return id;
        }

        public ConfigurableApplicationContext context() {
            return context;
        }

        public <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        public LiveBus bus() {
            return bean(LiveBus.class);
        }

        public int port() {
            return ((WebServerApplicationContext) context).getWebServer().getPort();
        }

        /** Status of a plain GET on this node's Tomcat. */
        public int httpStatus(String path) {
            try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER).build()) {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
                        .timeout(Duration.ofSeconds(20)).GET().build();
                return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /**
         * Signs the demo account in on the current thread for this node: its Vaadin-aware strategy
         * (method security) and the global holder (code that reads {@link SecurityContextHolder}).
         */
        public Authentication signIn(String username) {
            UserDetails user = bean(UserDetailsService.class).loadUserByUsername(username);
            Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            for (SecurityContextHolderStrategy strategy : strategies()) {
                strategy.getContext().setAuthentication(authentication);
            }
            return authentication;
        }

        public void signOut() {
            strategies().forEach(SecurityContextHolderStrategy::clearContext);
        }

        private Set<SecurityContextHolderStrategy> strategies() {
            Set<SecurityContextHolderStrategy> strategies = new LinkedHashSet<>();
            context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(strategies::add);
            strategies.add(SecurityContextHolder.getContextHolderStrategy());
            return strategies;
        }

        /** Runs the action on a fresh thread signed in as the user on this node (not the test thread's UI). */
        public <T> T as(String username, Supplier<T> action) {
            CompletableFuture<T> result = CompletableFuture.supplyAsync(() -> {
                signIn(username);
                try {
                    return action.get();
                } finally {
                    signOut();
                }
            }, runnable -> {
                Thread thread = new Thread(runnable, id + "-as-" + username);
                thread.setDaemon(true);
                thread.start();
            });
            try {
                return result.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (TimeoutException e) {
                throw new IllegalStateException("Acting on " + id + " took too long", e);
            }
        }

        /**
         * A Karibu UI on the test thread, served by this node's context, with the user signed in
         * (for Spring Security and Vaadin's view access checks); then {@code UI.getCurrent().navigate(...)}.
         */
        public UI openUi(String username) {
            MockVaadin.setup(UI::new, new MockSpringServlet(KaribuTest.ROUTES, context, UI::new));
            uiOpen = true;
            VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
            Authentication authentication = signIn(username);
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                    .anyMatch(g -> g.getAuthority().equals(role) || g.getAuthority().equals("ROLE_" + role)));
            return UI.getCurrent();
        }

        public void closeUi() {
            if (uiOpen) {
                uiOpen = false;
                MockVaadin.tearDown();
                signOut();
            }
        }

        @Override
        public void close() {
            try {
                closeUi();
            } finally {
                context.close();
            }
        }

        @Override
        public String toString() {
            return id + " on port " + port();
        }
    }

    /** The PostgreSQL test database: the postgres-tests profile's system properties, or CODESIGN_TEST_PG_*. */
    public record TestDatabase(String url, String username, String password) {

        /** Fails (never skips) when no PostgreSQL is named: these tests run only in the PostgreSQL run. */
        public static TestDatabase required() {
            String url = setting("spring.datasource.url", "CODESIGN_TEST_PG_URL");
            assertThat(url).as("a PostgreSQL test database (CODESIGN_TEST_PG_URL or spring.datasource.url)")
                    .startsWith("jdbc:postgresql:");
            return new TestDatabase(url, setting("spring.datasource.username", "CODESIGN_TEST_PG_USER"),
                    setting("spring.datasource.password", "CODESIGN_TEST_PG_PASSWORD"));
        }

        private static String setting(String property, String environment) {
            String value = System.getProperty(property);
            if (value == null || value.isBlank()) {
                value = System.getenv(environment);
            }
            return value == null ? "" : value;
        }
    }
}
