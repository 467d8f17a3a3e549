package it.lombardia.codesign.meeting;

import it.lombardia.codesign.poll.PollResultText;
import it.lombardia.codesign.poll.PollService;
import it.lombardia.codesign.poll.PollView;
import it.lombardia.codesign.ui.Translations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The polls of an agenda item in the meeting report: each poll's question, kind, turnout and results
 * as the reader may see them (results hidden until the close stay hidden, anonymous polls name nobody).
 */
@Component
@Order(1)
class PollReportSections implements ItemReportSections {

    private final PollService polls;
    private final Translations translations;

    PollReportSections(PollService polls, Translations translations) {
        this.polls = polls;
        this.translations = translations;
    }

    @Override
    public List<ReportSection> sections(long meetingId, long itemId, Locale locale) {
        List<PollView> list = new ArrayList<>(polls.polls(MeetingRoom.POLL_VENUE, meetingId, itemId));
        java.util.Collections.reverse(list); // oldest first, as they happened
        return list.stream().map(poll -> section(poll, locale)).toList();
    }

    private ReportSection section(PollView poll, Locale locale) {
        String kind = t(locale, PollResultText.kindKey(poll.kind()));
        String heading = t(locale, "report.poll.heading", poll.question(), kind,
                t(locale, poll.anonymous() ? "poll.anonymous" : "poll.named"));
        String turnout = t(locale, "poll.turnout", poll.ballots(), poll.electorate());
        if (!poll.resultsShown()) {
            return new ReportSection(heading, List.of(), List.of(), turnout + " " + t(locale, "poll.results.hidden"));
        }
        boolean named = !poll.anonymous();
        List<String> columns = new ArrayList<>(List.of(t(locale, "report.poll.place"), t(locale, "report.poll.option"),
                t(locale, "report.poll.result")));
        if (named) {
            columns.add(t(locale, "report.poll.voters"));
        }
        List<List<String>> rows = poll.results().stream().map(result -> {
            List<String> row = new ArrayList<>(List.of(String.valueOf(result.place()), result.label(),
                    PollResultText.numbers(poll.kind(), result, locale, (key, args) -> t(locale, key, args))));
            if (named) {
                row.add(result.marks().stream().map(mark -> PollResultText.mark(poll.kind(), mark, (key, args) -> t(locale, key, args)))
                        .collect(Collectors.joining(", ")));
            }
            return (List<String>) row;
        }).toList();
        String note = poll.closed() ? turnout : turnout + " " + t(locale, "report.poll.still-open");
        return new ReportSection(heading, columns, rows, note);
    }

    private String t(Locale locale, String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }
}
