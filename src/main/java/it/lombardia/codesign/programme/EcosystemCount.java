package it.lombardia.codesign.programme;

/** How many priorities concern an ecosystem (through their macro-theme) in the older and the newer edition. */
public record EcosystemCount(String ecosystemCode, int before, int after) {

    public int delta() {
        return after - before;
    }
}
