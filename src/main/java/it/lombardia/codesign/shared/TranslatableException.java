package it.lombardia.codesign.shared;

import java.util.Arrays;

/**
 * A refusal a user can understand: it carries a message-bundle key and its arguments, so the
 * UI shows it in the user's language. The exception message stays the key for the logs.
 */
public class TranslatableException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public TranslatableException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + messageKey + " " + Arrays.toString(arguments) + "]";
    }
}
