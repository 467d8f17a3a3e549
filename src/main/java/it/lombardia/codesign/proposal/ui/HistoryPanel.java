package it.lombardia.codesign.proposal.ui;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import it.lombardia.codesign.proposal.HistoryEntry;
import it.lombardia.codesign.proposal.HistoryKind;
import it.lombardia.codesign.proposal.VersionView;
import it.lombardia.codesign.ui.Formats;
import it.lombardia.codesign.ui.SideBySideDiff;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * A proposal's history, newest first, and any two of its versions side by side with the changes
 * highlighted field by field.
 */
class HistoryPanel extends Div {

    private final long proposalId;
    private final List<VersionView> versions;
    private final VersionComparison comparison;
    private final Function<Integer, VersionView> versionLoader;
    private final Select<Integer> older = new Select<>();
    private final Select<Integer> newer = new Select<>();
    private final Div diff = new Div();

    HistoryPanel(long proposalId, List<HistoryEntry> history, List<VersionView> versions, VersionComparison comparison,
                 Function<String, String> displayName) {
        this.proposalId = proposalId;
        this.versions = versions;
        this.comparison = comparison;
        this.versionLoader = n -> versions.stream().filter(v -> v.number() == n).findFirst().orElseThrow();
        addClassName("history-panel");
        add(new H3(getTranslation("workflow.versions")));
        if (versions.size() < 2) {
            add(new Paragraph(getTranslation("workflow.versions.only-one")));
        } else {
            List<Integer> numbers = versions.stream().map(VersionView::number).toList();
            for (Select<Integer> select : List.of(older, newer)) {
                select.setItems(numbers);
                select.setItemLabelGenerator(n -> versionLabel(versionLoader.apply(n), displayName));
                select.addValueChangeListener(e -> compare(displayName));
            }
            older.setId("compare-older");
            newer.setId("compare-newer");
            older.setLabel(getTranslation("workflow.versions.older"));
            newer.setLabel(getTranslation("workflow.versions.newer"));
            older.setValue(numbers.get(numbers.size() - 2));
            newer.setValue(numbers.getLast());
            HorizontalLayout pickers = new HorizontalLayout(older, newer);
            pickers.setWrap(true);
            add(pickers, diff);
        }
        add(new H3(getTranslation("workflow.history")));
        OrderedList timeline = new OrderedList();
        timeline.addClassName("history-timeline");
        history.reversed().forEach(entry -> timeline.add(item(entry, displayName)));
        add(timeline);
    }

    private void compare(Function<String, String> displayName) {
        diff.removeAll();
        if (older.getValue() == null || newer.getValue() == null) {
            return;
        }
        VersionView a = versionLoader.apply(older.getValue());
        VersionView b = versionLoader.apply(newer.getValue());
        diff.add(new SideBySideDiff(versionLabel(a, displayName), versionLabel(b, displayName),
                comparison.rows(a.content(), b.content())));
    }

    private String versionLabel(VersionView v, Function<String, String> displayName) {
        return getTranslation("workflow.versions.label", v.number(), Formats.dateTime(v.savedAt(), getLocale()),
                displayName.apply(v.savedBy()));
    }

    /**
     * One entry: a first line with when (a {@code <time>}) and who, a second with what happened and its
     * links, then the reason or note. Real spaces and separators lie between the parts, so that they
     * never run together, neither on screen nor for a screen reader reading the text.
     */
    private ListItem item(HistoryEntry entry, Function<String, String> displayName) {
        ListItem item = new ListItem();
        item.addClassName("history-entry");
        Time when = new Time(entry.at(), Formats.dateTime(entry.at(), getLocale()));
        when.addClassName("history-when");
        Span who = new Span(displayName.apply(entry.actor()));
        who.addClassName("history-who");
        Div head = new Div(when, new Text(" · "), who);
        head.addClassName("history-head");
        Div what = new Div(new Span(what(entry)));
        what.addClassName("history-what");
        if (entry.proposalId() != proposalId) {
            what.add(new Text(" · "), link("workflow.history.from-merged", entry.proposalId()));
        }
        if (entry.relatedProposalId() != null) {
            what.add(new Text(" · "), link(entry.kind() == HistoryKind.MERGED_IN ? "workflow.history.merged-source"
                    : "workflow.history.merged-target", entry.relatedProposalId()));
        }
        if (entry.sourceLink() != null) {
            // a route of another feature (a meeting's report), stored with the entry
            Anchor source = new Anchor(entry.sourceLink(), getTranslation("workflow.history.source",
                    entry.sourceTitle() == null ? "" : entry.sourceTitle()));
            source.addClassName("history-source");
            what.add(new Text(" · "), source);
        }
        // the space between the two lines keeps them apart for whatever reads the text as one
        item.add(head, new Text(" "), what);
        if (entry.reason() != null) {
            Paragraph reason = new Paragraph(entry.reason());
            reason.addClassName("history-reason");
            item.add(reason);
        }
        if (entry.note() != null) {
            Paragraph note = new Paragraph(getTranslation("workflow.history.note", entry.note()));
            note.addClassName("history-note");
            item.add(note);
        }
        return item;
    }

    private String what(HistoryEntry entry) {
        return switch (entry.kind()) {
            case TRANSITION -> getTranslation("workflow.history.transition",
                    entry.from() == null ? "" : getTranslation(entry.from().labelKey()),
                    getTranslation(entry.to().labelKey()));
            case INVITED, INVITATION_ACCEPTED, INVITATION_DECLINED, INVITATION_CANCELLED ->
                    getTranslation(entry.kind().labelKey()) + ": " + entry.clusterCode();
            case CREATED, EDITED -> getTranslation(entry.kind().labelKey())
                    + (entry.versionNumber() == null ? "" : " · " + getTranslation("workflow.versions.number",
                    entry.versionNumber()));
            case MERGED_IN, MEETING_DECISION, MEETING_DECISION_WITHDRAWN -> getTranslation(entry.kind().labelKey());
        };
    }

    /** A moment as HTML's {@code <time>}, with the machine-readable instant beside the text shown. */
    @Tag("time")
    private static final class Time extends HtmlComponent implements HasText {

        Time(Instant at, String shown) {
            getElement().setAttribute("datetime", at.toString());
            setText(shown);
        }
    }

    private RouterLink link(String key, long id) {
        return new RouterLink(getTranslation(key, id), ProposalView.class,
                new RouteParameters("proposalId", String.valueOf(id)));
    }
}
