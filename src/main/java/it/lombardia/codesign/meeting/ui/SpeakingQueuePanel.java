package it.lombardia.codesign.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import it.lombardia.codesign.meeting.MeetingDetails;
import it.lombardia.codesign.meeting.SpeakingQueue;
import it.lombardia.codesign.meeting.MeetingStatus;
import it.lombardia.codesign.meeting.SpeakerView;
import it.lombardia.codesign.ui.Badge;
import java.util.List;
import java.util.function.Consumer;

/**
 * Who has the floor and who asked for it: participants raise and lower their hand, the chair gives
 * the floor and ends turns, the speaker may end their own turn.
 */
class SpeakingQueuePanel extends Aside {

    private final SpeakingQueue speakingQueue;
    private final Consumer<Runnable> act;
    private final Paragraph floor = new Paragraph();
    private final Button hand = new Button();
    private final Button endTurn = new Button();
    private final OrderedList list = new OrderedList();
    private final Paragraph empty = new Paragraph();
    private long meetingId;
    private boolean handRaised;

    /** {@code act} runs a room action and shows its outcome (or why it was refused). */
    SpeakingQueuePanel(SpeakingQueue speakingQueue, Consumer<Runnable> act) {
        this.speakingQueue = speakingQueue;
        this.act = act;
        addClassName("room-queue");
        setId("speaking-queue");
        floor.addClassName("room-floor");
        floor.setId("room-floor");
        floor.getElement().setAttribute("role", "status");
        hand.setId("raise-hand");
        hand.addClickListener(e -> act.accept(() -> {
            if (handRaised) {
                speakingQueue.lowerHand(meetingId);
            } else {
                speakingQueue.raiseHand(meetingId);
            }
        }));
        endTurn.setText(getTranslation("room.queue.end-turn"));
        endTurn.setId("end-turn");
        endTurn.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        endTurn.addClickListener(e -> act.accept(() -> speakingQueue.endTurn(meetingId)));
        list.addClassName("room-queue-list");
        empty.setText(getTranslation("room.queue.empty"));
        empty.addClassName("room-queue-empty");
        Div actions = new Div(hand, endTurn);
        actions.addClassName("room-queue-actions");
        add(new H2(getTranslation("room.queue.title")), floor, actions, list, empty);
    }

    void show(MeetingDetails meeting, List<SpeakerView> queue, String me) {
        meetingId = meeting.id();
        boolean live = meeting.status() == MeetingStatus.LIVE;
        boolean chair = meeting.access().chair();
        setVisible(live);
        String speaker = queue.stream().filter(SpeakerView::speaking).map(SpeakerView::displayName).findFirst()
                .orElse(null);
        floor.setText(speaker == null ? getTranslation("room.queue.nobody-speaking")
                : getTranslation("room.queue.has-floor", speaker));
        handRaised = queue.stream().anyMatch(s -> s.username().equalsIgnoreCase(me));
        hand.setVisible(live && meeting.access().participate());
        hand.setText(getTranslation(handRaised ? "room.queue.lower-hand" : "room.queue.raise-hand"));
        hand.getElement().setAttribute("aria-pressed", String.valueOf(handRaised));
        hand.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!handRaised) {
            hand.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        endTurn.setVisible(meeting.floorHolder() != null
                && (chair || meeting.floorHolder().equalsIgnoreCase(me)));
        list.removeAll();
        for (SpeakerView person : queue) {
            ListItem row = new ListItem();
            row.addClassName("room-queue-person");
            row.setId("queue-" + person.username());
            row.add(new Span(person.displayName()));
            if (person.speaking()) {
                row.add(new Badge(getTranslation("room.queue.speaking"), "success"));
            } else if (chair) {
                Button give = new Button(getTranslation("room.queue.give-floor"),
                        e -> act.accept(() -> speakingQueue.giveFloor(meetingId, person.username())));
                give.setId("give-floor-" + person.username());
                give.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                give.setAriaLabel(getTranslation("room.queue.give-floor-to", person.displayName()));
                row.add(give);
            }
            list.add(row);
        }
        empty.setVisible(queue.isEmpty());
    }
}
