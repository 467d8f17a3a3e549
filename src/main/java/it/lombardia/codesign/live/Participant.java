package it.lombardia.codesign.live;

/**
 * Someone present on a page: their name, where they come from (their clusters, or their department
 * at the Region) and a colour index (0-6, Lumo's user colours) that stays the same for them.
 */
public record Participant(String username, String displayName, String affiliation, int colorIndex) {

    public static int colorOf(String username) {
        return Math.floorMod(username.hashCode(), 7);
    }
}
