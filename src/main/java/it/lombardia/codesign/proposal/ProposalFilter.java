package it.lombardia.codesign.proposal;

/** Grid filters; a null field does not filter. */
public record ProposalFilter(Long roundId, String ecosystemCode, String clusterCode, ProposalKind kind,
                             ProposalStatus status, String text) {

    public static ProposalFilter ofRound(Long roundId) {
        return new ProposalFilter(roundId, null, null, null, null, null);
    }

    public ProposalFilter withEcosystem(String code) {
        return new ProposalFilter(roundId, code, clusterCode, kind, status, text);
    }

    public ProposalFilter withCluster(String code) {
        return new ProposalFilter(roundId, ecosystemCode, code, kind, status, text);
    }

    public ProposalFilter withKind(ProposalKind value) {
        return new ProposalFilter(roundId, ecosystemCode, clusterCode, value, status, text);
    }

    public ProposalFilter withStatus(ProposalStatus value) {
        return new ProposalFilter(roundId, ecosystemCode, clusterCode, kind, value, text);
    }

    public ProposalFilter withText(String value) {
        return new ProposalFilter(roundId, ecosystemCode, clusterCode, kind, status, value);
    }
}
