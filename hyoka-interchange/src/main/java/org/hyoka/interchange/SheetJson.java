package org.hyoka.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.hyoka.sheet.Sheet;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Reads and writes the interchange format. A document is one sheet object or an array of them.
 * Reading validates every sheet against sheet.schema.json before anything is mapped, so a caller
 * gets all sheets or none, and each problem names its JSON path.
 */
public final class SheetJson {

    private static final String SCHEMA_RESOURCE = "/org/hyoka/interchange/sheet.schema.json";

    private final JsonMapper mapper;
    private final Schema schema;
    private final SchemaMessages messages = new SchemaMessages();

    public SheetJson() {
        this.mapper = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        try (InputStream in = SheetJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the interchange jar");
            }
            this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(mapper.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema this codec validates against, as the project ships it. */
    public static InputStream schemaResource() {
        InputStream in = SheetJson.class.getResourceAsStream(SCHEMA_RESOURCE);
        if (in == null) {
            throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the interchange jar");
        }
        return in;
    }

    public String write(Sheet sheet) {
        return mapper.writeValueAsString(SheetWriter.toTree(sheet));
    }

    public String writeAll(List<Sheet> sheets) {
        ArrayNode array = mapper.createArrayNode();
        sheets.forEach(sheet -> array.add(SheetWriter.toTree(sheet)));
        return mapper.writeValueAsString(array);
    }

    public JsonNode toTree(Sheet sheet) {
        return SheetWriter.toTree(sheet);
    }

    public ReadResult read(byte[] document) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(document)).toString();
            return read(text);
        } catch (CharacterCodingException e) {
            return new ReadResult.Unreadable("not UTF-8 text: interchange JSON must be UTF-8");
        }
    }

    public ReadResult read(String document) {
        String text = document.startsWith("\uFEFF") ? document.substring(1) : document;
        if (text.isBlank()) {
            return new ReadResult.Unreadable("the document is empty");
        }
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JacksonException e) {
            // Limits (nesting depth, number length) fail without a location; syntax errors have one.
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            return new ReadResult.Unreadable("not JSON: " + firstLine(e.getOriginalMessage()) + where);
        }
        return read(root);
    }

    public ReadResult read(JsonNode root) {
        List<JsonNode> sheets = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                sheets.add(root.get(i));
                prefixes.add("$[" + i + "]");
            }
        } else if (root.isObject()) {
            sheets.add(root);
            prefixes.add("$");
        } else {
            return new ReadResult.Invalid(List.of(new SchemaProblem("$", "type",
                    "文書はシート1件のオブジェクト {…} か、その配列 […] でなければなりません")));
        }
        List<SchemaProblem> problems = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            problems.addAll(validate(sheets.get(i), prefixes.get(i)));
        }
        if (!problems.isEmpty()) {
            return new ReadResult.Invalid(problems);
        }
        return new ReadResult.Valid(sheets.stream().map(SheetReader::fromTree).toList());
    }

    /** Schema rules first; then the few rules a JSON Schema cannot say (a code's check digit). */
    private List<SchemaProblem> validate(JsonNode sheet, String prefix) {
        List<SchemaProblem> problems = new ArrayList<>();
        for (Error error : schema.validate(sheet)) {
            problems.add(messages.describe(error, prefix));
        }
        if (problems.isEmpty()) {
            problems.addAll(SemanticRules.check(sheet, prefix));
        }
        return problems;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
