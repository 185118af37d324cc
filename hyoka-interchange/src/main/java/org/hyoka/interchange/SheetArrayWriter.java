package org.hyoka.interchange;

import java.io.Closeable;
import java.io.OutputStream;

import org.hyoka.sheet.Sheet;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a JSON array of sheets one sheet at a time, byte for byte as {@link SheetJson#writeAll} writes
 * the same sheets (UTF-8, the same indentation), so that a writer of many sheets holds one. Closing it
 * ends the array and flushes; the stream stays open for the caller, who closes it.
 */
public final class SheetArrayWriter implements Closeable {

    private final JsonGenerator generator;

    SheetArrayWriter(JsonMapper mapper, OutputStream out) {
        this.generator = mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .createGenerator(out, JsonEncoding.UTF8);
        generator.writeStartArray();
    }

    public void write(Sheet sheet) {
        generator.writeTree(SheetWriter.toTree(sheet));
    }

    @Override
    public void close() {
        generator.writeEndArray();
        generator.close();
    }
}
