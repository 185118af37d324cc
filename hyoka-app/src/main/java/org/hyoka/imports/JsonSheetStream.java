package org.hyoka.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.hyoka.interchange.SheetJson;
import org.hyoka.interchange.SheetStream;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.Sheet;

/**
 * The sheets of an interchange document, read one at a time by the interchange's one reader so that a
 * file of 100,000 sheets is never in memory as a whole, and judged exactly as {@code validate} judges
 * it. The first broken sheet, or bytes that stop being one JSON document, throw
 * {@link InvalidSheetException}, which rolls back a save in progress.
 */
public final class JsonSheetStream implements Iterator<Sheet>, Closeable {

    private final String source;
    private final InputStream in;
    private final Optional<Municipality> municipality;
    private final SheetStream stream;

    /** Takes over {@code in}: closing this closes it, and so does a document refused at its first bytes. */
    public JsonSheetStream(String source, InputStream in, SheetJson codec, Optional<Municipality> municipality) {
        this.source = source;
        this.in = in;
        this.municipality = municipality;
        try {
            this.stream = codec.open(in);
        } catch (SheetStream.UnreadableException e) {
            closeQuietly(in);
            throw unreadable(e);
        }
    }

    @Override
    public boolean hasNext() {
        return stream.hasNext();
    }

    @Override
    public Sheet next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SheetStream.Element element;
        try {
            element = stream.next();
        } catch (SheetStream.UnreadableException e) {
            throw unreadable(e);
        }
        if (element instanceof SheetStream.Element.Broken broken) {
            throw new InvalidSheetException(source + ": sheet " + broken.path() + " breaks the interchange format",
                    broken.problems());
        }
        Sheet sheet = ((SheetStream.Element.Taken) element).sheet();
        return sheet.municipality() == null ? sheet.withMunicipality(municipality.orElse(null)) : sheet;
    }

    private InvalidSheetException unreadable(SheetStream.UnreadableException e) {
        // the reason is the whole story: no list of problems to repeat it in
        return new InvalidSheetException(source + ": " + e.reason(), List.of());
    }

    @Override
    public void close() {
        stream.close();
        closeQuietly(in);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing was written through it; the reading is over either way
        }
    }
}
