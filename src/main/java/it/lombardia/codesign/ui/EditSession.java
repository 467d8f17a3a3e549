package it.lombardia.codesign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Collection;
import java.util.function.Consumer;

/**
 * One person editing one saved thing (a proposal, an agenda item's minutes, the wording of a
 * priority) while others may save it too. Whatever the screen, nothing the person typed is replaced
 * unless they choose it:
 * <ul>
 * <li>The session holds the <em>base</em>: the saved version the fields started from. A save names
 * its version, and the services refuse a save whose version is no longer the latest.</li>
 * <li>It follows the {@linkplain #track tracked fields}: typed text reaches the server while the
 * person types, text put in without keystrokes (a password manager, a script) when they leave the
 * field, and it knows whether the cursor is in one of them.</li>
 * <li>A newer version saved elsewhere ({@link #changedElsewhere}) is loaded into the fields only
 * when they hold nothing unsaved and the cursor is in none of them. Otherwise the fields keep
 * what was typed and a {@link ConflictBanner} says that someone else saved: compare, load theirs,
 * or keep mine (which makes theirs the base, so that the next save knowingly replaces it).</li>
 * <li>A save refused for a stale version ({@link #conflict}) shows the same banner with the
 * comparison open; "keep mine" then saves over theirs.</li>
 * </ul>
 * The screen supplies what differs between screens through {@link Editor}.
 *
 * @param <V> a saved version as the screen reads it (with its version number)
 */
public final class EditSession<V> {

    /** What a screen tells the session about its versions and its fields. */
    public interface Editor<V> {

        /** The version number that a save names. */
        long version(V saved);

        /** Whether the fields hold something other than what {@code saved} says. */
        boolean differsFrom(V saved);

        /** Whether two saved versions say the same in the edited fields (only something else moved). */
        boolean sameText(V a, V b);

        /** Puts a saved version into the fields, replacing what they hold, and shows it. */
        void load(V saved);

        /** A saved version became the base while the fields keep their values: show its facts. */
        void rebased(V saved);

        /** The banner's words: {@code theirs} was saved while the user edited {@code base}; {@code onSave}: their save met it. */
        String changedText(V base, V theirs, boolean onSave);

        /**
         * The comparison of the fields with {@code theirs}, opened below the banner. To take a merged
         * result, give {@code takeMerged} what puts it into the fields: their version then becomes
         * the base, and the merged values wait in the fields to be saved. {@code close} closes it.
         */
        Component comparison(V base, V theirs, Consumer<Runnable> takeMerged, Runnable close);

        /** Saves the fields on the session's base. */
        void save();
    }

    /** What a version saved elsewhere did to the screen. */
    public enum Outcome {
        /** Nothing new: the version shown or already offered. */
        UNCHANGED,
        /** It became the base without touching the fields: it says the same in them. */
        REBASED,
        /** It was loaded into the fields: nothing typed was at stake. */
        LOADED,
        /** The fields keep what was typed; the banner offers the other version. */
        OFFERED
    }

    private static final String FOLLOWED = EditSession.class.getName() + ".followed";

    private final HasComponents bannerSlot;
    private final Component screen;
    private final Editor<V> editor;
    private V base;
    /** The newer version the banner offers, so that one save is announced once; -1 when none. */
    private long offeredVersion = -1;
    /** The tracked field the cursor is in, or null. */
    private Component focused;

    /** @param bannerSlot where the banner (and its comparison) appears */
    public <S extends Component & HasComponents> EditSession(S bannerSlot, Editor<V> editor) {
        this.bannerSlot = bannerSlot;
        this.screen = bannerSlot;
        this.editor = editor;
    }

    /** The saved version the fields started from; a save names its version. Null before the first load. */
    public V base() {
        return base;
    }

    /** Follows these fields: what is typed in them, and whether the cursor is in one of them. */
    public void track(Collection<? extends Component> toTrack) {
        followTypedText(toTrack);
        for (Component field : toTrack) {
            field.getElement().addEventListener("focusin", e -> focused = field);
            field.getElement().addEventListener("focusout", e -> {
                if (focused == field) {
                    focused = null;
                }
            });
        }
    }

    /** Whether the cursor is in one of the tracked fields (its keystrokes may still be on their way). */
    public boolean inField() {
        return focused != null;
    }

