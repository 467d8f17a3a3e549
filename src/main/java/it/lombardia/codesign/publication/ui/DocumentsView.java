package it.lombardia.codesign.publication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.programme.ProgrammeService;
import it.lombardia.codesign.publication.ChapterMode;
import it.lombardia.codesign.publication.DocumentFormat;
import it.lombardia.codesign.publication.ExportJobs;
import it.lombardia.codesign.publication.ExportRequest;
import it.lombardia.codesign.publication.ExportStatus;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import it.lombardia.codesign.shared.TranslatableException;
import it.lombardia.codesign.ui.Notifications;
import it.lombardia.codesign.ui.Params;
import it.lombardia.codesign.ui.Translations;
import it.lombardia.codesign.ui.ViewToolbar;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where people make the Work Programme edition and round reports as documents. Making one runs in
 * the background; its row shows the progress as the job reports it (pushed) and then the link to
 * download the file.
 */
@Route("documents")
@Menu(order = 11, title = "publication.nav.documents", icon = "FILE_TEXT_O")
@PermitAll
@StyleSheet("context://documents.css")
class DocumentsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ExportJobs jobs;
    private final ComboBox<EditionSummary> edition = new ComboBox<>();
    private final RadioButtonGroup<Locale> editionLanguage = language();
    private final RadioButtonGroup<ChapterMode> chapters = new RadioButtonGroup<>();
    private final RadioButtonGroup<DocumentFormat> editionFormat = format();
    private final ComboBox<RoundSummary> round = new ComboBox<>();
    private final RadioButtonGroup<Locale> roundLanguage = language();
    private final RadioButtonGroup<DocumentFormat> roundFormat = format();
    private final Div editionJobs = new Div();
    private final Div roundJobs = new Div();
    private final List<Runnable> subscriptions = new ArrayList<>();

    DocumentsView(ExportJobs jobs, ProgrammeService programme, RoundService rounds) {
        this.jobs = jobs;
        addClassName("documents-view");
        editionJobs.addClassName("documents-jobs");
        roundJobs.addClassName("documents-jobs");

        edition.setLabel(getTranslation("publication.view.edition"));
        edition.setItems(programme.editions());
        edition.setItemLabelGenerator(e -> e.periodLabel() + " · " + getTranslation("edition.status." + e.status()));
        edition.setRequiredIndicatorVisible(true);
        chapters.setLabel(getTranslation("publication.view.chapters"));
        chapters.setItems(ChapterMode.values());
        chapters.setItemLabelGenerator(m -> getTranslation(m.labelKey()));
        chapters.setValue(ChapterMode.BY_ECOSYSTEM);
        Button generateEdition = new Button(getTranslation("publication.view.generate"), e -> generateEdition());
        generateEdition.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generateEdition.addClassName("documents-generate-edition");
        generateEdition.setId("generate-edition");
        editionLanguage.setId("edition-language");
        editionFormat.setId("edition-format");
        generateEdition.getElement().setAttribute("aria-label", getTranslation("publication.view.generate.wp"));

        round.setLabel(getTranslation("publication.view.round-field"));
        round.setItems(rounds.rounds());
        round.setItemLabelGenerator(RoundSummary::title);
        round.setRequiredIndicatorVisible(true);
        Button generateRound = new Button(getTranslation("publication.view.generate"), e -> generateRound());
        generateRound.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generateRound.addClassName("documents-generate-round");
        generateRound.setId("generate-round");
        roundLanguage.setId("round-language");
        roundFormat.setId("round-format");
        generateRound.getElement().setAttribute("aria-label", getTranslation("publication.view.generate.round"));

        add(new ViewToolbar(getTranslation("publication.title")),
                new Paragraph(getTranslation("publication.intro")),
                section("publication.view.wp", "publication.view.wp.intro",
                        fields(edition, editionLanguage, chapters, editionFormat), generateEdition, editionJobs),
                section("publication.view.round", "publication.view.round.intro",
                        fields(round, roundLanguage, roundFormat), generateRound, roundJobs));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("publication.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        Optional<Long> editionId = parameters.getOrDefault("edition", List.of()).stream().findFirst().flatMap(Params::id);
        Optional<Long> roundId = parameters.getOrDefault("round", List.of()).stream().findFirst().flatMap(Params::id);
        edition.getListDataView().getItems().filter(e -> editionId.map(id -> id == e.id()).orElse(false))
                .findFirst().or(() -> edition.getListDataView().getItems().findFirst()).ifPresent(edition::setValue);
        round.getListDataView().getItems().filter(r -> roundId.map(id -> id == r.id()).orElse(false))
                .findFirst().or(() -> round.getListDataView().getItems().findFirst()).ifPresent(round::setValue);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        subscriptions.forEach(Runnable::run);
        subscriptions.clear();
        super.onDetach(detachEvent);
    }

    private RadioButtonGroup<Locale> language() {
        RadioButtonGroup<Locale> group = new RadioButtonGroup<>(getTranslation("publication.view.language"));
        group.setItems(Translations.ITALIAN, Translations.ENGLISH);
        group.setItemLabelGenerator(l -> getTranslation(l == Translations.ITALIAN ? "publication.lang.it" : "publication.lang.en"));
        group.setValue(Translations.supported(getLocale()));
        return group;
    }

    private RadioButtonGroup<DocumentFormat> format() {
        RadioButtonGroup<DocumentFormat> group = new RadioButtonGroup<>(getTranslation("publication.view.format"));
        group.setItems(DocumentFormat.values());
        group.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        group.setValue(DocumentFormat.PDF);
        return group;
    }

    private static Component fields(Component... fields) {
        HorizontalLayout row = new HorizontalLayout(fields);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("documents-fields");
        return row;
    }

    private Section section(String headingKey, String introKey, Component... content) {
        Section section = new Section(new H2(getTranslation(headingKey)), new Paragraph(getTranslation(introKey)));
        section.add(content);
        section.addClassName("documents-section");
        return section;
    }

    private void generateEdition() {
        if (edition.getValue() == null) {
            edition.setInvalid(true);
            edition.setErrorMessage(getTranslation("publication.error.choose-edition"));
            return;
        }
        edition.setInvalid(false);
        start(ExportRequest.edition(edition.getValue().id(), editionLanguage.getValue(), chapters.getValue(),
                editionFormat.getValue()), editionJobs);
    }

    private void generateRound() {
        if (round.getValue() == null) {
            round.setInvalid(true);
            round.setErrorMessage(getTranslation("publication.error.choose-round"));
            return;
        }
        round.setInvalid(false);
        start(ExportRequest.roundReport(round.getValue().id(), roundLanguage.getValue(), roundFormat.getValue()), roundJobs);
    }

    private void start(ExportRequest request, Div into) {
        String jobId;
        try {
            jobId = jobs.start(request);
        } catch (TranslatableException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            return;
        }
        JobRow row = new JobRow(jobId);
        into.addComponentAsFirst(row);
        UI ui = UI.getCurrent();
        Runnable[] unsubscribe = new Runnable[1];
        unsubscribe[0] = jobs.addListener(jobId, status -> ui.access(() -> {
            row.show(status);
            if (status.finished()) {
                subscriptions.remove(unsubscribe[0]);
                if (status.state() == ExportStatus.State.FAILED) {
                    Notifications.error(getTranslation(status.errorKey(),
                            status.errorArgs() == null ? new Object[0] : status.errorArgs()));
                }
            }
        }));
        subscriptions.add(unsubscribe[0]);
    }

    /** One document being made, then its download link. */
    private final class JobRow extends Div {

        private final ProgressBar bar = new ProgressBar(0, 100, 0);
        private final Span step = new Span(getTranslation("publication.step.queued"));

        JobRow(String jobId) {
            addClassName("documents-job");
            getElement().setAttribute("data-job", jobId);
            step.addClassName("documents-job-step");
            step.setId("job-step-" + jobId);
            bar.getElement().setAttribute("aria-labelledby", step.getId().orElseThrow());
            add(bar, step);
        }

        void show(ExportStatus status) {
            switch (status.state()) {
                case RUNNING -> {
                    bar.setValue(status.progress());
                    step.setText(getTranslation("publication.view.progress.step", getTranslation(status.stepKey()),
                            status.progress()));
                }
                case DONE -> {
                    removeAll();
                    Anchor link = new Anchor(status.downloadPath(), getTranslation("publication.view.download",
                            status.fileName(), size(status.size())));
                    link.setRouterIgnore(true);
                    link.getElement().setAttribute("download", status.fileName());
                    link.addClassName("documents-download");
                    add(link);
                }
                case FAILED -> {
                    removeAll();
                    Span failed = new Span(getTranslation("publication.view.failed",
                            getTranslation(status.errorKey(), status.errorArgs() == null ? new Object[0] : status.errorArgs())));
                    failed.addClassName("documents-failed");
                    add(failed);
                }
            }
        }

        private String size(long bytes) {
            return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? String.format(getLocale(), "%.0f KB", bytes / 1024.0)
                    : String.format(getLocale(), "%.1f MB", bytes / (1024.0 * 1024));
        }
    }
}
