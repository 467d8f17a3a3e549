package it.lombardia.codesign.identity;

import it.lombardia.codesign.catalog.CatalogService;
import it.lombardia.codesign.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** The rules an account must meet, shared by the admin form's validators and the service. */
@Component
public class AccountRules {

    public static final int USERNAME_MAX = 60;
    public static final int DISPLAY_NAME_MAX = 120;
    public static final int EMAIL_MAX = 200;
    public static final int DEPARTMENT_MAX = 200;
    public static final int PASSWORD_MIN = 8;
    /** BCrypt ignores everything past 72 bytes. */
    public static final int PASSWORD_MAX = 72;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2," + (USERNAME_MAX - 1) + "}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final CatalogService catalog;

    AccountRules(CatalogService catalog) {
        this.catalog = catalog;
    }

    /** Field name to message key for every rule the draft breaks; empty when it is fine. */
    public Map<String, String> check(AccountDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.username() == null || draft.username().isBlank()) {
            errors.put("username", "validation.required");
        } else if (!USERNAME.matcher(draft.username()).matches()) {
            errors.put("username", "validation.username");
        }
        if (draft.displayName() == null || draft.displayName().isBlank()) {
            errors.put("displayName", "validation.required");
        } else if (draft.displayName().length() > DISPLAY_NAME_MAX) {
            errors.put("displayName", "validation.too-long");
        }
        if (draft.email() != null && !draft.email().isBlank()
                && (draft.email().length() > EMAIL_MAX || !EMAIL.matcher(draft.email()).matches())) {
            errors.put("email", "validation.email");
        }
        if (draft.department() != null && draft.department().length() > DEPARTMENT_MAX) {
            errors.put("department", "validation.too-long");
        }
        if (draft.roles().isEmpty()) {
            errors.put("roles", "validation.role-required");
        }
        if (draft.roles().contains(Role.REPRESENTATIVE) && draft.clusterCodes().isEmpty()) {
            errors.put("clusterCodes", "validation.representative-needs-cluster");
        } else if (!draft.clusterCodes().stream().allMatch(catalog::isCluster)) {
            errors.put("clusterCodes", "validation.unknown-cluster");
        }
        return errors;
    }

    public static String checkPassword(String password) {
        if (password == null || password.length() < PASSWORD_MIN) {
            return "validation.password-short";
        }
        if (password.length() > PASSWORD_MAX) {
            return "validation.password-long";
        }
        return null;
    }

    void require(AccountDraft draft) {
        Map<String, String> errors = check(draft);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
