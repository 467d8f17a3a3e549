package it.lombardia.codesign.opendata;

/** The API's addresses, relative to the app's root so that pages link them whatever the context path. */
public final class OpenDataPaths {

    public static final String BASE = "api/v1";
    public static final String DOCS = "api/docs";
    public static final String OPENAPI = "api/openapi.json";

    private OpenDataPaths() {
    }

    public static String editions(String format) {
        return BASE + "/editions" + suffix(format);
    }

    public static String edition(long id, Language language) {
        return BASE + "/editions/" + id + lang(language);
    }

    public static String macroThemes(long editionId, String format, Language language) {
        return BASE + "/editions/" + editionId + "/macro-themes" + suffix(format) + lang(language);
    }

    public static String priorities(long editionId, String format, Language language) {
        return BASE + "/editions/" + editionId + "/priorities" + suffix(format) + lang(language);
    }

    public static String rounds() {
        return BASE + "/rounds";
    }

    public static String proposals(long roundId, String format, Language language) {
        return BASE + "/rounds/" + roundId + "/proposals" + suffix(format) + lang(language);
    }

    private static String suffix(String format) {
        return "csv".equals(format) ? ".csv" : "";
    }

    private static String lang(Language language) {
        return "?lang=" + language.code();
    }
}
