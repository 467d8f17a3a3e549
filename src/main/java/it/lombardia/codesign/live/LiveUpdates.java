package it.lombardia.codesign.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * <p>A component that is not attached is not refreshed, but nothing it shows is missed: the
 * messages for it are kept and handed over the moment it is attached (again). Vaadin attaches the
 * content of a tab of a {@code TabSheet} only when it is first opened, and a view keeps parts it
 * shows now and then; they come into view up to date, in the same round trip.
 *
 * <p>The refresh runs under the tab's lock with the tab's signed-in user (Vaadin finds the
 * security context in the session), so it reads through the usual, secured services and shows only
 * what that user may see.
 */
@Service
public class LiveUpdates {

    static final int ALLOWANCE = 3;
    /** Messages kept for a component out of view; receivers re-read anyway, so the latest suffice. */
    static final int KEPT_WHILE_DETACHED = 100;
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
     * matched {@code filter} since the last call (never an empty list). Messages that match while it
     * is not attached (from the moment of this call when made in the tab's request, as while building
     * a view) are handed over when it is attached.
     */
    public Registration bind(Component component, Predicate<LiveMessage> filter, Consumer<List<LiveMessage>> onChange) {
        Binding binding = new Binding(filter, onChange);
        // The listeners hold the binding: it lives as long as the component, which the tab holds weakly.
        Registration onAttach = component.addAttachListener(e -> binding.attach(batchOf(e.getUI())));
        Registration onDetach = component.addDetachListener(e -> binding.detach());
        component.getUI().ifPresentOrElse(ui -> binding.attach(batchOf(ui)), () -> {
            UI current = UI.getCurrent();
            if (current != null) {
                binding.keepFor(batchOf(current));
            }
        });
        return () -> {
            onAttach.remove();
            onDetach.remove();
            binding.remove();
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

    /**
     * One component's subscription. Attached, its messages go through the tab's batch; not attached,
     * they wait in {@code missed}. The state is changed under the binding's lock: by the bus thread
     * (offer), the timer (flush, in the tab's access) and the tab's own thread (attach, detach).
     */
    private final class Binding {

        private final Predicate<LiveMessage> filter;
        private final Consumer<List<LiveMessage>> onChange;
        private final ArrayDeque<LiveMessage> missed = new ArrayDeque<>();
        private TabBatch tab;
        private boolean attached;
        private boolean removed;

        Binding(Predicate<LiveMessage> filter, Consumer<List<LiveMessage>> onChange) {
            this.filter = filter;
            this.onChange = onChange;
        }

        /** Registered with the tab but not attached yet: keeps what it would have shown. */
        synchronized void keepFor(TabBatch batch) {
            moveTo(batch);
        }

        /** Attached (in the tab's thread): hands over what it missed meanwhile, then follows live. */
        void attach(TabBatch batch) {
            List<LiveMessage> caughtUp;
            synchronized (this) {
                if (removed) {
                    return;
                }
                moveTo(batch);
                attached = true;
                caughtUp = List.copyOf(missed);
                missed.clear();
            }
            if (!caughtUp.isEmpty()) {
                deliver(caughtUp);
            }
        }

        synchronized void detach() {
            attached = false;
        }

        synchronized void remove() {
            removed = true;
            attached = false;
            missed.clear();
            if (tab != null) {
                tab.forget(this);
                tab = null;
            }
        }

        private void moveTo(TabBatch batch) {
            if (tab != batch) {
                if (tab != null) {
                    tab.forget(this);
                }
                tab = batch;
                batch.add(this);
            }
        }

        /** Whether the message is for the batch now; kept here for later when not attached. */
        synchronized boolean offer(LiveMessage message) {
            if (removed || !filter.test(message)) {
                return false;
            }
            if (attached) {
                return true;
            }
            keep(List.of(message));
            return false;
        }

        /** In the tab's access: the messages to show now, or none when it was detached meanwhile. */
        synchronized List<LiveMessage> due(List<LiveMessage> messages) {
            if (removed) {
                return List.of();
            }
            if (!attached) {
                keep(messages);
                return List.of();
            }
            return messages;
        }

        private void keep(List<LiveMessage> messages) {
            missed.addAll(messages);
            while (missed.size() > KEPT_WHILE_DETACHED) {
                missed.removeFirst();
            }
        }

        void deliver(List<LiveMessage> messages) {
            try {
                onChange.accept(List.copyOf(messages));
            } catch (RuntimeException e) {
                log.warn("A live refresh failed", e);
            }
        }
    }

    /** One browser tab's bindings and the messages waiting for its next push. */
    private final class TabBatch {

        private final UI ui;
        /** Held weakly: a component dropped for good (and its binding) must not stay for the tab's life. */
        private final List<WeakReference<Binding>> bindings = new CopyOnWriteArrayList<>();
        private final Map<Binding, List<LiveMessage>> pending = new LinkedHashMap<>();
        private boolean scheduled;
        private double allowance = ALLOWANCE;
        private long lastFlushNanos = System.nanoTime();

        TabBatch(UI ui) {
            this.ui = ui;
        }

        void add(Binding binding) {
            bindings.add(new WeakReference<>(binding));
        }

        void forget(Binding binding) {
            bindings.removeIf(ref -> ref.get() == null || ref.get() == binding);
        }

        void offer(LiveMessage message) {
            List<Binding> due = new ArrayList<>();
            boolean gone = false;
            for (WeakReference<Binding> ref : bindings) {
                Binding binding = ref.get();
                if (binding == null) {
                    gone = true;
                } else if (binding.offer(message)) {
                    due.add(binding);
                }
            }
            if (gone) {
                bindings.removeIf(ref -> ref.get() == null);
            }
            if (due.isEmpty()) {
                return;
            }
            synchronized (this) {
                due.forEach(binding -> pending.computeIfAbsent(binding, b -> new ArrayList<>()).add(message));
                if (scheduled) {
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
                List<LiveMessage> due = binding.due(messages);
                if (!due.isEmpty()) {
                    binding.deliver(due);
                }
            }));
        }
    }
}
