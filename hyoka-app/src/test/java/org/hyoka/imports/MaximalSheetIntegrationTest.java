package org.hyoka.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.hyoka.audit.AuditActions;
import org.hyoka.audit.AuditEntry;
import org.hyoka.audit.AuditLog;
import org.hyoka.audit.AuditQuery;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.SheetQuery;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.evaluation.ImportedRevisions;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema carries the database's limits: a sheet with every text at its schema maximum, in the
 * characters that cost the most (outside the Basic Multilingual Plane: two UTF-16 units each, which is
 * how H2 counts), is valid and stores, indexes and reads back unchanged on H2 and on PostgreSQL.
 */
class MaximalSheetIntegrationTest {

    /** 𠮷 (U+20BB7), a character of real place and family names. */
    private static final String WIDEST = "\uD842\uDFB7";

    private final JsonMapper plain = JsonMapper.builder().build();
    private final SheetJson json = new SheetJson();

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aSheetWithEveryTextAtItsMaximumStoresAndReadsBackUnchanged(TestDatabases.Kind kind) throws IOException {
        String document = maximalSheet().toString();
        ReadResult read = json.read(document);
        assertThat(read).as("the maximal sheet is valid").isInstanceOf(ReadResult.Valid.class);
        Sheet sheet = ((ReadResult.Valid) read).sheets().get(0);
        assertThat(sheet.title().codePointCount(0, sheet.title().length())).isEqualTo(maxLength("line"));

        DataSource dataSource = TestDatabases.fresh(kind);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        SheetRepository repository = new SheetRepository(jdbc, new DataSourceTransactionManager(dataSource), e -> { });
        AuditLog audit = new AuditLog(jdbc);
        SheetImports imports = new SheetImports(repository, ImportedRevisions.on(jdbc, repository), new PendingImports(jdbc),
                audit, Optional.empty(), 1 << 20);

        long id = imports.importAll(List.of(sheet), new ImportOptions(true, OnMatch.UPDATE, Map.of(), "office",
                "127.0.0.1", null)).sheets().get(0).sheetId();

        assertThat(repository.find(id).orElseThrow().sheet()).isEqualTo(sheet);
        assertThat(repository.list(SheetQuery.all(10)).items()).singleElement()
                .satisfies(summary -> assertThat(summary.title()).isEqualTo(sheet.title()));
        List<AuditEntry> entries = audit.find(new AuditQuery("office", AuditActions.IMPORT_PUBLISHED, null, null, null, 0, 10)).items();
        assertThat(entries).singleElement().satisfies(entry -> assertThat(entry.detail()).endsWith(sheet.title()));
    }

    /** Fixture sheet 4 with every text of the schema filled to its maxLength, lists with three entries. */
    private ObjectNode maximalSheet() throws IOException {
        JsonNode schema;
        try (InputStream in = SheetJson.schemaResource()) {
            schema = plain.readTree(in);
        }
        ObjectNode sheet = (ObjectNode) plain.readTree(Fixtures.expectedJson(4));
        fill(sheet, schema, schema);
        return sheet;
    }

    private void fill(ObjectNode node, JsonNode schema, JsonNode root) {
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            JsonNode definition = resolved(property.getValue(), root);
            String name = property.getKey();
            if (definition.has("maxLength") && !definition.has("pattern")) {
                node.put(name, longest(definition));
            } else if (types(definition).contains("object")) {
                JsonNode child = node.get(name);
                fill(child instanceof ObjectNode object ? object : node.putObject(name), definition, root);
            } else if (types(definition).contains("array")) {
                JsonNode items = resolved(definition.path("items"), root);
                if (items.has("maxLength")) {
                    ArrayNode list = node.putArray(name);
                    for (int i = 0; i < 3; i++) {
                        list.add(longest(items));
                    }
                } else if (types(items).contains("object") && node.get(name) instanceof ArrayNode list) {
                    list.forEach(element -> fill((ObjectNode) element, items, root));
                }
            }
        }
    }

    private static JsonNode resolved(JsonNode definition, JsonNode root) {
        JsonNode reference = definition.path("$ref");
        return reference.isString() ? root.at(reference.asString().substring(1)) : definition;
    }

    private static String types(JsonNode definition) {
        return definition.path("type").toString();
    }

    /** maxLength characters of the widest kind; a multi-line text holds each allowed break too. */
    private static String longest(JsonNode definition) {
        int max = definition.get("maxLength").asInt();
        boolean multiLine = !definition.path("not").path("pattern").asString().contains("\\u0000-\\u001F");
        String breaks = multiLine ? "\t\r\n" : "";
        return breaks + WIDEST.repeat(max - breaks.length());
    }

    private int maxLength(String definition) throws IOException {
        try (InputStream in = SheetJson.schemaResource()) {
            return plain.readTree(in).path("$defs").path(definition).path("maxLength").asInt();
        }
    }
}
