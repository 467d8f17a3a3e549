package it.lombardia.codesign.poll;

/** An option of a poll being opened: its label and, when it stands for a proposal, the proposal's id. */
public record PollOptionDraft(String label, Long proposalId) {

    public static PollOptionDraft of(String label) {
        return new PollOptionDraft(label, null);
    }
}
