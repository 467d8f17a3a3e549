package it.lombardia.codesign.discussion.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import it.lombardia.codesign.discussion.CommentView;
import it.lombardia.codesign.discussion.DiscussionAccess;
import it.lombardia.codesign.discussion.DiscussionChanges;
import it.lombardia.codesign.discussion.DiscussionService;
import it.lombardia.codesign.discussion.MentionRefusedException;
import it.lombardia.codesign.discussion.Person;
import it.lombardia.codesign.discussion.ThreadView;
import it.lombardia.codesign.live.LiveMessage;
import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Notifications;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The discussion of one subject (a proposal): its threads, open ones first and resolved ones folded
 * away, each with its comments, replies, edits and resolution, and a form to start a thread about
 * the whole subject or one of its fields. Follows every change live: the list is re-read through
 * {@link DiscussionService} as the viewer, while whatever the viewer is typing stays as it is.
 *
 * <p>Embed it with {@code new DiscussionPanel(discussionService, liveUpdates, "proposal", id, fieldLabels)},
 * where {@code fieldLabels} maps the subject's field names to their translated labels, in the order
 * to offer them.
 */
public class DiscussionPanel extends Div {

    private final transient DiscussionService service;
    private final String subjectType;
    private final long subjectId;
    private final Map<String, String> fieldLabels;

    private final Span summary = new Span();
    private final Span status = new Span();
    private final Paragraph readOnly = new Paragraph();
    private final Div open = new Div();
    private final Div resolved = new Div();
    private final Details resolvedDetails = new Details();
    private final Paragraph empty = new Paragraph();
    private final Div newThread = new Div();
    private final ComboBox<String> field = new ComboBox<>();
    private final Map<Long, ThreadCard> cards = new HashMap<>();
    private final Map<Boolean, List<Person>> people = new HashMap<>();
    private DiscussionAccess access;
    private CommentComposer starter;

