package org.hyoka.fonts;

import java.io.IOException;
import java.io.InputStream;

/**
 * The fonts this module ships, as class-path resources. IPAex Gothic is a TrueType font with glyf
 * outlines, which PDFBox can embed and subset; its licence text lies next to it in the jar
 * ({@value #GOTHIC_LICENCE}) and must travel with every copy of the font.
 */
public final class ShippedFonts {

    /** Resource path of IPAex Gothic. */
    public static final String GOTHIC = "/org/hyoka/fonts/ipaexg.ttf";
    /** Resource path of the IPA Font License Agreement v1.0 that covers {@link #GOTHIC}. */
    public static final String GOTHIC_LICENCE = "/org/hyoka/fonts/IPA_Font_License_Agreement_v1.0.txt";

    private ShippedFonts() {
    }

    /** A new stream of IPAex Gothic's bytes; the caller closes it. */
    public static InputStream gothic() throws IOException {
        InputStream in = ShippedFonts.class.getResourceAsStream(GOTHIC);
        if (in == null) {
            // only a broken build can get here: the font is part of this jar
            throw new IOException("font resource " + GOTHIC + " is missing from hyoka-fonts");
        }
        return in;
    }
}
