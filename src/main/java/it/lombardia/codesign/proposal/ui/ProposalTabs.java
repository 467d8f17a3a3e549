package it.lombardia.codesign.proposal.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import it.lombardia.codesign.discussion.DiscussionChanges;
import it.lombardia.codesign.discussion.DiscussionService;
import it.lombardia.codesign.discussion.ui.DiscussionPanel;
import it.lombardia.codesign.identity.AccountDirectory;
import it.lombardia.codesign.live.LiveUpdates;
import it.lombardia.codesign.proposal.ProposalChanges;
import it.lombardia.codesign.proposal.ProposalDetails;
import it.lombardia.codesign.proposal.HistoryEntry;
import it.lombardia.codesign.proposal.ProposalHistory;
import it.lombardia.codesign.proposal.VersionView;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The proposal page's tabs: the form, the co-proposers, the discussion (its label counts the open
 * threads, live) and the history. Made once per proposal, so that a live refresh never moves the
 * reader to another tab; the history is rebuilt only when it is looked at, being the costly one.
 */
class ProposalTabs extends TabSheet {

    private final ProposalHistory history;
    private final DiscussionService discussion;
    private final LiveUpdates live;
    private final AccountDirectory people;
    private final Div coProposers = new Div();
    private final Div historyTab = new Div();
    private Tab historyHeader;
    private boolean historyStale = true;
    private ProposalDetails shown;
    private VersionComparison comparison;

    ProposalTabs(ProposalHistory history, DiscussionService discussion, LiveUpdates live, AccountDirectory people) {
        this.history = history;
        this.people = people;
        this.discussion = discussion;
        this.live = live;
        setWidthFull();
        addSelectedChangeListener(e -> {
            if (e.getSelectedTab() != null && e.getSelectedTab() == historyHeader) {
                showHistory();
            }
        });
    }

    /** Starts afresh with the form alone (a new proposal) or with all tabs of an existing one. */
    void reset(ProposalForm form, ProposalDetails details, VersionComparison comparison) {
        while (getTabCount() > 0) {
            remove(0);
        }
        this.comparison = comparison;
        shown = null;
        historyStale = true;
        coProposers.removeAll();
        historyTab.removeAll();
        add(getTranslation("workflow.tab.proposal"), form);
        if (details == null) {
            return;
        }
        add(getTranslation("workflow.tab.co-proposers"), coProposers);
        Map<String, String> fieldLabels = new LinkedHashMap<>();
        form.fields().forEach((name, field) -> {
            if (field instanceof HasLabel labelled) {
                fieldLabels.put(name, labelled.getLabel());
            }
        });
        Div discussionTab = new Div(new DiscussionPanel(discussion, live, ProposalChanges.DISCUSSION_SUBJECT,
                details.id(), fieldLabels));
        Tab discussionHeader = add(discussionLabel(details.id()), discussionTab);
        discussionHeader.setId("discussion-tab");
        // Bound to the tab itself, which is always shown: the panel is attached only once opened.
        live.bind(discussionHeader, DiscussionChanges.about(ProposalChanges.DISCUSSION_SUBJECT, details.id()),
                messages -> discussionHeader.setLabel(discussionLabel(details.id())));
        historyHeader = add(getTranslation("workflow.tab.history"), historyTab);
    }

    /** Shows the proposal's co-proposers (answerable for the given clusters) and marks the history stale. */
    void show(ProposalDetails details, Set<String> answerable, Function<String, String> clusterLabel,
              BiConsumer<String, Boolean> answer) {
        shown = details;
        coProposers.removeAll();
        coProposers.add(new InvitationsPanel(details, answerable, clusterLabel, answer));
        historyStale = true;
        if (getSelectedTab() == historyHeader) {
            showHistory();
        }
    }

    private void showHistory() {
        if (!historyStale || shown == null) {
            return;
        }
        historyStale = false;
        historyTab.removeAll();
        List<HistoryEntry> entries = history.history(shown.id());
        List<VersionView> versions = history.versions(shown.id());
        // everyone named in the history, read at once; people are shown by name
        Set<String> usernames = new HashSet<>();
        entries.forEach(e -> usernames.add(e.actor()));
        versions.forEach(v -> usernames.add(v.savedBy()));
        Map<String, String> names = people.displayNames(usernames);
        historyTab.add(new HistoryPanel(shown.id(), entries, versions, comparison,
                username -> names.getOrDefault(username, username)));
    }

    private String discussionLabel(long proposalId) {
        long open = discussion.openThreadCount(ProposalChanges.DISCUSSION_SUBJECT, proposalId);
        return open == 0 ? getTranslation("workflow.tab.discussion")
                : getTranslation("workflow.tab.discussion-open", open);
    }
}
