package it.lombardia.codesign.publication;

/** A finished document, ready to download. */
public record ExportFile(String fileName, String contentType, byte[] bytes) {
}
