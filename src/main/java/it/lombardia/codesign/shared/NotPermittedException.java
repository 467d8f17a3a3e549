package it.lombardia.codesign.shared;

/** A domain rule says this user may not do this (for example, edit another cluster's proposal). */
public class NotPermittedException extends TranslatableException {
    public NotPermittedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
