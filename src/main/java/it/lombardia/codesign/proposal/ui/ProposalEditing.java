package it.lombardia.codesign.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.ui.EditSession;
import it.lombardia.codesign.ui.Formats;
import it.lombardia.codesign.ui.Notifications;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The proposal page's {@link EditSession}: a version is a {@link ProposalDetails}, the form's values
 * are compared field by field, and the comparison is the field-by-field {@link MergePanel}. A
 * version simply loaded says in the notices what changed.
 */
final class ProposalEditing implements EditSession.Editor<ProposalDetails> {

    private final Component page;
    private final Div notices;
    private final ProposalForm form;
    private final VersionComparison comparison;
    private final Supplier<Optional<ProposalDetails>> latest;
    private final Consumer<ProposalDetails> show;
    private final Consumer<ProposalDetails> showFacts;
    private final Runnable save;
    private final Function<String, String> names;
    private final EditSession<ProposalDetails> session;

    /**
     * @param latest reads the proposal as it is saved now
     * @param show puts a version into the form and shows its facts
     * @param showFacts shows a version's facts (status, steps, header) and leaves the form alone
     * @param names a person's name from their username, as the messages show people
     */
    ProposalEditing(Component page, Div conflictSlot, Div notices, ProposalForm form, VersionComparison comparison,
                    Supplier<Optional<ProposalDetails>> latest, Consumer<ProposalDetails> show,
                    Consumer<ProposalDetails> showFacts, Runnable save, Function<String, String> names) {
        this.names = names;
        this.page = page;
        this.notices = notices;
        this.form = form;
        this.comparison = comparison;
        this.latest = latest;
        this.show = show;
        this.showFacts = showFacts;
        this.save = save;
        this.session = new EditSession<>(conflictSlot, this);
        session.track(form.fields().values());
    }

    EditSession<ProposalDetails> session() {
        return session;
    }

    /** Someone saved or moved the proposal: shown, or offered beside what the user typed. */
    void changedElsewhere() {
        ProposalDetails before = session.base();
        latest.get().ifPresent(now -> {
            if (session.changedElsewhere(now) == EditSession.Outcome.LOADED) {
                Paragraph updated = new Paragraph(page.getTranslation("proposal.live.updated", names.apply(now.updatedBy()),
                        String.join(", ", comparison.changedLabels(before.content(), now.content()))));
                updated.addClassName("live-updated");
                updated.getElement().setAttribute("role", "status");
                notices.add(updated);
            }
        });
    }

    /** A save met a newer version: the comparison opens, with what the user typed kept. */
    void conflict() {
        latest.get().ifPresentOrElse(session::conflict,
                () -> Notifications.error(page.getTranslation("error.proposal.not-found")));
    }

    @Override
    public long version(ProposalDetails saved) {
        return saved.version();
    }

    @Override
    public boolean differsFrom(ProposalDetails saved) {
        // a read-only form holds nothing typed (and its binder writes no draft)
        return !form.isReadOnly() && !comparison.changedLabels(saved.content(), form.draftContent()).isEmpty();
    }

    @Override
    public boolean sameText(ProposalDetails a, ProposalDetails b) {
        return comparison.changedLabels(a.content(), b.content()).isEmpty();
    }

    @Override
    public void load(ProposalDetails saved) {
        show.accept(saved);
    }

    @Override
    public void rebased(ProposalDetails saved) {
        showFacts.accept(saved);
    }

    @Override
    public String changedText(ProposalDetails base, ProposalDetails theirs, boolean onSave) {
        String when = Formats.dateTime(theirs.updatedAt(), page.getUI().map(UI::getLocale).orElse(Locale.ENGLISH));
        return onSave ? page.getTranslation("proposal.conflict.text", names.apply(theirs.updatedBy()), when)
                : page.getTranslation("proposal.live.changed", names.apply(theirs.updatedBy()), when,
                String.join(", ", comparison.changedLabels(base.content(), theirs.content())));
    }

    @Override
    public Component comparison(ProposalDetails base, ProposalDetails theirs, Consumer<Runnable> takeMerged,
                                Runnable close) {
        return new MergePanel(comparison, base.content(), form.draftContent(), theirs.content(), names.apply(theirs.updatedBy()),
                merged -> takeMerged.accept(() -> {
                    form.fill(merged);
                    Notifications.success(page.getTranslation("proposal.merge.applied"));
                }), close);
    }

    @Override
    public void save() {
        save.run();
    }
}
