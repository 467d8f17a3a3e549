package it.lombardia.codesign.identity;

/** The roles of the Co-Design Workspace. Spring Security sees them as {@code ROLE_<name>}. */
public enum Role {
    ADMIN,
    REVIEWER,
    REPRESENTATIVE,
    WG_MEMBER,
    OBSERVER;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Message-bundle key of the role's name. */
    public String labelKey() {
        return "role." + name();
    }
}
