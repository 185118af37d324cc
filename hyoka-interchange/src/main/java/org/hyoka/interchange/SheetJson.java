package org.hyoka.interchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

import org.hyoka.sheet.Sheet;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

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
    private final JsonNode schemaTree;
    private final Schema schema;
    private final SchemaMessages messages = new SchemaMessages();

    /**
     * Rules of texts added after documents were first stored: a stored document that breaks only these
     * was accepted then, and its database holds it, so reading it back must not fail for them.
     */
    private static final Set<String> NEWER_TEXT_RULES = Set.of("maxLength", "not", "surrogate");

    private final boolean stored;

    /** The codec for everything that comes in: every rule of the format. */
    public SheetJson() {
        this(false);
    }

    /**
     * The codec for documents the database already holds: every rule except the newer limits on texts
     * (length, control characters), which only new input must meet; saving such a sheet again must.
     */
    public static SheetJson forStoredDocuments() {
        return new SheetJson(true);
    }

    private SheetJson(boolean stored) {
        this.stored = stored;
        this.mapper = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        try (InputStream in = SheetJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the interchange jar");
            }
            this.schemaTree = mapper.readTree(in);
            this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaTree);
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

    /**
     * The longest text the format allows at a field, in characters, for forms that must not offer more:
     * {@code title}, {@code organization.division}, {@code indicators[0].unit}; for a list of texts
     * ({@code legalBasis}) the limit of one entry. Empty for a field that is not a text.
     */
    public OptionalInt maxLength(String field) {
        JsonNode node = schemaTree;
        for (String segment : field.split("\\.")) {
            boolean element = segment.endsWith("]");
            node = resolved(node).path("properties").path(element ? segment.substring(0, segment.indexOf('[')) : segment);
            if (element) {
                node = resolved(node).path("items");
            }
        }
        node = resolved(node);
        if (!node.has("maxLength") && node.has("items")) {
            node = resolved(node.path("items"));
        }
        return node.has("maxLength") ? OptionalInt.of(node.get("maxLength").asInt()) : OptionalInt.empty();
    }

    private JsonNode resolved(JsonNode definition) {
        JsonNode reference = definition.path("$ref");
        return reference.isString() ? schemaTree.at(reference.asString().substring(1)) : definition;
    }

    public String write(Sheet sheet) {
        return mapper.writeValueAsString(SheetWriter.toTree(sheet));
    }

    public String writeAll(List<Sheet> sheets) {
        ArrayNode array = mapper.createArrayNode();
        sheets.forEach(sheet -> array.add(SheetWriter.toTree(sheet)));
        return mapper.writeValueAsString(array);
    }

    /** An array of sheets written to {@code out} as they come, the same bytes as {@link #writeAll} in UTF-8. */
    public SheetArrayWriter arrayWriter(OutputStream out) {
        return new SheetArrayWriter(mapper, out);
    }

    public JsonNode toTree(Sheet sheet) {
        return SheetWriter.toTree(sheet);
    }

    /**
     * Reads a document from bytes (UTF-8) as they arrive, one sheet at a time: the one reader, which
     * {@link #read(byte[])} and {@link #read(String)} use too. The caller closes it (and so the input).
     */
    public SheetStream open(InputStream in) {
        return new SheetStream(mapper, SheetStream.utf8WithoutBom(in), this::validate);
    }

    public ReadResult read(byte[] document) {
        return read(new ByteArrayInputStream(document));
    }

    public ReadResult read(String document) {
        return collect(() -> new SheetStream(mapper, new StringReader(
                document.startsWith("\uFEFF") ? document.substring(1) : document), this::validate));
    }

    /** The whole document: every sheet, or every problem of every sheet, or why it is not a document. */
    public ReadResult read(InputStream in) {
        return collect(() -> open(in));
    }

    private static ReadResult collect(Supplier<SheetStream> opening) {
        try (SheetStream stream = opening.get()) {
            List<Sheet> sheets = new ArrayList<>();
            List<SchemaProblem> problems = new ArrayList<>();
            while (stream.hasNext()) {
                SheetStream.Element element = stream.next();
                if (element instanceof SheetStream.Element.Taken taken) {
                    sheets.add(taken.sheet());
                } else {
                    problems.addAll(((SheetStream.Element.Broken) element).problems());
                }
            }
            return problems.isEmpty() ? new ReadResult.Valid(sheets) : new ReadResult.Invalid(problems);
        } catch (SheetStream.UnreadableException e) {
            return new ReadResult.Unreadable(e.reason());
        }
    }

    /** A tree already parsed (a sheet Hyoka built itself): validated by the same rules as a document. */
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

    /**
     * Schema rules and unpaired surrogates first; then the few rules a JSON Schema cannot say (a code's
     * check digit).
     */
    private List<SchemaProblem> validate(JsonNode sheet, String prefix) {
        List<SchemaProblem> problems = new ArrayList<>();
        for (Error error : schema.validate(sheet)) {
            problems.add(messages.describe(error, prefix));
        }
        problems.addAll(TextCharacters.unpairedSurrogates(sheet, prefix));
        if (stored) {
            problems.removeIf(problem -> NEWER_TEXT_RULES.contains(problem.rule()));
        }
        if (problems.isEmpty()) {
            problems.addAll(SemanticRules.check(sheet, prefix));
        }
        return problems;
    }
}