    public DiscussionPanel(DiscussionService service, LiveUpdates live, String subjectType, long subjectId,
                           Map<String, String> fieldLabels) {
        this.service = service;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.fieldLabels = new LinkedHashMap<>(fieldLabels);
        addClassName("discussion-panel");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", t("discussion.title"));

        H3 title = new H3(t("discussion.title"));
        summary.addClassName("discussion-summary");
        summary.getStyle().set("color", "var(--lumo-secondary-text-color)");
        // Announces what others changed, for screen readers and for the eye.
        status.addClassName("discussion-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        status.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        readOnly.addClassName("discussion-read-only");
        open.addClassName("discussion-open-threads");
        resolved.addClassName("discussion-resolved-threads");
        resolvedDetails.addClassName("discussion-resolved-details");
        resolvedDetails.add(resolved);
        empty.addClassName("discussion-empty");
        newThread.addClassName("discussion-new-thread");
        add(title, summary, status, readOnly, empty, open, resolvedDetails, newThread);

        live.bind(this, DiscussionChanges.about(subjectType, subjectId), this::changedElsewhere);
        refresh();
    }

    /** Re-reads the threads and updates the list in place. */
    public void refresh() {
        access = service.access(subjectType, subjectId);
        people.clear();
        readOnly.setText(access.readOnlyReason() == null ? "" : t(access.readOnlyReason()));
        readOnly.setVisible(access.readOnlyReason() != null);
        List<ThreadView> threads = service.threads(subjectType, subjectId);
        List<ThreadCard> openCards = new ArrayList<>();
        List<ThreadCard> resolvedCards = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (ThreadView thread : threads) {
            seen.add(thread.id());
            ThreadCard card = cards.get(thread.id());
            if (card == null) {
                card = new ThreadCard(this, thread);
                cards.put(thread.id(), card);
            } else {
                card.update(thread);
            }
            (thread.resolved() ? resolvedCards : openCards).add(card);
        }
        cards.keySet().retainAll(seen);
        place(open, openCards);
        place(resolved, resolvedCards);
        resolvedDetails.setSummaryText(t("discussion.resolved-threads", resolvedCards.size()));
        resolvedDetails.setVisible(!resolvedCards.isEmpty());
        empty.setText(t(emptyKey()));
        empty.setVisible(threads.isEmpty());
        summary.setText(t("discussion.summary", openCards.size(), resolvedCards.size()));
        updateStarter();
    }

    /** An empty discussion invites a question only from someone who may ask one. */
    private String emptyKey() {
        if (access.mayWrite()) {
            return "discussion.empty";
        }
        return "discussion.refusal.closed".equals(access.readOnlyReason()) ? "discussion.empty.closed"
                : "discussion.empty.read-only";
    }

    /** Puts the cards into the container in order, moving only what moved. */
    private static void place(Div container, List<ThreadCard> wanted) {
        container.getChildren().filter(c -> !wanted.contains(c)).toList().forEach(container::remove);
        for (int i = 0; i < wanted.size(); i++) {
            ThreadCard card = wanted.get(i);
            if (container.getComponentCount() <= i || container.getComponentAt(i) != card) {
                container.addComponentAtIndex(i, card);
            }
        }
    }

    private void updateStarter() {
        if (!access.mayWrite()) {
            newThread.setVisible(false);
            return;
        }
        newThread.setVisible(true);
        if (starter == null) {
            field.setLabel(t("discussion.field"));
            field.setPlaceholder(t("discussion.thread.on-subject"));
            field.setHelperText(t("discussion.field.help"));
            field.setItems(fieldLabels.keySet());
            field.setItemLabelGenerator(this::fieldLabel);
            field.setClearButtonVisible(true);
            field.addClassName("discussion-field-choice");
            field.setVisible(!fieldLabels.isEmpty());
            starter = new CommentComposer(t("discussion.new-thread.label"), t("discussion.new-thread.send"),
                    access.mayWriteInternal(), this::people, this::startThread, field);
            starter.addClassName("discussion-starter");
            newThread.add(new H4(t("discussion.new-thread")), starter);
        }
        starter.internal.setVisible(access.mayWriteInternal());
    }

    private void changedElsewhere(List<LiveMessage> messages) {
        Set<String> others = new LinkedHashSet<>();
        for (LiveMessage message : messages) {
            message.get("actor").filter(a -> access == null || !a.equalsIgnoreCase(access.username()))
                    .ifPresent(others::add);
        }
        refresh();
        if (!others.isEmpty()) {
            List<String> names = others.stream().map(this::nameOf).toList();
            status.setText(t("discussion.live.updated", String.join(", ", names)));
        }
    }

    private String nameOf(String username) {
        return cards.values().stream().flatMap(c -> c.thread().comments().stream())
                .filter(c -> c.author().equalsIgnoreCase(username)).map(CommentView::authorName)
                .findFirst().orElse(username);
    }

    // ---------------------------------------------------------------------------------------------
    // Actions, called by the cards and composers

    private void startThread(String body, boolean internal) {
        boolean staffOnly = internal && access.mayWriteInternal();
        if (attempt(() -> service.startThread(subjectType, subjectId, field.getValue(), body, staffOnly))) {
            starter.clear();
            field.clear();
            Notifications.success(t("discussion.new-thread.done"));
            refresh();
        }
    }

    void reply(ThreadCard card, String body, boolean internal) {
        if (attempt(() -> service.reply(card.threadId(), body, internal))) {
            card.replySent();
            refresh();
        }
    }

    /** Saves an edit; any refusal is shown at the text, which stays as the user wrote it. */
    void edit(CommentView comment, String body) {
        attempt(() -> service.edit(comment.id(), comment.version(), body), true);
    }

    void resolve(long threadId) {
        if (attempt(() -> service.resolve(threadId))) {
            refresh();
        }
    }

    void reopen(long threadId) {
        if (attempt(() -> service.reopen(threadId))) {
            refresh();
        }
    }

    /**
     * Runs a change; a refusal of the input becomes a message at the text (via {@link CommentComposer.FieldError}),
     * any other refusal a notification, and the list is re-read so that it shows what is true now.
     */
    private boolean attempt(Runnable change) {
        return attempt(change, false);
    }

    private boolean attempt(Runnable change, boolean everyRefusalAtField) {
        try {
            change.run();
            return true;
        } catch (MentionRefusedException e) {
            throw new CommentComposer.FieldError(t(e.fieldErrors().values().iterator().next(), e.mentions()));
        } catch (InvalidInputException e) {
            throw new CommentComposer.FieldError(e.fieldErrors().values().stream().map(this::t)
                    .reduce((a, b) -> a + " " + b).orElse(t(e.messageKey())));
        } catch (TranslatableException e) {
            if (everyRefusalAtField) {
                throw new CommentComposer.FieldError(t(e.messageKey(), e.arguments()));
            }
            Notifications.error(t(e.messageKey(), e.arguments()));
            refresh();
            return false;
        }
    }

    // ---------------------------------------------------------------------------------------------

    List<Person> people(boolean internal) {
        return people.computeIfAbsent(internal, i -> service.mentionable(subjectType, subjectId, i));
    }

    boolean mayWriteInternal() {
        return access != null && access.mayWriteInternal();
    }

    String fieldLabel(String fieldName) {
        return fieldLabels.getOrDefault(fieldName, fieldName);
    }

    String t(String key, Object... arguments) {
        return getTranslation(key, arguments);
    }
}
