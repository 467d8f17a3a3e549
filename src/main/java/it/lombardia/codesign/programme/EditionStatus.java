package it.lombardia.codesign.programme;

public enum EditionStatus {
    DRAFT, ADOPTED;

    public String labelKey() {
        return "edition.status." + name();
    }
}
