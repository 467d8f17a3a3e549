package it.lombardia.codesign.poll;

import it.lombardia.codesign.shared.TranslatableException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A poll that cannot be opened as drafted: each offending field ({@code question}, {@code options},
 * {@code maxChoices}, {@code dots}, {@code closesAt}) mapped to a {@code poll.error.*} key, so a form
 * shows the reason next to the field. The message key is the first problem's. Nothing was saved.
 */
public class PollInputException extends TranslatableException {

    private final Map<String, String> fieldErrors;

    public PollInputException(Map<String, String> fieldErrors) {
        super(fieldErrors.values().iterator().next());
        this.fieldErrors = Map.copyOf(new LinkedHashMap<>(fieldErrors));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
