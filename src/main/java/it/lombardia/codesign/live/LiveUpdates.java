package it.lombardia.codesign.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Lets a view refresh itself when something it shows changes elsewhere. Messages are batched per
 * browser tab: the first one waits a short moment ({@code gatherDelay}) for others, and a tab has a
 * small allowance of {@value #ALLOWANCE} quick pushes, regained at one per {@code minInterval}. A
 * lone change (or two in a row, such as someone leaving a field and saving) is pushed at once; a
 * burst of changes becomes a few refreshes a second instead of a flood.
 *
 * <p>The refresh runs under the tab's lock with the tab's signed-in user (Vaadin finds the
 * security context in the session), so it reads through the usual, secured services and shows only
 * what that user may see.
 */
@Service
public class LiveUpdates {

    static final int ALLOWANCE = 3;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LiveUpdates.class);

    private final Duration gatherDelay;
    private final Duration minInterval;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "live-updates");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<TabBatch> tabs = ConcurrentHashMap.newKeySet();
    private final Registration subscription;

    LiveUpdates(LiveBus bus, @Value("${codesign.live.gather-delay:PT0.025S}") Duration gatherDelay,
                @Value("${codesign.live.min-interval:PT0.15S}") Duration minInterval) {
        this.gatherDelay = gatherDelay;
        this.minInterval = minInterval;
        this.subscription = bus.subscribe(this::offer);
    }

    /**
     * While the component is attached, calls {@code onChange} in its tab with the messages that
     * matched {@code filter} since the last call (never an empty list).
     */
    public Registration bind(Component component, Predicate<LiveMessage> filter, Consumer<List<LiveMessage>> onChange) {
        Binding binding = new Binding(filter, onChange);
        Registration[] attached = new Registration[1];
        Registration onAttach = component.addAttachListener(e -> attached[0] = batchOf(e.getUI()).add(binding));
        Registration onDetach = component.addDetachListener(e -> {
            if (attached[0] != null) {
                attached[0].remove();
                attached[0] = null;
            }
        });
        component.getUI().ifPresent(ui -> attached[0] = batchOf(ui).add(binding));
        return () -> {
            onAttach.remove();
            onDetach.remove();
            if (attached[0] != null) {
                attached[0].remove();
            }
        };
    }

    private TabBatch batchOf(UI ui) {
        TabBatch batch = ComponentUtil.getData(ui, TabBatch.class);
        if (batch == null) {
            batch = new TabBatch(ui);
            ComponentUtil.setData(ui, TabBatch.class, batch);
            tabs.add(batch);
            TabBatch registered = batch;
            ui.addDetachListener(e -> tabs.remove(registered));
        }
        return batch;
    }

    private void offer(LiveMessage message) {
        for (TabBatch tab : tabs) {
            tab.offer(message);
        }
    }

    @PreDestroy
    void stop() {
        subscription.remove();
        timer.shutdownNow();
    }

    private record Binding(Predicate<LiveMessage> filter, Consumer<List<LiveMessage>> onChange) {
    }

    /** One browser tab's bindings and the messages waiting for its next push. */
    private final class TabBatch {

        private final UI ui;
        private final List<Binding> bindings = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final Map<Binding, List<LiveMessage>> pending = new LinkedHashMap<>();
        private boolean scheduled;
        private double allowance = ALLOWANCE;
        private long lastFlushNanos = System.nanoTime();

        TabBatch(UI ui) {
            this.ui = ui;
        }

        Registration add(Binding binding) {
            bindings.add(binding);
            return () -> bindings.remove(binding);
        }

        void offer(LiveMessage message) {
            boolean any = false;
            synchronized (this) {
                for (Binding binding : bindings) {
                    if (binding.filter().test(message)) {
                        pending.computeIfAbsent(binding, b -> new ArrayList<>()).add(message);
                        any = true;
                    }
                }
                if (!any || scheduled) {
                    return;
                }
                scheduled = true;
            }
            timer.schedule(this::flush, waitNanos(), TimeUnit.NANOSECONDS);
        }

        /** How long the next push waits: the gathering moment, or until the allowance has one push again. */
        private synchronized long waitNanos() {
            long now = System.nanoTime();
            allowance = Math.min(ALLOWANCE, allowance + (double) (now - lastFlushNanos) / minInterval.toNanos());
            lastFlushNanos = now;
            long untilAllowed = allowance >= 1 ? 0 : (long) ((1 - allowance) * minInterval.toNanos());
            return Math.max(gatherDelay.toNanos(), untilAllowed);
        }

        private void flush() {
            Map<Binding, List<LiveMessage>> batch;
            synchronized (this) {
                batch = new LinkedHashMap<>(pending);
                pending.clear();
                scheduled = false;
                long now = System.nanoTime();
                allowance = Math.min(ALLOWANCE, allowance + (double) (now - lastFlushNanos) / minInterval.toNanos()) - 1;
                lastFlushNanos = now;
            }
            VaadinSession session = ui.getSession();
            if (batch.isEmpty() || session == null || ui.isClosing()) {
                return;
            }
            ui.access(() -> batch.forEach((binding, messages) -> {
                if (bindings.contains(binding)) {
                    try {
                        binding.onChange().accept(List.copyOf(messages));
                    } catch (RuntimeException e) {
                        log.warn("A live refresh failed", e);
                    }
                }
            }));
        }
    }
}