    /** Whether the fields hold values that differ from the base. */
    public boolean hasUnsavedChanges() {
        return base != null && editor.differsFrom(base);
    }

    /** Shows a saved version in the fields and makes it the base (opening, "load theirs", after a save that normalises). */
    public void load(V saved) {
        base = saved;
        clearBanner();
        editor.load(saved);
    }

    /** The fields were saved as {@code saved}: it becomes the base, the fields stay as they are. */
    public void saved(V saved) {
        rebase(saved);
    }

    /** Someone saved a version: loaded, offered or ignored as the class comment says. */
    public Outcome changedElsewhere(V latest) {
        if (base == null || editor.version(latest) == editor.version(base)
                || editor.version(latest) == offeredVersion) {
            return Outcome.UNCHANGED;
        }
        if (editor.sameText(base, latest)) {
            rebase(latest);
            return Outcome.REBASED;
        }
        if (!hasUnsavedChanges() && !inField()) {
            load(latest);
            return Outcome.LOADED;
        }
        offer(latest, false);
        return Outcome.OFFERED;
    }

    /** A save was refused because {@code theirs} was saved meanwhile: the comparison opens, nothing typed is lost. */
    public void conflict(V theirs) {
        offer(theirs, true);
    }

    private void offer(V theirs, boolean onSave) {
        V typedOn = base;
        offeredVersion = editor.version(theirs);
        bannerSlot.removeAll();
        bannerSlot.add(new ConflictBanner(editor.changedText(typedOn, theirs, onSave),
                screen.getTranslation(onSave ? "edit.conflict.save-mine" : "edit.conflict.keep-mine"),
                close -> editor.comparison(typedOn, theirs, fill -> {
                    load(theirs);
                    fill.run();
                }, close), onSave,
                () -> load(theirs),
                () -> {
                    // the user's values stay and now knowingly replace the other version
                    rebase(theirs);
                    if (onSave) {
                        editor.save();
                    }
                }));
    }

    private void rebase(V saved) {
        base = saved;
        clearBanner();
        editor.rebased(saved);
    }

    private void clearBanner() {
        offeredVersion = -1;
        bannerSlot.removeAll();
    }

    /**
     * Makes the server hold the text the field shows. Typed text is sent while typing (not only
     * when the field is left), so that a version saved elsewhere meets it. But the web component
     * takes its value only from "input" events, and Flow sends it only on "input" events (or only
     * on "change" ones, depending on the mode): text put in another way (a password manager or a
     * script setting the value and firing just "change", or no event) stayed on the screen while
     * the server kept the old value, and "Save" saved the old one. Now, when the field is changed
     * or left, the component first takes what its input shows and then sends it.
     */
    public static void followTypedText(Collection<? extends Component> toFollow) {
        for (Component field : toFollow) {
            if (field instanceof HasValueChangeMode modes && modes.getValueChangeMode() == ValueChangeMode.ON_CHANGE) {
                modes.setValueChangeMode(ValueChangeMode.LAZY);
            }
            if ((field instanceof TextField || field instanceof TextArea) && ComponentUtil.getData(field, FOLLOWED) == null) {
                ComponentUtil.setData(field, FOLLOWED, Boolean.TRUE);
                field.getElement().addPropertyChangeListener("value", "change", e -> { });
                field.getElement().addPropertyChangeListener("value", "focusout", e -> { });
                // on every attach: a field shown again (another tab, a dialog) is a new element in the browser
                field.addAttachListener(e -> field.getElement().executeJs(FOLLOW_SHOWN_TEXT));
                if (field.isAttached()) {
                    field.getElement().executeJs(FOLLOW_SHOWN_TEXT);
                }
            }
        }
    }

    /**
     * Runs on the field's element; capturing, so that the value is right before Flow reads it for
     * the same event. The flag keeps one pair of listeners per element.
     */
    private static final String FOLLOW_SHOWN_TEXT = """
            if (this.__followsShownText) { return; }
            this.__followsShownText = true;
            const follow = () => {
              const input = this.inputElement;
              if (input && !this.readonly && this.value !== input.value) { this.value = input.value; }
            };
            this.addEventListener('change', follow, true);
            this.addEventListener('focusout', follow, true);
            """;
}
