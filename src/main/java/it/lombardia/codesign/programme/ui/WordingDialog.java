package it.lombardia.codesign.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import it.lombardia.codesign.programme.ConsolidationBoard;
import it.lombardia.codesign.programme.MacroThemeContent;
import it.lombardia.codesign.programme.PriorityContent;
import it.lombardia.codesign.shared.InvalidInputException;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.DiffRow;
import it.lombardia.codesign.ui.EditSession;
import it.lombardia.codesign.ui.SideBySideDiff;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Edits the wording of one macro-theme or priority on the version it was opened on, in an
 * {@link EditSession}: a colleague's save while the dialog is open never replaces what is typed (a
 * banner says so), and a save on an older version shows both wordings side by side, with the
 * choice to load theirs or to save one's own over them. Subclasses make the fields.
 *
 * @param <C> the content edited, as the programme feature reads it
 */
abstract class WordingDialog<C> extends Dialog implements EditSession.Editor<WordingDialog.Saved<C>> {

    /** The content as saved, with the version a save must name. */
    record Saved<C>(C content, long version) {
    }

    /** Saves a wording on the version it names; throws the service's refusal. */
    @FunctionalInterface
    interface Save<T> {
        void save(long expectedVersion, T text);
    }

    private final String kind;
    private final Supplier<Optional<Saved<C>>> latest;
    private final Runnable onSaved;
    private final Consumer<RuntimeException> onRefused;
    private final Div conflictSlot = new Div();
    final EditSession<Saved<C>> session;

    /**
     * @param kind "priority" or "macro-theme", for the banner's words
     * @param latest reads the content as saved now (empty once it is gone)
     */
    WordingDialog(String kind, Supplier<Optional<Saved<C>>> latest, Runnable onSaved,
                  Consumer<RuntimeException> onRefused) {
        this.kind = kind;
        this.latest = latest;
        this.onSaved = onSaved;
        this.onRefused = onRefused;
        conflictSlot.addClassName("wording-conflict");
        session = new EditSession<>(conflictSlot, this);
        add(conflictSlot);
    }

    /** Shows the version opened and follows the fields; the subclass calls it once its fields are made. */
    void start(Saved<C> opened, Collection<? extends Component> fields) {
        session.track(fields);
        session.load(opened);
    }

    /** The fields by the service's field names, for its reasons. */
    abstract Map<String, HasValidation> fields();

    /** A saved content's wording, by translated field label, as text. */
    abstract Map<String, String> wording(C content);

    /** The typed wording, by translated field label, as text. */
    abstract Map<String, String> typedWording();

    /** Puts a saved content into the fields. */
    abstract void read(C content);

    /** Checks the fields and saves them on {@code version}; false (and the fields marked) if they are not valid. */
    abstract boolean write(long version);

    /** A colleague's change reached the page: their version is loaded, or offered beside the typed one. */
    void changedElsewhere() {
        latest.get().ifPresent(session::changedElsewhere);
    }

    @Override
    public void save() {
        try {
            if (!write(session.base().version())) {
                return;
            }
            close();
            onSaved.run();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, key) -> {
                HasValidation f = fields().get(field);
                if (f != null) {
                    f.setErrorMessage(getTranslation(key));
                    f.setInvalid(true);
                }
            });
        } catch (TranslatableException | OptimisticLockingFailureException e) {
            boolean stale = e instanceof OptimisticLockingFailureException
                    || "error.consolidation.changed-meanwhile".equals(((TranslatableException) e).messageKey());
            Optional<Saved<C>> theirs = stale ? latest.get() : Optional.empty();
            if (theirs.isPresent()) {
                session.conflict(theirs.get());
            } else {
                close();
                onRefused.accept(e);
            }
        }
    }

    @Override
    public long version(Saved<C> saved) {
        return saved.version();
    }

    @Override
    public boolean differsFrom(Saved<C> saved) {
        return !typedWording().equals(wording(saved.content()));
    }

    @Override
    public boolean sameText(Saved<C> a, Saved<C> b) {
        return wording(a.content()).equals(wording(b.content()));
    }

    @Override
    public void load(Saved<C> saved) {
        read(saved.content());
    }

    @Override
    public void rebased(Saved<C> saved) {
        // the dialog shows nothing of a version but its wording
    }

    @Override
    public String changedText(Saved<C> base, Saved<C> theirs, boolean onSave) {
        return getTranslation((onSave ? "consolidation.edit.conflict." : "consolidation.edit.changed.") + kind);
    }

    /** Both wordings field by field; the user changes their fields to merge, so nothing is taken from here. */
    @Override
    public Component comparison(Saved<C> base, Saved<C> theirs, Consumer<Runnable> takeMerged, Runnable close) {
        Map<String, String> mine = typedWording();
        Map<String, String> their = wording(theirs.content());
        List<DiffRow> rows = new ArrayList<>();
        mine.forEach((label, text) -> rows.add(new DiffRow(label, text, their.get(label))));
        Button closeButton = new Button(getTranslation("consolidation.edit.close"), e -> close.run());
        closeButton.addClassName("wording-comparison-close");
        Div comparison = new Div(new SideBySideDiff(getTranslation("consolidation.edit.yours"),
                getTranslation("consolidation.edit.theirs"), rows), closeButton);
        comparison.addClassName("wording-comparison");
        return comparison;
    }

    /** Reads a macro-theme as saved now, with its version, from a fresh board. */
    static Supplier<Optional<Saved<MacroThemeContent>>> macroTheme(Supplier<ConsolidationBoard> boards, long id) {
        return () -> {
            ConsolidationBoard now = boards.get();
            return now.macroTheme(id).map(m -> new Saved<>(m, now.macroThemeVersion(id)));
        };
    }

    /** Reads a priority as saved now, with its version, from a fresh board. */
    static Supplier<Optional<Saved<PriorityContent>>> priority(Supplier<ConsolidationBoard> boards, long id) {
        return () -> {
            ConsolidationBoard now = boards.get();
            return now.priority(id).map(p -> new Saved<>(p, now.priorityVersion(id)));
        };
    }

    /** A set of codes as one line of labels, sorted, for the comparison. */
    static <T> String joined(Collection<T> values, java.util.function.Function<T, String> label) {
        return values == null ? "" : values.stream().map(label).sorted().reduce((a, b) -> a + ", " + b).orElse("");
    }

    static String text(Object value) {
        return Objects.toString(value, "");
    }
}
