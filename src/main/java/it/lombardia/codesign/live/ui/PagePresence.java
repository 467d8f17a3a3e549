package it.lombardia.codesign.live.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.live.Participant;
import it.lombardia.codesign.live.Participants;
import it.lombardia.codesign.live.Presence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Presence on one page ("place"): while the view is attached the user has a seat there; the
 * avatars show who else is here, and tracked fields show who else is in them, both updated live.
 * The tab's heartbeats (every {@code vaadin.heartbeatInterval}) are its signs of life: a tab that
 * stops sending them loses its seat within {@code codesign.live.presence-silence}, see {@link Presence}.
 */
public final class PagePresence {

    private final Component view;
    private final String place;
    private final Presence presence;
    private final Participants participants;
    private final AvatarGroup avatars = new AvatarGroup();
    private final Span caption = new Span();
    private final Div bar = new Div(caption, avatars);
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private Presence.Seat seat;
    private Registration heartbeats;

    public PagePresence(Component view, String place, Presence presence, Participants participants, LiveUpdates live) {
        this.view = view;
        this.place = place;
        this.presence = presence;
        this.participants = participants;
        bar.addClassName("presence-bar");
        caption.addClassName("presence-caption");
        avatars.addClassName("presence-avatars");
        avatars.setMaxItemsVisible(8);
        // Listening starts before the seat is taken and the first rendering reads who is here, so that
        // nobody who arrives in between is missed.
        live.bind(view, m -> m.is(Presence.TOPIC) && m.has("place", place), messages -> render());
        view.addAttachListener(e -> take(e.getUI()));
        view.addDetachListener(e -> leave());
        view.getUI().ifPresent(this::take);
    }

    /** The avatars of the others on this page, with a caption for screen readers and the eye. */
    public Component avatars() {
        return bar;
    }

    /**
     * Tells the others which of these fields (by name) the user is in, and marks the fields others
     * are in with their colour and name.
     */
    public void trackFields(Map<String, ? extends Component> fieldsByName) {
        fields.clear();
        fields.putAll(fieldsByName);
        fieldsByName.forEach((name, field) -> {
            field.getElement().addEventListener("focusin", e -> {
                if (seat != null) {
                    seat.focus(name);
                }
            });
            field.getElement().addEventListener("focusout", e -> {
                if (seat != null) {
                    seat.focus(null);
                }
            });
        });
        render();
    }

    private void take(UI ui) {
        if (seat != null) {
            return;
        }
        participants.current(ui.getLocale()).ifPresent(me -> {
            seat = presence.join(place, me, () -> isOpen(ui));
            Presence.Seat mine = seat;
            heartbeats = ui.addHeartbeatListener(e -> mine.alive());
        });
        render();
    }

    /**
     * Asked by the presence sweep, off the tab's thread, so nothing here may need the session lock.
     * An expired session closes its tabs (Vaadin closes every UI of a destroyed session).
     */
    private static boolean isOpen(UI ui) {
        return ui.getSession() != null && !ui.isClosing();
    }

    private void leave() {
        if (heartbeats != null) {
            heartbeats.remove();
            heartbeats = null;
        }
        if (seat != null) {
            seat.leave();
            seat = null;
        }
    }

    private void render() {
        String me = seat == null ? "" : seat.who().username();
        List<Participant> others = presence.at(place).stream().filter(p -> !p.username().equals(me)).toList();
        avatars.setItems(others.stream().map(this::item).toList());
        caption.setText(others.isEmpty() ? view.getTranslation("live.presence.alone")
                : view.getTranslation("live.presence.others", others.stream()
                .map(Participant::displayName).collect(Collectors.joining(", "))));
        avatars.setVisible(!others.isEmpty());
        Map<String, List<Participant>> inUse = presence.fieldsInUse(place);
        fields.forEach((name, field) -> {
            List<Participant> there = inUse.getOrDefault(name, List.of()).stream()
                    .filter(p -> !p.username().equals(me)).toList();
            markField(field, there);
        });
    }

    private AvatarGroupItem item(Participant p) {
        AvatarGroupItem item = new AvatarGroupItem(p.affiliation().isBlank() ? p.displayName()
                : p.displayName() + " · " + p.affiliation());
        item.setColorIndex(p.colorIndex());
        item.setAbbreviation(initials(p.displayName()));
        return item;
    }

    static String initials(String name) {
        return java.util.Arrays.stream(name.strip().split("\\s+")).filter(w -> !w.isEmpty()).limit(2)
                .map(w -> w.substring(0, 1).toUpperCase(java.util.Locale.ROOT)).collect(Collectors.joining());
    }

    private void markField(Component field, List<Participant> there) {
        if (there.isEmpty()) {
            field.getElement().getClassList().remove("field-in-use");
            field.getElement().removeAttribute("data-in-use");
            field.getElement().getStyle().remove("--field-user-color");
            return;
        }
        Participant first = there.getFirst();
        field.getElement().getClassList().add("field-in-use");
        field.getElement().setAttribute("data-in-use", view.getTranslation("live.field.in-use",
                there.stream().map(Participant::displayName).collect(Collectors.joining(", "))));
        field.getElement().getStyle().set("--field-user-color", "var(--vaadin-user-color-" + first.colorIndex() + ")");
    }
}
