package org.hyoka.generate;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;

import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Sheet;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes sheets as one interchange JSON array, a sheet a line, as they come: a file of 100,000 sheets
 * never exists in memory as a whole.
 */
public final class SheetStreamWriter {

    private final SheetJson codec = new SheetJson();
    private final JsonMapper compact = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    /** @return the number of sheets written */
    public long write(Iterator<Sheet> sheets, Writer out) throws IOException {
        long count = 0;
        out.write('[');
        while (sheets.hasNext()) {
            out.write(count == 0 ? "\n" : ",\n");
            out.write(compact.writeValueAsString(codec.toTree(sheets.next())));
            count++;
        }
        out.write(count == 0 ? "]\n" : "\n]\n");
        out.flush();
        return count;
    }
}
