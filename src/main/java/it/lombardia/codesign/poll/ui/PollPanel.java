package it.lombardia.codesign.poll.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.poll.Ballot;
import it.lombardia.codesign.poll.PollAccess;
import it.lombardia.codesign.poll.PollChanges;
import it.lombardia.codesign.poll.PollDraft;
import it.lombardia.codesign.poll.PollInputException;
import it.lombardia.codesign.poll.PollOptionDraft;
import it.lombardia.codesign.poll.PollService;
import it.lombardia.codesign.poll.PollView;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Notifications;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The polls of a venue (a meeting), or of one thing in it (an agenda item), newest first: runners
 * open and close them, voters vote and change their vote, and everyone sees the results (when they
 * are not hidden until the close) and the turnout change as votes arrive, through {@link LiveUpdates}.
 *
 * <p>Embed it with {@code new PollPanel(pollService, liveUpdates, "meeting", meetingId, agendaItemId,
 * () -> proposalsOfTheItem)}: {@code anchorId} null shows all the venue's polls (and new polls belong
 * to no item); the supplier gives the options the "add the proposals" button offers (label and
 * proposal id), read when the new-poll dialog opens; it may return an empty list.
 */
public class PollPanel extends Div {

    private final transient PollService service;
    private final String venueType;
    private final long venueId;
    private final Long anchorId;
    private final transient Supplier<List<PollOptionDraft>> proposals;
    private final Button newPoll = new Button();
    private final Paragraph empty = new Paragraph();
    private final Div list = new Div();
    private final Map<Long, PollCard> cards = new HashMap<>();
    private PollAccess access;

    public PollPanel(PollService service, LiveUpdates live, String venueType, long venueId, Long anchorId,
                     Supplier<List<PollOptionDraft>> proposals) {
        this.service = service;
        this.venueType = venueType;
        this.venueId = venueId;
        this.anchorId = anchorId;
        this.proposals = proposals == null ? List::of : proposals;
        addClassName("poll-panel");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", t("poll.title"));

        H3 title = new H3(t("poll.title"));
        newPoll.setText(t("poll.new"));
        newPoll.setIcon(VaadinIcon.PLUS.create());
        newPoll.addClassName("poll-new");
        newPoll.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        newPoll.addClickListener(e -> new PollDialog(this, venueType, venueId, anchorId, this.proposals).open());
        Div header = new Div(title, newPoll);
        header.getStyle().set("display", "flex").set("align-items", "center").set("justify-content", "space-between")
                .set("gap", "var(--lumo-space-m)");
        empty.addClassName("poll-empty");
        empty.setText(t("poll.empty"));
        list.addClassName("poll-list");
        add(header, empty, list);

        live.bind(this, PollChanges.inVenue(venueType, venueId), messages -> refresh());
        refresh();
    }

    /** Re-reads the polls and updates the cards in place. */
    public void refresh() {
        access = service.access(venueType, venueId);
        newPoll.setVisible(access.mayRun());
        List<PollView> polls = access.mayView() ? service.polls(venueType, venueId, anchorId) : List.of();
        List<PollCard> wanted = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (PollView poll : polls) {
            seen.add(poll.id());
            PollCard card = cards.get(poll.id());
            if (card == null) {
                card = new PollCard(this, poll);
                cards.put(poll.id(), card);
            } else {
                card.update(poll);
            }
            wanted.add(card);
        }
        cards.keySet().retainAll(seen);
        list.getChildren().filter(c -> !wanted.contains(c)).toList().forEach(list::remove);
        for (int i = 0; i < wanted.size(); i++) {
            if (list.getComponentCount() <= i || list.getComponentAt(i) != wanted.get(i)) {
                list.addComponentAtIndex(i, wanted.get(i));
            }
        }
        empty.setVisible(polls.isEmpty());
    }

    // ---------------------------------------------------------------------------------------------
    // Actions, called by the cards and the dialog

    /** Opens the poll; a refusal of the draft is thrown on for the dialog to show at its fields. */
    boolean open(PollDraft draft) {
        try {
            service.open(draft);
        } catch (PollInputException e) {
            throw e;
        } catch (TranslatableException e) {
            Notifications.error(t(e.messageKey(), e.arguments()));
            return false;
        }
        Notifications.success(t("poll.opened"));
        refresh();
        return true;
    }

    boolean vote(long pollId, Ballot ballot) {
        return attempt(() -> service.vote(pollId, ballot));
    }

    void close(long pollId) {
        if (attempt(() -> service.close(pollId))) {
            Notifications.success(t("poll.closed-now"));
        }
    }

    private boolean attempt(Runnable change) {
        try {
            change.run();
            refresh();
            return true;
        } catch (TranslatableException e) {
            Notifications.error(t(e.messageKey(), e.arguments()));
            refresh();
            return false;
        }
    }

    String t(String key, Object... arguments) {
        return getTranslation(key, arguments);
    }
}
