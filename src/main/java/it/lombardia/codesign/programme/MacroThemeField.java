package it.lombardia.codesign.programme;

/** The fields of a macro-theme that a comparison of editions looks at. */
public enum MacroThemeField {
    TITLE("comparison.field.title"),
    DESCRIPTION("priority.description"),
    ECOSYSTEMS("comparison.field.ecosystems");

    private final String labelKey;

    MacroThemeField(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
