package it.lombardia.codesign.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The font of every PDF the app writes: the Liberation Sans that comes with OpenPDF, embedded, so that
 * accents and any other letter print as typed whatever fonts the reader's machine has.
 */
public final class PdfFonts {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

    private PdfFonts() {
    }

    public static BaseFont embeddedSans() {
        try (InputStream in = BaseFont.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("OpenPDF's " + FONT + " is missing");
            }
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
