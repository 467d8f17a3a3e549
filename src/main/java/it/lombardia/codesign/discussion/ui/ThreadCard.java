package it.lombardia.codesign.discussion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import it.lombardia.codesign.discussion.CommentView;
import it.lombardia.codesign.discussion.ThreadView;
import it.lombardia.codesign.ui.Badge;
import it.lombardia.codesign.ui.Formats;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thread: what it is about, its comments, and what the reader may do. Kept by the panel across
 * refreshes and updated in place, so that a reply or an edit being written is never lost.
 */
class ThreadCard extends Div {

    private final DiscussionPanel panel;
    private final long id;
    private final Div header = new Div();
    private final Div comments = new Div();
    private final Map<Long, Div> rows = new LinkedHashMap<>();
    private final Map<Long, CommentComposer> editors = new LinkedHashMap<>();
    private final Div actions = new Div();
    private CommentComposer reply;
    private ThreadView thread;

    ThreadCard(DiscussionPanel panel, ThreadView thread) {
        this.panel = panel;
        this.id = thread.id();
        addClassName("discussion-thread");
        getElement().setAttribute("role", "article");
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)");
        header.addClassName("discussion-thread-header");
        header.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "center");
        comments.addClassName("discussion-comments");
        actions.addClassName("discussion-thread-actions");
        add(header, comments, actions);
        update(thread);
    }

    long threadId() {
        return id;
    }

    ThreadView thread() {
        return thread;
    }

    void update(ThreadView thread) {
        this.thread = thread;
        getElement().setAttribute("aria-label", panel.t("discussion.thread.label", thread.startedByName()));
        header.removeAll();
        if (thread.field() != null) {
            header.add(new Badge(panel.t("discussion.thread.on-field", panel.fieldLabel(thread.field())), "contrast"));
        } else {
            header.add(new Badge(panel.t("discussion.thread.on-subject"), "contrast"));
        }
        if (thread.internal()) {
            header.add(internalBadge());
        }
        if (thread.resolved()) {
            Badge resolved = new Badge(panel.t("discussion.thread.resolved-by", thread.resolvedByName(),
                    Formats.dateTime(thread.resolvedAt(), getLocale())), "success");
            resolved.addClassName("discussion-resolved");
            header.add(resolved);
        }

        for (CommentView comment : thread.comments()) {
            Div row = rows.computeIfAbsent(comment.id(), key -> {
                Div created = new Div();
                created.addClassName("discussion-comment");
                created.getStyle().set("padding", "var(--lumo-space-xs) 0")
                        .set("border-bottom", "1px solid var(--lumo-contrast-5pct)");
                comments.add(created);
                return created;
            });
            if (!editors.containsKey(comment.id())) {
                renderComment(row, comment);
            }
        }

        actions.removeAll();
        actions.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        if (thread.mayResolve()) {
            Button toggle = thread.resolved()
                    ? new Button(panel.t("discussion.reopen"), e -> panel.reopen(id))
                    : new Button(panel.t("discussion.resolve"), e -> panel.resolve(id));
            toggle.addClassName(thread.resolved() ? "discussion-reopen" : "discussion-resolve");
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            actions.add(toggle);
        }
        if (thread.mayReply()) {
            if (reply == null) {
                reply = new CommentComposer(panel.t("discussion.reply.label"), panel.t("discussion.reply.send"),
                        panel.mayWriteInternal() && !thread.internal(), panel::people,
                        (body, internal) -> panel.reply(this, body, internal));
                reply.addClassName("discussion-reply");
                add(reply);
            }
            reply.internal.setVisible(panel.mayWriteInternal() && !thread.internal());
            reply.setVisible(true);
        } else if (reply != null) {
            reply.setVisible(false);
        }
    }

    void replySent() {
        if (reply != null) {
            reply.clear();
        }
    }

    private void renderComment(Div row, CommentView comment) {
        row.removeAll();
        Span author = new Span(comment.authorName());
        author.addClassName("discussion-author");
        author.getStyle().set("font-weight", "600");
        Span time = new Span(Formats.dateTime(comment.createdAt(), getLocale()));
        time.addClassName("discussion-time");
        time.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div meta = new Div(author, time);
        meta.addClassName("discussion-comment-meta");
        meta.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "center");
        if (comment.edited()) {
            Badge edited = new Badge(panel.t("discussion.edited"));
            edited.addClassName("discussion-edited");
            edited.getElement().setAttribute("title",
                    panel.t("discussion.edited-at", Formats.dateTime(comment.editedAt(), getLocale())));
            meta.add(edited);
        }
        if (comment.internal() && !thread.internal()) {
            meta.add(internalBadge());
        }
        if (comment.mayEdit()) {
            Button edit = new Button(panel.t("discussion.edit"), e -> startEditing(row, comment));
            edit.addClassName("discussion-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setTooltipText(panel.t("discussion.edit.until", Formats.dateTime(comment.editableUntil(), getLocale())));
            meta.add(edit);
        }
        row.add(meta, new CommentBody(comment.body()));
    }

    private void startEditing(Div row, CommentView comment) {
        CommentComposer editor = new CommentComposer(panel.t("discussion.edit.label"), panel.t("discussion.edit.save"),
                false, internal -> panel.people(comment.internal()),
                (body, internal) -> {
                    panel.edit(comment, body);
                    editors.remove(comment.id());
                    panel.refresh();
                });
        editor.addClassName("discussion-editor");
        editor.text.setValue(comment.body());
        Button cancel = new Button(panel.t("discussion.edit.cancel"), e -> {
            editors.remove(comment.id());
            renderComment(row, currentOf(comment));
        });
        cancel.addClassName("discussion-edit-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        editor.add(cancel);
        editors.put(comment.id(), editor);
        row.removeAll();
        row.add(editor);
        editor.text.focus();
    }

    private CommentView currentOf(CommentView comment) {
        return thread.comments().stream().filter(c -> c.id() == comment.id()).findFirst().orElse(comment);
    }

    private Badge internalBadge() {
        Badge internal = new Badge(panel.t("discussion.internal"), "error");
        internal.addClassName("discussion-internal");
        internal.getElement().setAttribute("title", panel.t("discussion.internal.help"));
        return internal;
    }
}
