package it.lombardia.codesign.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input refused by a service's own validation. Maps each offending field to a message key so
 * that a form can show the reason next to the field; nothing has been saved.
 */
public class InvalidInputException extends TranslatableException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("error.invalid-input");
        this.fieldErrors = Map.copyOf(new LinkedHashMap<>(fieldErrors));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
