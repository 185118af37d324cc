package org.hyoka.imports;

import java.io.Closeable;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SchemaProblem;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.Sheet;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sheets of an interchange document (one object or an array), read one at a time so that a file
 * of 100,000 sheets is never in memory as a whole. Each sheet is validated as it is read; a broken
 * one throws {@link InvalidSheetException} naming its JSON path.
 */
public final class JsonSheetStream implements Iterator<Sheet>, Closeable {

    private final String source;
    private final JsonParser parser;
    private final SheetJson codec;
    private final Optional<Municipality> municipality;
    private final JsonMapper mapper;
    private boolean array;
    private int index;
    private JsonNode next;

    public JsonSheetStream(String source, InputStream in, SheetJson codec, Optional<Municipality> municipality) {
        this.source = source;
        this.codec = codec;
        this.municipality = municipality;
        // the parser goes on after each sheet: the rest of the array is not a trailing token
        this.mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        try {
            this.parser = mapper.createParser(in);
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                array = true;
                advance();
            } else if (first == JsonToken.START_OBJECT) {
                next = mapper.readTree(parser);
            } else {
                throw invalid("$", "type", "the document must be one sheet object {…} or an array […] of them");
            }
        } catch (JacksonException e) {
            throw invalid("$", "json", "not JSON: " + e.getOriginalMessage());
        }
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public Sheet next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        JsonNode node = next;
        String path = array ? "$[" + index + "]" : "$";
        ReadResult result = codec.read(node);
        index++;
        if (array) {
            advance();
        } else {
            next = null;
        }
        if (result instanceof ReadResult.Invalid invalid) {
            List<SchemaProblem> problems = invalid.problems().stream()
                    .map(p -> new SchemaProblem(path + p.path().substring(1), p.rule(), p.message())).toList();
            throw new InvalidSheetException(source + ": sheet " + path + " breaks the interchange format", problems);
        }
        Sheet sheet = ((ReadResult.Valid) result).sheets().get(0);
        return sheet.municipality() == null ? sheet.withMunicipality(municipality.orElse(null)) : sheet;
    }

    private void advance() {
        try {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                next = null;
            } else if (token == JsonToken.START_OBJECT) {
                next = mapper.readTree(parser);
            } else {
                throw invalid("$[" + index + "]", "type", "each element must be a sheet object {…}");
            }
        } catch (JacksonException e) {
            throw invalid("$[" + index + "]", "json", "not JSON: " + e.getOriginalMessage());
        }
    }

    private InvalidSheetException invalid(String path, String rule, String message) {
        return new InvalidSheetException(source + ": " + message, List.of(new SchemaProblem(path, rule, message)));
    }

    @Override
    public void close() {
        parser.close();
    }
}
