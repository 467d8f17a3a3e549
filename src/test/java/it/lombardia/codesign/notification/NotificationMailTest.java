package it.lombardia.codesign.notification;

import static it.lombardia.codesign.notification.NotificationEvents.transition;
import static it.lombardia.codesign.notification.NotificationEvents.uniqueTitle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.identity.AccountDraft;
import it.lombardia.codesign.identity.AccountService;
import it.lombardia.codesign.identity.AccountSummary;
import it.lombardia.codesign.identity.Role;
import it.lombardia.codesign.proposal.ProposalStatus;
import it.lombardia.codesign.review.ReviewerAssigned;
import it.lombardia.codesign.ui.SessionUser;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mail copies, checked at a real SMTP server (GreenMail) running in the test: who gets them,
 * in which language, with which link; none for a change that rolled back; and none lost while the
 * server is down.
 */
@SpringBootTest(properties = {
        "codesign.mail.enabled=true",
        "codesign.mail.from=Co-Design Workspace <codesign@example.org>",
        "codesign.mail.base-url=https://codesign.example.org",
        "codesign.mail.retry-after=PT0S",
        // The tests run the retry job themselves.
        "codesign.mail.retry-interval=PT1H"})
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class NotificationMailTest {

    private static final String LAURA = "laura.bianchi@example.org";
    private static final String MARCO = "marco.colombo@example.org";
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final AtomicLong PROPOSAL_IDS = new AtomicLong(800_000);
    private static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static GreenMail smtp;

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", SMTP::getBindAddress);
        registry.add("spring.mail.port", SMTP::getPort);
    }

    @Autowired
    MailOutbox outbox;
    @Autowired
    NotificationRepository repository;
    @Autowired
    NotificationCenter center;
    @Autowired
    AccountService accounts;
    @Autowired
    SessionUser sessionUser;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transaction;

    NotificationEvents events;

    @BeforeEach
    void setUp() {
        events = new NotificationEvents(publisher, transaction);
        startSmtp();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    @Test
    void eachRecipientGetsAMailInTheirLanguageWithTheLink() throws Exception {
        AccountSummary elena = italianRepresentative("TAV");
        long id = PROPOSAL_IDS.incrementAndGet();
        String title = uniqueTitle("Smart factories");

        events.commit(transition(id, title, ProposalStatus.UNDER_REVIEW, ProposalStatus.CHANGES_REQUESTED, "reviewer",
                "Give the TRL range.", "AFIL", Set.of("AFIL", "TAV"), null));

        MimeMessage english = awaitMail(LAURA, title);
        assertThat(english.getSubject()).isEqualTo("Co-Design Workspace - Changes requested on proposal “" + title + "”");
        assertThat(english.getFrom()).extracting(a -> ((InternetAddress) a).getAddress()).containsExactly("codesign@example.org");
        String body = body(english);
        assertThat(body).startsWith("Hello Laura Bianchi,")
                .contains("Changes were requested on proposal “" + title + "”: Give the TRL range.")
                .contains("https://codesign.example.org/proposals/" + id)
                .contains("https://codesign.example.org/notifications");

        MimeMessage italian = awaitMail(elena.email(), title);
        assertThat(italian.getSubject()).isEqualTo("Co-Design Workspace - Modifiche richieste alla proposta «" + title + "»");
        assertThat(body(italian)).startsWith("Gentile Elena Test,")
                .contains("Sono state chieste modifiche alla proposta «" + title + "»: Give the TRL range.")
                .contains("https://codesign.example.org/proposals/" + id);

        assertThat(mailsAbout(title)).as("the reviewer acted and hears nothing")
                .noneMatch(m -> recipients(m).contains(MARCO));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(rowsAbout(title))
                .filteredOn(n -> Set.of("afil.rep", elena.username()).contains(n.getRecipient()))
                .extracting(Notification::getEmailStatus).containsExactly(EmailStatus.SENT, EmailStatus.SENT));
    }

    @Test
    void aMeetingInvitationIsMailedWithItsSubjectAndTheMeetingsLink() throws Exception {
        String title = uniqueTitle("Working group meeting");
        long id = PROPOSAL_IDS.incrementAndGet();

        events.commit(new it.lombardia.codesign.meeting.MeetingScheduled(id, title, java.time.Instant.parse(
                "2031-03-03T08:30:00Z"), "le2c.rep", Set.of("afil.rep", "le2c.rep")));

        MimeMessage mail = awaitMail(LAURA, title);
        assertThat(mail.getSubject()).isEqualTo("Co-Design Workspace - Invitation to the meeting “" + title + "”");
        assertThat(body(mail)).contains("invited you to the meeting “" + title + "”")
                .contains("(Europe/Rome)")
                .contains("https://codesign.example.org/meetings/" + id);
    }

    @Test
    void aRecipientWithoutAnAddressIsNotifiedInTheAppOnly() {
        SignIn.as(userDetailsService, "admin");
        AccountSummary noMail = accounts.create(new AccountDraft(uniqueUsername(), "No Mail", null, null,
                Set.of(Role.REVIEWER), Set.of()), "long-enough-1");
        String title = uniqueTitle("No address");

        events.commit(new ReviewerAssigned(PROPOSAL_IDS.incrementAndGet(), title, noMail.username(), "admin", null));

        assertThat(rowsAbout(title)).singleElement()
                .extracting(Notification::getEmailStatus).isEqualTo(EmailStatus.NONE);
    }

    @Test
    void nothingIsSentForAChangeThatRolledBack() throws Exception {
        String rolledBack = uniqueTitle("Rolled back");
        String committed = uniqueTitle("Committed");

        events.rollBack(new ReviewerAssigned(PROPOSAL_IDS.incrementAndGet(), rolledBack, "reviewer", "admin", null));
        events.commit(new ReviewerAssigned(PROPOSAL_IDS.incrementAndGet(), committed, "reviewer", "admin", null));

        // Mails go out in order: once the later one is here, the rolled-back one would have been too.
        awaitMail(MARCO, committed);
        assertThat(mailsAbout(rolledBack)).isEmpty();
        assertThat(rowsAbout(rolledBack)).isEmpty();
    }

    @Test
    void whileTheServerIsDownNothingIsLostAndTheRetrySendsItOnce() throws Exception {
        String title = uniqueTitle("Server down");
        smtp.stop();

        transaction.executeWithoutResult(status -> {
            publisher.publishEvent(new ReviewerAssigned(PROPOSAL_IDS.incrementAndGet(), title, "reviewer", "admin",
                    LocalDate.of(2026, 5, 4)));
            assertThat(rowsAbout(title)).as("marked for sending in the same transaction").singleElement()
                    .extracting(Notification::getEmailStatus).isEqualTo(EmailStatus.PENDING);
        });

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(rowsAbout(title)).singleElement()
                .satisfies(n -> {
                    assertThat(n.getEmailStatus()).isEqualTo(EmailStatus.FAILED);
                    assertThat(n.getEmailAttempts()).isEqualTo(1);
                }));
        SignIn.as(userDetailsService, "reviewer");
        assertThat(center.latest(20, Locale.ENGLISH)).anyMatch(n -> n.text().contains(title) && n.unread());

        startSmtp();
        outbox.resendDue();

        MimeMessage mail = awaitMail(MARCO, title);
        assertThat(body(mail)).contains("due by May 4, 2026");
        assertThat(rowsAbout(title)).singleElement().satisfies(n -> {
            assertThat(n.getEmailStatus()).isEqualTo(EmailStatus.SENT);
            assertThat(n.getEmailAttempts()).isEqualTo(2);
        });
        outbox.resendDue();
        assertThat(mailsAbout(title)).hasSize(1);
    }

    @Test
    void afterFiveFailedAttemptsTheRetryGivesUp() {
        String title = uniqueTitle("Gives up");
        smtp.stop();

        events.commit(new ReviewerAssigned(PROPOSAL_IDS.incrementAndGet(), title, "reviewer", "admin", null));
        await().atMost(PATIENCE).until(() -> rowsAbout(title).getFirst().getEmailStatus() == EmailStatus.FAILED);
        for (int i = 0; i < 6; i++) {
            outbox.resendDue();
        }

        assertThat(rowsAbout(title)).singleElement().satisfies(n -> {
            assertThat(n.getEmailStatus()).isEqualTo(EmailStatus.FAILED);
            assertThat(n.getEmailAttempts()).isEqualTo(5);
        });
        startSmtp();
        outbox.resendDue();
        assertThat(rowsAbout(title).getFirst().getEmailAttempts()).isEqualTo(5);
        assertThat(mailsAbout(title)).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------

    private AccountSummary italianRepresentative(String cluster) {
        SignIn.as(userDetailsService, "admin");
        String username = uniqueUsername();
        AccountSummary account = accounts.create(new AccountDraft(username, "Elena Test", username + "@example.org",
                null, Set.of(Role.REPRESENTATIVE), Set.of(cluster)), "long-enough-1");
        SignIn.as(userDetailsService, username);
        sessionUser.rememberLanguage(Locale.ITALIAN);
        SignIn.out();
        return account;
    }

    private List<Notification> rowsAbout(String title) {
        return repository.findAll().stream()
                .filter(n -> n.getMessage().arguments().getFirst().value().equals(title))
                .toList();
    }

    private static MimeMessage awaitMail(String address, String title) {
        return await().atMost(PATIENCE).until(
                () -> mailsAbout(title).stream().filter(m -> recipients(m).contains(address)).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    private static List<MimeMessage> mailsAbout(String title) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(title)).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null ? List.of() : Arrays.stream(to).map(a -> ((InternetAddress) a).getAddress()).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) throws MessagingException, IOException {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }

    private static void startSmtp() {
        if (smtp == null || !smtp.isRunning()) {
            smtp = new GreenMail(SMTP);
            smtp.start();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String uniqueUsername() {
        return "m." + UUID.randomUUID().toString().substring(0, 12);
    }
}
