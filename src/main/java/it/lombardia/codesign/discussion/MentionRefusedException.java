package it.lombardia.codesign.discussion;

import it.lombardia.codesign.shared.InvalidInputException;
import java.util.List;
import java.util.Map;

/**
 * A comment mentions someone it may not: nobody has that username, or (in an internal comment)
 * the person is not Region staff. The field error's message takes the names as its argument.
 */
public class MentionRefusedException extends InvalidInputException {

    private final List<String> usernames;

    MentionRefusedException(String field, String messageKey, List<String> usernames) {
        super(Map.of(field, messageKey));
        this.usernames = List.copyOf(usernames);
    }

    /** The refused names, without the {@code @}. */
    public List<String> usernames() {
        return usernames;
    }

    /** The names as the message shows them: {@code @a, @b}. */
    public String mentions() {
        return String.join(", ", usernames.stream().map(u -> "@" + u).toList());
    }
}
