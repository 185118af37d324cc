package org.hyoka.interchange;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;

import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one reader of interchange documents: one sheet object or an array of them, read one element at a
 * time so that a file of 100,000 sheets is never in memory as a whole. {@link SheetJson#read} is this
 * reader collecting every element, so a stream and a whole-document read give the same verdict on the
 * same bytes: UTF-8 only, no duplicate key, nothing after the document, each sheet schema-validated.
 */
public final class SheetStream implements Closeable {

    /** One element of the document: a valid sheet, or the problems of a broken one (paths from $). */
    public sealed interface Element {
        record Taken(String path, Sheet sheet) implements Element {
        }

        record Broken(String path, List<SchemaProblem> problems) implements Element {
            public Broken {
                problems = List.copyOf(problems);
            }
        }
    }

    /** The document is not JSON, not UTF-8, empty, or has more after its end: nothing of it counts. */
    public static final class UnreadableException extends RuntimeException {
        UnreadableException(String reason) {
            super(reason);
        }

        public String reason() {
            return getMessage();
        }
    }

    private final ObjectReader elements;
    private final JsonParser parser;
    private final BiFunction<JsonNode, String, List<SchemaProblem>> validator;
    private boolean array;
    private int index;
    private @Nullable JsonNode pending;
    private boolean ended;

    SheetStream(JsonMapper mapper, Reader text, BiFunction<JsonNode, String, List<SchemaProblem>> validator) {
        // the parser goes on after each element: the rest of the array is not a trailing token
        this.elements = mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.validator = validator;
        this.parser = guarded(() -> mapper.createParser(text));
        try {
            start();
        } catch (UnreadableException e) {
            parser.close();
            throw e;
        }
    }

    private void start() {
        JsonToken first = guarded(parser::nextToken);
        if (first == null) {
            throw new UnreadableException("the document is empty");
        }
        if (first == JsonToken.START_ARRAY) {
            array = true;
            advance();
        } else {
            pending = guarded(() -> elements.<JsonNode>readValue(parser));
            if (!first.isStructStart()) {
                // a scalar is not a document of sheets, but what follows it must still be nothing
                endOfDocument();
            }
        }
    }

    public boolean hasNext() {
        return pending != null;
    }

    /** The next element, schema-validated; throws {@link UnreadableException} when the bytes stop being JSON. */
    public Element next() {
        JsonNode node = pending;
        if (node == null) {
            throw new NoSuchElementException();
        }
        String path = array ? "$[" + index + "]" : "$";
        index++;
        if (array) {
            advance();
        } else {
            pending = null;
            endOfDocument();
        }
        if (!array && !node.isObject()) {
            return new Element.Broken(path, List.of(new SchemaProblem("$", "type",
                    "文書はシート1件のオブジェクト {…} か、その配列 […] でなければなりません")));
        }
        List<SchemaProblem> problems = validator.apply(node, path);
        return problems.isEmpty() ? new Element.Taken(path, SheetReader.fromTree(node))
                : new Element.Broken(path, problems);
    }

    private void advance() {
        JsonToken token = guarded(parser::nextToken);
        if (token == null) {
            throw unreadable("the array of sheets is not closed with ]", parser.currentLocation());
        }
        if (token == JsonToken.END_ARRAY) {
            pending = null;
            endOfDocument();
        } else {
            pending = guarded(() -> elements.<JsonNode>readValue(parser));
        }
    }

    /** A file holds one document: anything after it (a second document, garbage) refuses the whole file. */
    private void endOfDocument() {
        if (ended) {
            return;
        }
        ended = true;
        JsonToken after = guarded(parser::nextToken);
        if (after != null) {
            throw unreadable("more content after the end of the document (a file holds one sheet {…} or one "
                    + "array […] of sheets)", parser.currentTokenLocation());
        }
    }

    private interface Step<T> {
        T run();
    }

    private static <T> T guarded(Step<T> step) {
        try {
            return step.run();
        } catch (JacksonException e) {
            if (causedByEncoding(e)) {
                throw new UnreadableException("not UTF-8 text: interchange JSON must be UTF-8");
            }
            if (e.getCause() instanceof IOException io) {
                // the source failed (a limit of the caller's, a disk error), not the JSON
                throw new UnreadableException("cannot be read (" + firstLine(String.valueOf(io.getMessage())) + ")");
            }
            // Limits (nesting depth, number length) fail without a location; syntax errors have one.
            throw unreadable(firstLine(e.getOriginalMessage()), e.getLocation());
        }
    }

    private static UnreadableException unreadable(String what, @Nullable TokenStreamLocation location) {
        String where = location == null ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return new UnreadableException("not JSON: " + what + where);
    }

    private static boolean causedByEncoding(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    /** Strict UTF-8 (malformed bytes are an error, not U+FFFD); a leading byte order mark is dropped. */
    static Reader utf8WithoutBom(InputStream in) {
        PushbackReader reader = new PushbackReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1);
        try {
            int first = reader.read();
            if (first >= 0 && first != '\uFEFF') {
                reader.unread(first);
            }
        } catch (CharacterCodingException e) {
            throw new UnreadableException("not UTF-8 text: interchange JSON must be UTF-8");
        } catch (IOException e) {
            throw new UnreadableException("cannot be read (" + firstLine(String.valueOf(e.getMessage())) + ")");
        }
        return reader;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    public void close() {
        parser.close();
    }
}
