package it.lombardia.codesign.discussion;

/** Someone who can be mentioned: {@code @username} in a comment. */
public record Person(String username, String displayName) {

    public String mention() {
        return "@" + username;
    }
}
