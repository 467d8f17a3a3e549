package it.lombardia.codesign.ui;

import java.util.Optional;

/** Reads values typed into addresses; anything malformed is simply absent. */
public final class Params {

    private Params() {
    }

    public static Optional<Long> id(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static <E extends Enum<E>> Optional<E> constant(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
