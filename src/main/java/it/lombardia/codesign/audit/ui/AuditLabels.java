package it.lombardia.codesign.audit.ui;

import it.lombardia.codesign.ui.Translations;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words the audit log view shows for the codes features log: kinds of things
 * ({@code audit.entity.*}), actions ({@code audit.action.*}) and the fields of the records before
 * and after ({@code audit.field.*}). A nested field ({@code content.leadClusterCode}) is labelled as a
 * whole when the bundle has it, otherwise part by part ("Proposal › Lead cluster"). Features may log
 * codes the bundles do not know yet: those are spelled out from the code ("close-on-adoption" as
 * "Close on adoption", "pnrrMission" as "Pnrr mission") rather than shown raw or as "!key".
 */
final class AuditLabels implements Serializable {

    static final String NESTING = " › ";
    private static final Pattern CODE = Pattern.compile("[a-z][a-zA-Z0-9]*([-_][a-zA-Z0-9]+)*");

    /** The view's translation, so that labels follow its locale. */
    interface Translator extends Serializable {
        String t(String key);
    }

    private final Translator translator;

    AuditLabels(Translator translator) {
        this.translator = translator;
    }

    String entity(String code) {
        return label("audit.entity.", code);
    }

    String action(String code) {
        return label("audit.action.", code);
    }

    String field(String path) {
        if (path == null || path.isEmpty() || Translations.has("audit.field." + path)) {
            return label("audit.field.", path);
        }
        return Arrays.stream(path.split("\\.")).map(part -> label("audit.field.", part))
                .collect(Collectors.joining(NESTING));
    }

    /** A list of changed fields as the log keeps it ("version, content.title"), each labelled; a cut-off end stays as it is. */
    String fields(String summary) {
        if (summary == null || summary.isBlank()) {
            return "";
        }
        return Arrays.stream(summary.split(", ")).map(f -> f.endsWith("…") ? f : field(f))
                .collect(Collectors.joining(", "));
    }

    private String label(String prefix, String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        return Translations.has(prefix + code) ? translator.t(prefix + code) : spelledOut(code);
    }

    /**
     * "close-on-adoption", "leadClusterCode" and "trl_min" as "Close on adoption", "Lead cluster code",
     * "Trl min". Anything that is not a code (a poll option's label under "choices") stays as it is.
     */
    static String spelledOut(String code) {
        if (!CODE.matcher(code).matches()) {
            return code;
        }
        String words = code.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("[-_]+", " ").strip()
                .toLowerCase(Locale.ROOT);
        return words.isEmpty() ? code : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
