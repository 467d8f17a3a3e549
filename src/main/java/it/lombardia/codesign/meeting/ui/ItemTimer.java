package it.lombardia.codesign.meeting.ui;

import com.vaadin.flow.component.html.Span;
import it.lombardia.codesign.shared.Lombardy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * The current item's timer: a countdown the browser ticks by itself (no push every second), the
 * time it ends ("until 18:42") and, once it has run out, "Time is up" for everyone in the room.
 */
class ItemTimer extends Span {

    /** Ticks in the browser; the server never writes into it, so that the two never fight over its text. */
    private final Span countdown = new Span();
    private final Span until = new Span();
    private Instant shownEnd;

    ItemTimer() {
        addClassName("room-timer");
        setId("room-timer");
        countdown.addClassName("room-countdown");
        countdown.setId("room-countdown");
        countdown.getElement().setAttribute("role", "timer");
        until.addClassName("room-timer-until");
        add(countdown, until);
        setVisible(false);
    }

    /** Shows the timer ending at {@code endsAt}, or hides it when there is none. */
    void show(Instant endsAt, Clock clock, Locale locale) {
        if (endsAt == null) {
            setVisible(false);
            if (shownEnd != null) {
                countdown.getElement().executeJs("if (this.__roomTimer) { clearInterval(this.__roomTimer); } "
                        + "this.__roomTimer = null;");
            }
            shownEnd = null;
            return;
        }
        setVisible(true);
        boolean over = !endsAt.isAfter(clock.instant());
        // once time is up the countdown says so and the stylesheet hides the end time (also in the browser)
        until.setText(getTranslation("room.timer.until", DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale).withZone(Lombardy.ZONE).format(endsAt)));
        getElement().getClassList().set("time-up", over);
        if (Objects.equals(endsAt, shownEnd)) {
            return;
        }
        shownEnd = endsAt;
        // the time left rather than the end, so that a browser whose clock is off still counts right
        long left = Math.max(0, Duration.between(clock.instant(), endsAt).toMillis());
        countdown.getElement().executeJs("""
                const el = this; const end = Date.now() + $0; const up = $1;
                if (el.__roomTimer) { clearInterval(el.__roomTimer); }
                const tick = () => {
                  const left = end - Date.now();
                  if (left <= 0) {
                    el.textContent = up; el.parentElement.classList.add('time-up');
                    clearInterval(el.__roomTimer); el.__roomTimer = null; return;
                  }
                  const s = Math.ceil(left / 1000);
                  el.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
                };
                tick(); el.__roomTimer = setInterval(tick, 1000);""", left, getTranslation("room.timer.up"));
    }

    /** When the timer ends, as written next to the countdown. */
    String untilText() {
        return until.getText();
    }

    /** Whether the server saw the time run out when it last showed the timer. */
    boolean isUp() {
        return getElement().getClassList().contains("time-up");
    }
}
