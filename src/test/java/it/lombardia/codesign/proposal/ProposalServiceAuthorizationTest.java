package it.lombardia.codesign.proposal;

import static it.lombardia.codesign.proposal.ProposalDraft.macroTheme;
import static it.lombardia.codesign.proposal.ProposalDraft.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import it.lombardia.codesign.SignIn;
import it.lombardia.codesign.TestTags;
import it.lombardia.codesign.identity.AccountDraft;
import it.lombardia.codesign.identity.AccountService;
import it.lombardia.codesign.identity.AccountSummary;
import it.lombardia.codesign.identity.Role;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.shared.NotPermittedException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** Who may create and change which proposal, checked by the service whatever the view does. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Tag(TestTags.PERSISTENCE)
class ProposalServiceAuthorizationTest {

    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalLifecycle lifecycle;
    @Autowired
    ProposalRepository repository;
    @Autowired
    RoundService rounds;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    TransactionTemplate transactions;

    long roundId;

    @BeforeEach
    void openRound() {
        roundId = rounds.openRound().orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    // ---------------------------------------------------------------------------------------------
    // Representatives
    // ---------------------------------------------------------------------------------------------

    @Test
    void afilRepresentativeCreatesAnAfilLedProposal() {
        SignIn.as(userDetailsService, "afil.rep");
        String title = unique("AFIL-led");
        long before = repository.count();

        ProposalDetails created = proposals.create(roundId, macroTheme("AFIL", title).build());

        assertThat(created.status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(created.roundId()).isEqualTo(roundId);
        assertThat(created.createdBy()).isEqualTo("afil.rep");
        assertThat(created.content().leadClusterCode()).isEqualTo("AFIL");
        assertThat(repository.count()).isEqualTo(before + 1);
        ProposalDetails stored = proposals.find(created.id()).orElseThrow();
        assertThat(stored.content().title()).isEqualTo(title);
        assertThat(stored.content().leadClusterCode()).isEqualTo("AFIL");
    }

    @Test
    void afilRepresentativeMayNotCreateAProposalLedByLe2cWithoutAfil() {
        SignIn.as(userDetailsService, "afil.rep");
        String title = unique("LE2C-led by AFIL rep");
        long before = repository.count();

        assertThatThrownBy(() -> proposals.create(roundId, macroTheme("LE2C", title).co("CLM").ecosystems("SUSTAINABILITY").build()))
                .isInstanceOf(NotPermittedException.class)
                .extracting(e -> ((NotPermittedException) e).messageKey()).isEqualTo("error.proposal.lead-yours");

        assertThat(repository.count()).isEqualTo(before);
        assertThat(proposals.count(ProposalFilter.ofRound(roundId).withText(title))).isZero();
    }

    @Test
    void afilRepresentativeMayNotCreateALe2cLedProposalEvenWhenAfilCoProposes() {
        // The lead cluster starts a proposal and invites the others; nobody names another cluster as lead.
        SignIn.as(userDetailsService, "afil.rep");
        String title = unique("LE2C-led with AFIL");
        long before = repository.count();

        assertThatThrownBy(() -> proposals.create(roundId,
                macroTheme("LE2C", title).co("AFIL").ecosystems("SUSTAINABILITY").build()))
                .isInstanceOf(NotPermittedException.class)
                .extracting(e -> ((NotPermittedException) e).messageKey()).isEqualTo("error.proposal.lead-yours");

        assertThat(repository.count()).isEqualTo(before);
        assertThat(proposals.count(ProposalFilter.ofRound(roundId).withText(title))).isZero();
    }

    @Test
    void afilRepresentativeMayNotSaveALe2cOnlyProposal() {
        SignIn.as(userDetailsService, "le2c.rep");
        String title = unique("LE2C only");
        ProposalDetails original = proposals.create(roundId, macroTheme("LE2C", title).ecosystems("SUSTAINABILITY").build());

        SignIn.as(userDetailsService, "afil.rep");
        ProposalContent changed = ProposalDraft.of(original.content()).title(title + " hijacked").co("AFIL").build();
        assertThatThrownBy(() -> proposals.save(original.id(), original.version(), changed))
                .isInstanceOf(NotPermittedException.class)
                .extracting(e -> ((NotPermittedException) e).messageKey()).isEqualTo("workflow.refusal.not-your-cluster");
        assertThatThrownBy(() -> lifecycle.submit(original.id(), original.version()))
                .isInstanceOf(NotPermittedException.class)
                .extracting(e -> ((NotPermittedException) e).messageKey()).isEqualTo("workflow.refusal.not-your-cluster");

        SignIn.as(userDetailsService, "admin"); // the Region reads what is stored; the refused user may not
        ProposalDetails stored = proposals.find(original.id()).orElseThrow();
        assertThat(stored.content()).isEqualTo(original.content());
        assertThat(stored.version()).isEqualTo(original.version());
        assertThat(stored.status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(stored.updatedBy()).isEqualTo("le2c.rep");
    }

    @Test
    void afilRepresentativeMayEditAProposalWhereAfilCoProposesOnceAfilAccepted() {
        SignIn.as(userDetailsService, "le2c.rep");
        String title = unique("LE2C with AFIL");
        ProposalDetails invited = proposals.create(roundId,
                macroTheme("LE2C", title).co("AFIL").ecosystems("SUSTAINABILITY").build());

        SignIn.as(userDetailsService, "afil.rep");
        // invited, not yet co-proposing: AFIL may not edit until it accepts
        ProposalContent early = ProposalDraft.of(invited.content()).title(title + " edited too early").build();
        assertThatThrownBy(() -> proposals.save(invited.id(), invited.version(), early))
                .isInstanceOf(NotPermittedException.class)
                .extracting(e -> ((NotPermittedException) e).messageKey()).isEqualTo("workflow.refusal.not-your-cluster");
        ProposalDetails original = lifecycle.answerInvitation(invited.id(), invited.version(), "AFIL", true);
        ProposalContent changed = ProposalDraft.of(original.content()).title(title + " edited by AFIL")
                .ecosystems("SUSTAINABILITY", "ADVANCED_MANUFACTURING").build();
        ProposalDetails saved = proposals.save(original.id(), original.version(), changed);

        assertThat(saved.version()).isGreaterThan(original.version());
        SignIn.as(userDetailsService, "admin"); // the Region reads what is stored; the refused user may not
        ProposalDetails stored = proposals.find(original.id()).orElseThrow();
        assertThat(stored.content().title()).isEqualTo(title + " edited by AFIL");
        assertThat(stored.content().ecosystemCodes()).containsExactlyInAnyOrder("SUSTAINABILITY", "ADVANCED_MANUFACTURING");
        assertThat(stored.updatedBy()).isEqualTo("afil.rep");
        assertThat(stored.createdBy()).isEqualTo("le2c.rep");
    }

    @Test
    void afilRepresentativeMayNotMoveAProposalToClustersWithoutAfil() {
        SignIn.as(userDetailsService, "afil.rep");
        String title = unique("AFIL keeps its cluster");
        ProposalDetails original = proposals.create(roundId, macroTheme("AFIL", title).co("SCC").build());

        for (ProposalContent moved : List.of(
                ProposalDraft.of(original.content()).lead("LE2C").co().build(),
                ProposalDraft.of(original.content()).lead("SCC").co("LE2C").build(),
                ProposalDraft.of(original.content()).lead("LE2C").co("SCC", "CLM").title(title + " moved").build())) {
            assertThatThrownBy(() -> proposals.save(original.id(), original.version(), moved))
                    .as("moved to %s", moved.allClusterCodes())
                    .isInstanceOf(NotPermittedException.class)
                    .extracting(e -> ((NotPermittedException) e).messageKey())
                    .isEqualTo("error.proposal.lead-yours");
        }

        SignIn.as(userDetailsService, "admin"); // the Region reads what is stored; the refused user may not
        ProposalDetails stored = proposals.find(original.id()).orElseThrow();
        assertThat(stored.content()).isEqualTo(original.content());
        assertThat(stored.version()).isEqualTo(original.version());
    }

    @Test
    void afilRepresentativeMayNotHandTheLeadToAnotherClusterEvenIfAfilStaysCoProposer() {
        // The lead must stay one of the representative's clusters; the refusal says so (not "include one of yours").
        SignIn.as(userDetailsService, "afil.rep");
        ProposalDetails original = proposals.create(roundId, macroTheme("AFIL", unique("AFIL hands over")).build());

        assertThatThrownBy(() -> proposals.save(original.id(), original.version(),
                ProposalDraft.of(original.content()).lead("LE2C").co("AFIL").build()))
                .isInstanceOf(NotPermittedException.class)
                .extracting(e -> ((NotPermittedException) e).messageKey()).isEqualTo("error.proposal.lead-yours");

        SignIn.as(userDetailsService, "admin"); // the Region reads what is stored; the refused user may not
        ProposalDetails stored = proposals.find(original.id()).orElseThrow();
        assertThat(stored.content()).isEqualTo(original.content());
        assertThat(stored.version()).isEqualTo(original.version());
        assertThat(stored.invitations()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------
    // Other roles
    // ---------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"observer", "wg.member", "reviewer"})
    void nonRepresentativesMayNotCreate(String username) {
        SignIn.as(userDetailsService, username);
        String title = unique("by " + username);
        long before = repository.count();

        // wg.member belongs to SCC, so an SCC-led proposal is the one it would most plausibly try
        assertThatThrownBy(() -> proposals.create(roundId,
                macroTheme("SCC", title).ecosystems("CULTURE_KNOWLEDGE").build()))
                .isInstanceOf(NotPermittedException.class)
                .extracting(e -> ((NotPermittedException) e).messageKey()).isEqualTo("workflow.refusal.representatives-only");

        assertThat(repository.count()).isEqualTo(before);
        assertThat(proposals.mayCreate()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"observer", "wg.member", "reviewer"})
    void nonRepresentativesMayNotSaveOrSubmit(String username) {
        SignIn.as(userDetailsService, "admin");
        String title = unique("SCC-led for " + username);
        ProposalDetails original = proposals.create(roundId,
                macroTheme("SCC", title).ecosystems("CULTURE_KNOWLEDGE").build());

        SignIn.as(userDetailsService, username);
        ProposalContent changed = ProposalDraft.of(original.content()).title(title + " changed").build();
        assertThatThrownBy(() -> proposals.save(original.id(), original.version(), changed))
                .isInstanceOf(NotPermittedException.class)
                .extracting(e -> ((NotPermittedException) e).messageKey()).isEqualTo("workflow.refusal.not-your-cluster");
        assertThatThrownBy(() -> lifecycle.submit(original.id(), original.version()))
                .isInstanceOf(NotPermittedException.class)
                .extracting(e -> ((NotPermittedException) e).messageKey()).isEqualTo("workflow.refusal.not-your-cluster");

        SignIn.as(userDetailsService, "admin"); // the Region reads what is stored; the refused user may not
        ProposalDetails stored = proposals.find(original.id()).orElseThrow();
        assertThat(stored.content().title()).isEqualTo(title);
        assertThat(stored.status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(stored.version()).isEqualTo(original.version());
    }

    @Test
    void adminMayCreateForAnyClusterAndEditAnyProposal() {
        SignIn.as(userDetailsService, "le2c.rep");
        String title = unique("LE2C for admin");
        ProposalDetails le2c = proposals.create(roundId, macroTheme("LE2C", title).ecosystems("SUSTAINABILITY").build());

        SignIn.as(userDetailsService, "admin");
        ProposalDetails saved = proposals.save(le2c.id(), le2c.version(),
                ProposalDraft.of(le2c.content()).title(title + " by admin").lead("LGCA").co("TAV").build());
        ProposalDetails lgca = proposals.create(roundId,
                macroTheme("LGCA", unique("LGCA by admin")).ecosystems("SUSTAINABILITY").build());

        assertThat(saved.updatedBy()).isEqualTo("admin");
        ProposalDetails stored = proposals.find(le2c.id()).orElseThrow();
        assertThat(stored.content().title()).isEqualTo(title + " by admin");
        assertThat(stored.content().allClusterCodes()).containsExactlyInAnyOrder("LGCA", "TAV");
        assertThat(proposals.find(lgca.id()).orElseThrow().createdBy()).isEqualTo("admin");
        assertThat(proposals.clustersForCurrentUser()).hasSize(9);
    }

    // ---------------------------------------------------------------------------------------------
    // No session, disabled account
    // ---------------------------------------------------------------------------------------------

    @Test
    void callsWithoutAuthenticationAreRefused() {
        SignIn.as(userDetailsService, "afil.rep");
        String title = unique("anonymous target");
        ProposalDetails original = proposals.create(roundId, macroTheme("AFIL", title).build());
        SignIn.out();
        long before = repository.count();
        ProposalContent content = macroTheme("AFIL", unique("anonymous")).build();
        ProposalContent changed = ProposalDraft.of(original.content()).title(title + " anonymous").build();

        assertRefusedAnonymously(() -> proposals.create(roundId, content));
        assertRefusedAnonymously(() -> proposals.save(original.id(), original.version(), changed));
        assertRefusedAnonymously(() -> lifecycle.submit(original.id(), original.version()));
        assertRefusedAnonymously(() -> proposals.search(ProposalFilter.ofRound(roundId), Pageable.ofSize(5)));

        assertThat(repository.count()).isEqualTo(before);
        ProposalDetails stored = stored(original.id());
        assertThat(stored.content()).isEqualTo(original.content());
        assertThat(stored.status()).isEqualTo(ProposalStatus.DRAFT);
    }

    @Test
    void callsWithAnAnonymousTokenAreDenied() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        long before = repository.count();

        assertThatThrownBy(() -> proposals.create(roundId, macroTheme("AFIL", unique("anonymous token")).build()))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void theOpenSessionOfADisabledAccountIsRefused() {
        SignIn.as(userDetailsService, "admin");
        String username = "afil.tmp." + UUID.randomUUID();
        accounts.create(new AccountDraft(username, "Temporary AFIL Representative", null, null,
                Set.of(Role.REPRESENTATIVE), Set.of("AFIL")), "long-enough-password");

        Authentication session = SignIn.as(userDetailsService, username);
        String title = unique("by soon disabled");
        ProposalDetails own = proposals.create(roundId, macroTheme("AFIL", title).build());
        assertThat(own.createdBy()).isEqualTo(username);

        SignIn.as(userDetailsService, "admin");
        AccountSummary account = accounts.search(username, Pageable.ofSize(5))
                .getContent().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
        assertThat(accounts.setEnabled(account.id(), account.version(), false).enabled()).isFalse();

        SecurityContextHolder.getContext().setAuthentication(session);
        long before = repository.count();
        assertThatThrownBy(() -> proposals.create(roundId, macroTheme("AFIL", unique("by disabled")).build()))
                .isInstanceOf(NotPermittedException.class)
                .extracting(e -> ((NotPermittedException) e).messageKey()).isEqualTo("error.sign-in-required");
        ProposalContent changed = ProposalDraft.of(own.content()).title(title + " by disabled").build();
        assertThatThrownBy(() -> proposals.save(own.id(), own.version(), changed))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> lifecycle.submit(own.id(), own.version()))
                .isInstanceOf(NotPermittedException.class);
        assertThat(proposals.mayCreate()).isFalse();

        assertThat(repository.count()).isEqualTo(before);
        ProposalDetails stored = stored(own.id());
        assertThat(stored.content().title()).isEqualTo(title);
        assertThat(stored.status()).isEqualTo(ProposalStatus.DRAFT);
    }

    /** The proposal as stored, read without any signed-in user. */
    private ProposalDetails stored(long id) {
        return transactions.execute(status -> repository.findById(id).orElseThrow().details());
    }

    private static void assertRefusedAnonymously(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        // Spring Security refuses a call without any Authentication with AuthenticationCredentialsNotFoundException
        // (an AuthenticationException); with an anonymous one with AuthorizationDeniedException.
        assertThat(thrown).isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class,
                NotPermittedException.class);
    }
}
