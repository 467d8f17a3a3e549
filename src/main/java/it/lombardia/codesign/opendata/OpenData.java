package it.lombardia.codesign.opendata;

import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.identity.CurrentActor;
import it.lombardia.codesign.programme.EditionContent;
import it.lombardia.codesign.programme.EditionSummary;
import it.lombardia.codesign.programme.MacroThemeContent;
import it.lombardia.codesign.programme.PriorityContent;
import it.lombardia.codesign.programme.ProgrammeService;
import it.lombardia.codesign.proposal.ProposalRecord;
import it.lombardia.codesign.proposal.RoundProposals;
import it.lombardia.codesign.round.RoundService;
import it.lombardia.codesign.round.RoundSummary;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the open data publishes, read for the caller. Adopted editions are public; editions in
 * preparation, rounds and proposals only for signed-in users, and proposals as
 * {@link RoundProposals} lets the caller read them (drafts only for region staff and their clusters).
 * The records carry nothing internal: no reviewers' notes, comments or authors.
 */
@Service
@Transactional(readOnly = true)
public class OpenData {

    private final ProgrammeService programme;
    private final CatalogService catalog;
    private final RoundService rounds;
    private final RoundProposals proposals;
    private final CurrentActor currentActor;

    OpenData(ProgrammeService programme, CatalogService catalog, RoundService rounds, RoundProposals proposals,
             CurrentActor currentActor) {
        this.programme = programme;
        this.catalog = catalog;
        this.rounds = rounds;
        this.proposals = proposals;
        this.currentActor = currentActor;
    }

    public boolean signedIn() {
        return currentActor.find().isPresent();
    }

    /** The editions the caller may read: adopted ones first (newest first), then those in preparation. */
    public List<EditionInfo> editions() {
        boolean signedIn = signedIn();
        return programme.editions().stream()
                .filter(e -> signedIn || e.adopted())
                .sorted(Comparator.comparing((EditionSummary e) -> !e.adopted())
                        .thenComparing(Comparator.comparingInt(EditionSummary::startYear).reversed()))
                .map(e -> info(programme.content(e.id()).orElseThrow()))
                .toList();
    }

    /** An edition in preparation is not found for anonymous callers, as if it did not exist. */
    public Optional<EditionData> edition(long id, Language language) {
        return readableContent(id).map(c -> data(c, language.locale()));
    }

    public Optional<List<MacroThemeInfo>> macroThemes(long editionId, Language language) {
        Locale locale = language.locale();
        return readableContent(editionId).map(c -> c.macroThemes().stream()
                .map(m -> new MacroThemeInfo(m.id(), m.displayOrder(), m.title(locale), m.description(locale),
                        ecosystems(m.ecosystemCodes(), locale), m.priorities().size()))
                .toList());
    }

    public Optional<List<PriorityData>> priorities(long editionId, Language language) {
        return edition(editionId, language).map(e -> e.macroThemes().stream()
                .flatMap(m -> m.priorities().stream()).toList());
    }

    /** The rounds, newest first; signed-in users only. */
    public List<RoundInfo> rounds() {
        requireSignedIn();
        return rounds.rounds().stream().map(OpenData::info).toList();
    }

    public Optional<RoundInfo> round(long id) {
        requireSignedIn();
        return rounds.round(id).map(OpenData::info);
    }

    /** The round's proposals the caller may read, oldest first; empty when there is no such round. */
    public Optional<List<ProposalData>> proposals(long roundId, Language language) {
        requireSignedIn();
        if (rounds.round(roundId).isEmpty()) {
            return Optional.empty();
        }
        Locale locale = language.locale();
        return Optional.of(proposals.of(roundId).stream().map(p -> data(p, locale)).toList());
    }

    private void requireSignedIn() {
        if (!signedIn()) {
            throw ApiException.signInRequired();
        }
    }

    private Optional<EditionContent> readableContent(long id) {
        boolean signedIn = signedIn();
        return programme.edition(id)
                .filter(e -> signedIn || e.adopted())
                .flatMap(e -> programme.content(e.id()));
    }

    private static EditionInfo info(EditionContent content) {
        EditionSummary e = content.edition();
        return new EditionInfo(e.id(), e.periodLabel(), e.startYear(), e.endYear(), e.status().name(),
                e.actReference(), e.adoptedOn(), content.macroThemes().size(), content.priorityCount());
    }

