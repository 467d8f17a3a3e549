package it.lombardia.codesign.poll;

/** How people answer a poll. */
public enum PollKind {
    /** Exactly one option. */
    SINGLE,
    /** One to {@code maxChoices} options. */
    MULTIPLE,
    /** Between one and {@code dots} dots spread over the options. */
    DOTS,
    /** Every option in order of preference. */
    RANKING
}
