package it.lombardia.codesign.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Batching and filtering of live refreshes for one browser tab, with a mocked Vaadin UI. */
class LiveUpdatesTest {

    private final LocalLiveBus bus = new LocalLiveBus("test-node");
    private final LiveUpdates live = new LiveUpdates(bus, Duration.ofMillis(50), Duration.ofMillis(250));
    private final List<List<LiveMessage>> refreshes = new ArrayList<>();
    private final Div view = new Div();

    @BeforeEach
    void openTab() {
        MockVaadin.setup();
        UI.getCurrent().add(view);
        live.bind(view, m -> m.is("proposal") && m.has("id", 7), refreshes::add);
    }

    @AfterEach
    void closeTab() {
        live.stop();
        MockVaadin.tearDown();
    }

    @Test
    void aBurstOfChangesBecomesOneRefreshWithAllOfThem() throws Exception {
        Thread burst = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                bus.publish(LiveMessage.of("proposal", "id", "7", "n", String.valueOf(i)));
            }
        });
        burst.start();
        burst.join();

        waitForRefreshes(1);
        Thread.sleep(400);
        MockVaadin.runUIQueue();

        assertThat(refreshes).hasSize(1);
        assertThat(refreshes.getFirst()).hasSize(200);
        assertThat(refreshes.getFirst().getLast().get("n")).contains("199");
    }

    @Test
    void refreshesOfOneTabAreSpacedOut() throws Exception {
        List<Long> times = new ArrayList<>();
        live.bind(view, m -> m.is("proposal"), messages -> times.add(System.nanoTime()));
        long end = System.nanoTime() + Duration.ofMillis(1200).toNanos();
        while (System.nanoTime() < end) {
            bus.publish(LiveMessage.of("proposal", "id", "8"));
            Thread.sleep(10);
            MockVaadin.runUIQueue();
        }
        Thread.sleep(400);
        MockVaadin.runUIQueue();

        // about 120 changes in 1.2 s: a few quick pushes, then at most one per 250 ms, never one per change
        assertThat(times).hasSizeBetween(3, LiveUpdates.ALLOWANCE + 6);
        for (int i = LiveUpdates.ALLOWANCE + 1; i < times.size(); i++) {
            assertThat(Duration.ofNanos(times.get(i) - times.get(i - 1))).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        }
    }

    @Test
    void onlyMatchingMessagesReachTheView() throws Exception {
        bus.publish(LiveMessage.of("proposal", "id", "8"));
        bus.publish(LiveMessage.of("comment", "id", "7"));
        Thread.sleep(400);
        MockVaadin.runUIQueue();
        assertThat(refreshes).isEmpty();

        bus.publish(LiveMessage.of("proposal", "id", "7"));
        waitForRefreshes(1);
        assertThat(refreshes.getFirst()).extracting(LiveMessage::data)
                .containsExactly(java.util.Map.of("id", "7"));
    }

    @Test
    void aDetachedViewIsNotRefreshedButCatchesUpWhenItIsBack() throws Exception {
        UI.getCurrent().remove(view);
        bus.publish(LiveMessage.of("proposal", "id", "7", "n", "1"));
        bus.publish(LiveMessage.of("proposal", "id", "8"));
        Thread.sleep(400);
        MockVaadin.runUIQueue();
        assertThat(refreshes).isEmpty();

        UI.getCurrent().add(view);
        // at once, in the round trip that shows it again
        assertThat(refreshes).hasSize(1);
        assertThat(refreshes.getFirst()).extracting(m -> m.get("n").orElse("")).containsExactly("1");

        bus.publish(LiveMessage.of("proposal", "id", "7", "n", "2"));
        waitForRefreshes(2);
        assertThat(refreshes.get(1)).extracting(m -> m.get("n").orElse("")).containsExactly("2");
    }

    @Test
    void aPartBuiltForLaterCatchesUpWhenItIsFirstShown() throws Exception {
        // as the content of a tab not opened yet: bound while the view is built, attached when opened
        Div later = new Div();
        List<List<LiveMessage>> laterRefreshes = new ArrayList<>();
        live.bind(later, m -> m.is("comment"), laterRefreshes::add);
        bus.publish(LiveMessage.of("comment", "thread", "3"));
        Thread.sleep(200);
        MockVaadin.runUIQueue();
        assertThat(laterRefreshes).isEmpty();

        UI.getCurrent().add(later);

        assertThat(laterRefreshes).hasSize(1);
        assertThat(laterRefreshes.getFirst()).extracting(m -> m.get("thread").orElse("")).containsExactly("3");
    }

    @Test
    void aRemovedBindingGetsNothingEvenWhenAttachedAgain() throws Exception {
        Div part = new Div();
        List<List<LiveMessage>> partRefreshes = new ArrayList<>();
        com.vaadin.flow.shared.Registration binding = live.bind(part, m -> m.is("comment"), partRefreshes::add);
        bus.publish(LiveMessage.of("comment", "thread", "3"));
        binding.remove();
        UI.getCurrent().add(part);
        bus.publish(LiveMessage.of("comment", "thread", "4"));
        Thread.sleep(300);
        MockVaadin.runUIQueue();
        assertThat(partRefreshes).isEmpty();
    }

    private void waitForRefreshes(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (refreshes.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
            MockVaadin.runUIQueue();
        }
        assertThat(refreshes).hasSizeGreaterThanOrEqualTo(count);
    }
}