    private static RoundInfo info(RoundSummary r) {
        return new RoundInfo(r.id(), r.title(), r.editionId(), r.editionPeriod(), r.opensOn(), r.closesOn(),
                r.status().name(), r.phase().name());
    }

    private EditionData data(EditionContent content, Locale locale) {
        EditionSummary e = content.edition();
        return new EditionData(e.id(), e.periodLabel(), e.startYear(), e.endYear(), e.status().name(),
                e.actReference(), e.adoptedOn(), Language.forLocale(locale).code(),
                content.macroThemes().stream().map(m -> data(m, locale)).toList());
    }

    private MacroThemeData data(MacroThemeContent m, Locale locale) {
        return new MacroThemeData(m.id(), m.displayOrder(), m.title(locale), m.description(locale),
                ecosystems(m.ecosystemCodes(), locale),
                m.priorities().stream().map(p -> data(m, p, locale)).toList());
    }

    private PriorityData data(MacroThemeContent m, PriorityContent p, Locale locale) {
        return new PriorityData(p.id(), m.displayOrder() + "." + p.displayOrder(), m.id(), m.title(locale), p.title(locale),
                p.description(locale), p.ecosystemImpact(locale), p.territorialImpact(locale), p.trlMin(), p.trlMax(),
                ecosystems(p.ecosystemCodes(), locale), pnrr(p.pnrrComponentCodes(), locale),
                sdgs(p.sdgNumbers(), locale), horizon(p.horizonClusterCodes(), locale),
                clusters(p.proposerClusterCodes(), locale), p.carryOver() == null ? null : p.carryOver().name());
    }

    private ProposalData data(ProposalRecord p, Locale locale) {
        return new ProposalData(p.id(), p.roundId(), p.kind().name(), p.status().name(), p.title(), p.description(),
                p.ecosystemImpact(), p.territorialImpact(), p.trlMin(), p.trlMax(),
                cluster(p.leadClusterCode(), locale), clusters(p.coProposerClusterCodes(), locale),
                ecosystems(p.ecosystemCodes(), locale), pnrr(p.pnrrComponentCodes(), locale),
                sdgs(p.sdgNumbers(), locale), horizon(p.horizonClusterCodes(), locale),
                p.targetMacroThemeId(), p.targetPriorityId(), p.mergedIntoId(), p.createdAt(), p.submittedAt(),
                p.decidedAt());
    }

    /** In the catalogue's order, which is the order the Region lists them in. */
    private List<Reference> ecosystems(Collection<String> codes, Locale locale) {
        List<Reference> known = catalog.ecosystems().stream().filter(e -> codes.contains(e.code()))
                .map(e -> new Reference(e.code(), e.name(locale))).toList();
        return withUnknown(known, codes);
    }

    private List<Reference> clusters(Collection<String> codes, Locale locale) {
        List<Reference> known = catalog.clusters().stream().filter(c -> codes.contains(c.code()))
                .map(c -> new Reference(c.code(), c.name(locale))).toList();
        return withUnknown(known, codes);
    }

    private Reference cluster(String code, Locale locale) {
        return catalog.cluster(code).map(c -> new Reference(c.code(), c.name(locale)))
                .orElseGet(() -> new Reference(code, code));
    }

    private List<Reference> pnrr(Collection<String> codes, Locale locale) {
        return codes.stream().sorted().map(code -> {
            var c = catalog.pnrrByCode().get(code);
            return new Reference(code, c == null ? code : c.title(locale));
        }).toList();
    }

    private List<Reference> horizon(Collection<String> codes, Locale locale) {
        return codes.stream().sorted().map(code -> {
            var h = catalog.horizonByCode().get(code);
            return new Reference(code, h == null ? code : h.title(locale));
        }).toList();
    }

    private List<Goal> sdgs(Collection<Integer> numbers, Locale locale) {
        return numbers.stream().sorted().map(n -> {
            var s = catalog.sdgsByNumber().get(n);
            return new Goal(n, s == null ? "SDG " + n : s.title(locale));
        }).toList();
    }

    /** A code the catalogue no longer knows is still published, named by its code. */
    private static List<Reference> withUnknown(List<Reference> known, Collection<String> codes) {
        if (known.size() == codes.size()) {
            return known;
        }
        List<String> knownCodes = known.stream().map(Reference::code).toList();
        return java.util.stream.Stream.concat(known.stream(), codes.stream().filter(c -> !knownCodes.contains(c))
                .sorted().map(c -> new Reference(c, c))).toList();
    }
}
