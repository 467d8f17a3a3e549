package it.lombardia.codesign.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import it.lombardia.codesign.meeting.AgendaItemView;
import it.lombardia.codesign.meeting.PersonRef;
import it.lombardia.codesign.meeting.MeetingDetails;
import it.lombardia.codesign.meeting.MeetingRoom;
import it.lombardia.codesign.meeting.MeetingStatus;
import java.util.List;
import java.util.function.Consumer;

/**
 * The chair's controls in the live room: start, previous and next item, the item timer, handing the
 * chair over and ending the meeting. Actions run through the room's {@code act}, which reports a
 * refusal and shows the room as it is afterwards.
 */
class ChairControls extends Div {

    private final transient MeetingRoom room;
    private final transient Consumer<Runnable> act;
    private MeetingDetails meeting;
    private final Button start = new Button();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final IntegerField minutes = new IntegerField();
    private final Button startTimer = new Button();
    private final Button stopTimer = new Button();
    private final Button end = new Button();
    private final ComboBox<PersonRef> handOverTo = new ComboBox<>();
    private final Button handOver = new Button();

    ChairControls(MeetingRoom room, Consumer<Runnable> act) {
        this.room = room;
        this.act = act;
        addClassName("room-chair-controls");
        setId("chair-controls");
        button(start, "room.start", "start-meeting", ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> act.accept(() -> room.start(meeting.id())));
        button(previous, "room.previous", "previous-item", ButtonVariant.LUMO_TERTIARY);
        previous.addClickListener(e -> step(-1));
        button(next, "room.next", "next-item", ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> step(1));
        minutes.setLabel(getTranslation("room.timer.minutes"));
        minutes.setId("timer-minutes");
        minutes.setMin(MeetingRoom.TIMER_MIN);
        minutes.setMax(MeetingRoom.TIMER_MAX);
        minutes.setStepButtonsVisible(true);
        minutes.setWidth("9em");
        minutes.setErrorMessage(getTranslation("room.error.timer-range", MeetingRoom.TIMER_MIN, MeetingRoom.TIMER_MAX));
        button(startTimer, "room.timer.start", "start-timer", ButtonVariant.LUMO_CONTRAST);
        startTimer.addClickListener(e -> {
            Integer value = minutes.getValue();
            if (value == null || value < MeetingRoom.TIMER_MIN || value > MeetingRoom.TIMER_MAX) {
                minutes.setInvalid(true);
                return;
            }
            minutes.setInvalid(false);
            act.accept(() -> room.setTimer(meeting.id(), value));
        });
        button(stopTimer, "room.timer.stop", "stop-timer", ButtonVariant.LUMO_TERTIARY);
        stopTimer.addClickListener(e -> act.accept(() -> room.clearTimer(meeting.id())));
        handOverTo.setLabel(getTranslation("room.chair.hand-over-to"));
        handOverTo.setId("hand-over-to");
        handOverTo.setItemLabelGenerator(PersonRef::displayName);
        button(handOver, "room.chair.hand-over", "hand-over", ButtonVariant.LUMO_TERTIARY);
        handOver.addClickListener(e -> {
            PersonRef to = handOverTo.getValue();
            if (to == null) {
                handOverTo.setInvalid(true);
                handOverTo.setErrorMessage(getTranslation("room.chair.choose"));
                return;
            }
            act.accept(() -> room.handOver(meeting.id(), to.username()));
        });
        button(end, "room.end", "end-meeting", ButtonVariant.LUMO_ERROR);
        end.addClickListener(e -> confirmEnd());
        Div agendaMoves = group(previous, next);
        Div timerControls = group(minutes, startTimer, stopTimer);
        Div chairMoves = group(handOverTo, handOver);
        add(start, agendaMoves, timerControls, chairMoves, end);
    }

    private static Div group(Component... parts) {
        Div group = new Div(parts);
        group.addClassName("room-control-group");
        return group;
    }

    private void button(Button button, String key, String id, ButtonVariant variant) {
        button.setText(getTranslation(key));
        button.setId(id);
        button.addThemeVariants(variant);
    }

    private void step(int by) {
        List<AgendaItemView> agenda = meeting.agenda();
        int at = meeting.currentItem().map(agenda::indexOf).orElse(-1);
        int to = at + by;
        if (to < 0 || to >= agenda.size()) {
            return;
        }
        long target = agenda.get(to).id();
        long seen = meeting.version();
        act.accept(() -> room.goTo(meeting.id(), target, seen));
    }

    /** Shows the controls the user may use in the room as it is now. */
    void show(MeetingDetails meeting) {
        this.meeting = meeting;
        boolean live = meeting.status() == MeetingStatus.LIVE;
        boolean chair = live && meeting.access().chair();
        start.setVisible(meeting.status() == MeetingStatus.SCHEDULED && meeting.access().manage());
        List<AgendaItemView> agenda = meeting.agenda();
        int at = meeting.currentItem().map(agenda::indexOf).orElse(-1);
        previous.setVisible(chair);
        next.setVisible(chair);
        previous.setEnabled(at > 0);
        next.setEnabled(at >= 0 && at < agenda.size() - 1);
        minutes.getParent().ifPresent(p -> p.setVisible(chair));
        handOverTo.getParent().ifPresent(p -> p.setVisible(chair));
        previous.getParent().ifPresent(p -> p.setVisible(chair));
        stopTimer.setVisible(meeting.timerEndsAt() != null);
        if (chair && minutes.isEmpty()) {
            minutes.setValue(meeting.currentItem().map(AgendaItemView::durationMinutes)
                    .filter(m -> m >= MeetingRoom.TIMER_MIN && m <= MeetingRoom.TIMER_MAX).orElse(5));
        }
        end.setVisible(chair);
        if (chair) {
            PersonRef chosen = handOverTo.getValue();
            List<PersonRef> others = room.chairCandidates(meeting.id());
            handOverTo.setItems(others);
            others.stream().filter(i -> chosen != null && i.username().equals(chosen.username())).findFirst()
                    .ifPresent(handOverTo::setValue);
        }
        setVisible(start.isVisible() || chair);
    }

    private void confirmEnd() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("room.end.title"));
        dialog.setText(getTranslation("room.end.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("room.end"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> act.accept(() -> room.end(meeting.id())));
        dialog.setId("end-meeting-dialog");
        dialog.open();
    }
}
