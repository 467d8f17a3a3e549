package it.lombardia.codesign.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.proposal.HistoryEntry;
import it.lombardia.codesign.proposal.HistoryKind;
import it.lombardia.codesign.proposal.ProposalHistory;
import it.lombardia.codesign.shared.Lombardy;
import it.lombardia.codesign.shared.NotPermittedException;
import it.lombardia.codesign.shared.TranslatableException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Minutes, decisions, action items and the report, as the chair, note-takers, participants and observers use them. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
@RecordApplicationEvents
class MeetingRecordsTest {

    static final String TWINS = "Industrial digital twins for reconfigurable production lines";
    static final String LOGISTICS = "Zero-Emission Logistics and Intermodal Freight";

    @Autowired
    WorkingGroupService groups;
    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingRecords records;
    @Autowired
    MeetingReport reports;
    @Autowired
    ProposalHistory history;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    long twins;
    long logistics;
    String title;
    long meetingId;
    long openingId;
    long twinsItemId;

    @BeforeEach
    void liveMeeting() {
        twins = proposal(TWINS);
        logistics = proposal(LOGISTICS);
        SignIn.as(users, "afil.rep");
        long groupId = groups.create(new WorkingGroupDraft("Group " + UUID.randomUUID(), null, null,
                Set.of("AFIL", "LE2C"), Set.of("le2c.rep", "wg.member")));
        title = "Records " + UUID.randomUUID();
        meetingId = meetings.schedule(new MeetingDraft(groupId, 1L, title, null, Instant.now().plus(Duration.ofDays(1)),
                60, "https://meet.example.org/x", null, "afil.rep",
                List.of(new AgendaItemDraft(null, "Opening", null, 10, List.of()),
                        new AgendaItemDraft(null, "Digital twins", null, 20, List.of(twins))),
                Set.of("le2c.rep", "wg.member", "observer"), Set.of("wg.member")));
        List<AgendaItemView> agenda = meetings.meeting(meetingId).orElseThrow().agenda();
        openingId = agenda.get(0).id();
        twinsItemId = agenda.get(1).id();
        // the live room is another part's; here the meeting is simply under way
        jdbc.update("update meeting set status = 'LIVE', started_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now()), meetingId);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long proposal(String proposalTitle) {
        return jdbc.queryForObject("select id from proposal where title = ?", Long.class, proposalTitle);
    }

    @Test
    void noteTakersAndTheChairWriteWhileParticipantsAndObserversOnlyRead() {
        SignIn.as(users, "wg.member");
        assertThat(records.item(twinsItemId).takeNotes()).isTrue();
        MinutesView first = records.saveMinutes(twinsItemId, 0, "AFIL presented the twins.");
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.updatedByName()).isNotBlank();
        SignIn.as(users, "afil.rep");
        records.saveMinutes(twinsItemId, first.version(), "AFIL presented the twins. Questions followed.");

        for (String reader : List.of("le2c.rep", "observer", "mobility.rep")) {
            SignIn.as(users, reader);
            ItemRecords seen = records.item(twinsItemId);
            assertThat(seen.takeNotes()).as(reader).isFalse();
            assertThat(seen.minutes().body()).as(reader).isEqualTo("AFIL presented the twins. Questions followed.");
            assertThatThrownBy(() -> records.saveMinutes(twinsItemId, 2, "mine")).as(reader)
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> records.decision(meetingId, twinsItemId, "We decide", null)).as(reader)
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> records.addAction(meetingId, twinsItemId, "Do it", "le2c.rep", null)).as(reader)
                    .isInstanceOf(NotPermittedException.class);
        }
        assertThat(records.minutes(openingId).version()).isZero();
        assertThat(records.minutes(openingId).body()).isEmpty();
    }

    @Test
    void aStaleSaveOverwritesNothingAndCarriesTheOtherTextSoBothAreKept() {
        SignIn.as(users, "wg.member");
        MinutesView base = records.saveMinutes(openingId, 0, "Welcome by the chair.");
        SignIn.as(users, "afil.rep");
        MinutesView chairs = records.saveMinutes(openingId, base.version(), "Welcome by the chair. Goals agreed.");

        SignIn.as(users, "wg.member");
        String mine = "Welcome by the chair. Everyone introduced themselves.";
        assertThatThrownBy(() -> records.saveMinutes(openingId, base.version(), mine))
                .isInstanceOfSatisfying(MinutesConflictException.class, e -> {
                    assertThat(e.theirs().body()).isEqualTo("Welcome by the chair. Goals agreed.");
                    assertThat(e.theirs().version()).isEqualTo(chairs.version());
                    assertThat(e.theirs().updatedBy()).isEqualTo("afil.rep");
                    assertThat(e.messageKey()).isEqualTo("records.error.minutes-conflict");
                });
        assertThat(records.minutes(openingId).body()).isEqualTo("Welcome by the chair. Goals agreed.");

        MinutesView merged = records.saveMinutes(openingId, chairs.version(),
                "Welcome by the chair. Goals agreed. Everyone introduced themselves.");
        assertThat(merged.version()).isEqualTo(chairs.version() + 1);
        assertThatThrownBy(() -> records.saveMinutes(openingId, merged.version(), "x".repeat(20001)))
                .hasMessage("records.error.minutes-too-long");
        assertThat(records.minutes(openingId).body()).endsWith("Everyone introduced themselves.");
    }

    @Test
    void aSaveOfTheSavedTextLeavesTheMinutesWithTheirAuthor() {
        SignIn.as(users, "afil.rep");
        MinutesView chairs = records.saveMinutes(openingId, 0, "Welcome by the chair.");
        MinutesView stored = records.minutes(openingId);
        events.clear();

        SignIn.as(users, "wg.member");
        MinutesView after = records.saveMinutes(openingId, chairs.version(), "Welcome by the chair.");

        assertThat(after.version()).isEqualTo(chairs.version());
        assertThat(records.minutes(openingId)).isEqualTo(stored);
        assertThat(events.stream(it.lombardia.codesign.shared.AuditEvent.class)).isEmpty();

        MinutesView mine = records.saveMinutes(openingId, chairs.version(), "Welcome by the chair. Goals agreed.");
        assertThat(mine.version()).isEqualTo(chairs.version() + 1);
        assertThat(mine.updatedBy()).isEqualTo("wg.member");
        assertThat(mine.body()).isEqualTo("Welcome by the chair. Goals agreed.");
    }

    @Test
    void aDecisionAboutAProposalAndItsWithdrawalAppearInTheProposalsHistory() {
        SignIn.as(users, "wg.member");
        String text = "Support the twins proposal " + UUID.randomUUID();
        assertThatThrownBy(() -> records.decision(meetingId, twinsItemId, text, logistics))
                .hasMessage("records.error.proposal-not-on-item");
        assertThatThrownBy(() -> records.decision(meetingId, openingId, text, twins))
                .hasMessage("records.error.proposal-not-on-item");
        assertThatThrownBy(() -> records.decision(meetingId, twinsItemId, "  ", null))
                .hasMessage("records.error.decision-required");
        assertThatThrownBy(() -> records.decision(meetingId, twinsItemId, "x".repeat(2001), null))
                .hasMessage("records.error.too-long");
        assertThat(records.decisions(meetingId)).isEmpty();

        DecisionView decision = records.decision(meetingId, twinsItemId, text, twins);
        assertThat(decision.proposal().title()).isEqualTo(TWINS);
        HistoryEntry recorded = entry(text, HistoryKind.MEETING_DECISION);
        assertThat(recorded.actor()).isEqualTo("wg.member");
        assertThat(recorded.sourceTitle()).isEqualTo(title);
        assertThat(recorded.sourceLink()).isEqualTo(MeetingLinks.report(meetingId));

        SignIn.as(users, "le2c.rep");
        assertThatThrownBy(() -> records.withdrawDecision(decision.id(), null)).isInstanceOf(NotPermittedException.class);
        SignIn.as(users, "afil.rep");
        DecisionView withdrawn = records.withdrawDecision(decision.id(), "Taken too early");
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.withdrawnBy().username()).isEqualTo("afil.rep");
        assertThatThrownBy(() -> records.withdrawDecision(decision.id(), null)).hasMessage("records.error.already-withdrawn");
        HistoryEntry withdrawal = entry(text, HistoryKind.MEETING_DECISION_WITHDRAWN);
        assertThat(withdrawal.note()).isEqualTo("Taken too early");
        assertThat(withdrawal.actor()).isEqualTo("afil.rep");

        SignIn.as(users, "observer");
        assertThat(records.decisions(meetingId)).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo(text);
            assertThat(d.withdrawn()).isTrue();
            assertThat(d.withdrawReason()).isEqualTo("Taken too early");
        });
        assertThat(history.history(twins)).filteredOn(e -> text.equals(e.reason())).hasSize(2);
    }

    private HistoryEntry entry(String text, HistoryKind kind) {
        return history.history(twins).stream().filter(e -> e.kind() == kind && text.equals(e.reason()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " entry for " + text));
    }

    @Test
    void actionItemsNeedTextAnActiveOwnerAndNoPastDueDateAndTellTheOwner() {
        SignIn.as(users, "wg.member");
        LocalDate yesterday = LocalDate.now(Lombardy.ZONE).minusDays(1);
        assertThatThrownBy(() -> records.addAction(meetingId, twinsItemId, " ", "le2c.rep", null))
                .hasMessage("records.error.action-required");
        assertThatThrownBy(() -> records.addAction(meetingId, twinsItemId, "Send data", " ", null))
                .hasMessage("records.error.owner-required");
        assertThatThrownBy(() -> records.addAction(meetingId, twinsItemId, "Send data", "nobody.here", null))
                .hasMessage("records.error.no-such-owner");
        assertThatThrownBy(() -> records.addAction(meetingId, twinsItemId, "Send data", "le2c.rep", yesterday))
                .hasMessage("records.error.due-past");
        assertThat(records.actions(meetingId)).isEmpty();
        assertThat(events.stream(ActionAssigned.class)).isEmpty();

        LocalDate due = LocalDate.now(Lombardy.ZONE).plusDays(7);
        ActionView action = records.addAction(meetingId, twinsItemId, "Send the energy data", "le2c.rep", due);
        assertThat(events.stream(ActionAssigned.class)).singleElement().satisfies(e -> {
            assertThat(e.meetingId()).isEqualTo(meetingId);
            assertThat(e.actionId()).isEqualTo(action.id());
            assertThat(e.owner()).isEqualTo("le2c.rep");
            assertThat(e.dueDate()).isEqualTo(due);
            assertThat(e.actor()).isEqualTo("wg.member");
            assertThat(e.meetingTitle()).isEqualTo(title);
        });

        SignIn.as(users, "observer");
        assertThat(records.actions(meetingId)).singleElement().satisfies(a -> assertThat(a.mayMarkDone()).isFalse());
        assertThatThrownBy(() -> records.setActionDone(action.id(), true)).isInstanceOf(NotPermittedException.class);
        SignIn.as(users, "le2c.rep");
        assertThat(records.setActionDone(action.id(), true).done()).isTrue();
        assertThat(records.actions(meetingId).getFirst().done()).isTrue();
    }

    @Test
    void aCancelledMeetingTakesNoMoreRecords() {
        jdbc.update("update meeting set status = 'CANCELLED' where id = ?", meetingId);
        SignIn.as(users, "afil.rep");
        assertThat(records.item(openingId).takeNotes()).isFalse();
        assertThatThrownBy(() -> records.saveMinutes(openingId, 0, "Late"))
                .isInstanceOf(TranslatableException.class).hasMessage("records.error.cancelled");
    }

    @Test
    void theReportHasAttendanceAgendaMinutesDecisionsAndActionsAndThePdfTheSame() throws Exception {
        SignIn.as(users, "wg.member");
        records.saveMinutes(twinsItemId, 0, "Qualità, efficienza è più: 5 € di risparmio.");
        records.decision(meetingId, twinsItemId, "Twins go forward", twins);
        records.addAction(meetingId, twinsItemId, "Add the pilot sites", "afil.rep", null);
        jdbc.update("update meeting_invitee set attended = true, first_joined_at = ? where meeting_id = ? and username = ?",
                java.sql.Timestamp.from(Instant.now()), meetingId, "le2c.rep");
        jdbc.update("update meeting set status = 'ENDED', ended_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now()), meetingId);
        jdbc.update("update meeting_agenda_item set spent_seconds = 1490 where id = ?", twinsItemId);

        SignIn.as(users, "observer");
        ReportData report = reports.report(meetingId, Locale.ENGLISH);
        assertThat(report.isFinal()).isTrue();
        assertThat(report.attendance()).extracting(InviteeView::username)
                .containsExactlyInAnyOrder("afil.rep", "le2c.rep", "wg.member", "observer");
        assertThat(report.attendedCount()).isEqualTo(1);
        assertThat(report.items()).extracting(ReportData.Item::title).containsExactly("Opening", "Digital twins");
        ReportData.Item item = report.items().get(1);
        assertThat(item.proposals()).extracting(ProposalRef::title).containsExactly(TWINS);
        assertThat(item.minutes().body()).startsWith("Qualità");
        assertThat(item.decisions()).extracting(DecisionView::text).containsExactly("Twins go forward");
        assertThat(item.actions()).extracting(a -> a.owner().username()).containsExactly("afil.rep");
        assertThat(item.sections()).isEmpty();
        assertThat(item.minutesTaken()).hasValue(25);
        assertThat(report.items().getFirst().minutesTaken()).isEmpty();

        byte[] pdf = reports.pdf(meetingId, Locale.ITALIAN);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String all = text.toString();
        assertThat(all).contains(title, "Presenze", "Ordine del giorno", "Digital twins",
                "Qualità, efficienza è più: 5 € di risparmio.", "Twins go forward", "Add the pilot sites", TWINS,
                "25 min effettivi");
        assertThat(MeetingReport.pdfFileName(meetingId)).isEqualTo("meeting-" + meetingId + "-report.pdf");
    }

    @Test
    void aScheduledMeetingsReportShowsTheAgendaOnly() {
        jdbc.update("update meeting set status = 'SCHEDULED', started_at = null where id = ?", meetingId);
        SignIn.as(users, "observer");
        ReportData report = reports.report(meetingId, Locale.ENGLISH);
        assertThat(report.hasRecords()).isFalse();
        assertThat(report.items()).hasSize(2);
    }

    @Test
    void theDemoKickOffHasItsRecordAndTheTwinsProposalRemembersItsDecision() {
        SignIn.as(users, "observer");
        long kickOff = jdbc.queryForObject("select id from meeting where title = ?", Long.class,
                "Kick-off of the manufacturing and logistics group");
        ReportData report = reports.report(kickOff, Locale.ENGLISH);
        assertThat(report.status()).isEqualTo(MeetingStatus.ENDED);
        assertThat(report.attendedCount()).isEqualTo(3);
        assertThat(report.items()).hasSize(3).allSatisfy(i -> assertThat(i.minutes().isEmpty()).isFalse());
        assertThat(report.items().stream().flatMap(i -> i.decisions().stream())).hasSize(2);
        assertThat(report.items().stream().flatMap(i -> i.actions().stream())).hasSize(2);
        assertThat(history.history(twins)).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(HistoryKind.MEETING_DECISION);
            assertThat(e.sourceLink()).isEqualTo(MeetingLinks.report(kickOff));
        });
    }
}
