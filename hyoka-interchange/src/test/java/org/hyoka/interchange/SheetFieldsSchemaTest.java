package org.hyoka.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.hyoka.fixtures.Fixtures;
import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.SheetAssembly;
import org.hyoka.glossary.SheetFields;
import org.hyoka.glossary.ValueType;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.StrategicPlanEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The field descriptor against the interchange schema: one descriptor for each leaf property of
 * sheet.schema.json and none more, and each accessor reads the value the JSON holds at its path.
 */
class SheetFieldsSchemaTest {

    static final List<Integer> FIXTURES = Fixtures.EXPECTED_SHEETS;

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void everySchemaPropertyHasExactlyOneDescriptorAndEveryDescriptorAProperty() throws IOException {
        JsonNode schema;
        try (InputStream in = SheetJson.schemaResource()) {
            schema = mapper.readTree(in);
        }
        List<String> properties = new ArrayList<>();
        leaves(schema, schema, "", properties);

        List<String> described = SheetFields.ALL.stream().map(FieldDescriptor::path).toList();

        assertThat(described).doesNotHaveDuplicates();
        assertThat(described).containsExactlyInAnyOrderElementsOf(properties);
        assertThat(properties).contains("assessment.citizenNeeds.score", "costs[].generalFund",
                "indicators[].values[].target", "strategicPlan[].title", "sdgs");
    }

    @Test
    void requiredPropertiesOfTheSchemaAreTheRequiredDescriptors() throws IOException {
        JsonNode schema;
        try (InputStream in = SheetJson.schemaResource()) {
            schema = mapper.readTree(in);
        }
        TreeSet<String> required = new TreeSet<>();
        required(schema, "", required);

        assertThat(SheetFields.ALL.stream().filter(FieldDescriptor::required).map(FieldDescriptor::path))
                .containsExactlyInAnyOrderElementsOf(required);
    }

    @ParameterizedTest(name = "seed sheet {0}: every accessor reads the value the JSON holds at its path")
    @FieldSource("FIXTURES")
    void accessorsReadTheInterchangeValues(int number) {
        JsonNode json = mapper.readTree(Fixtures.expectedJson(number));
        Sheet sheet = read(Fixtures.expectedJson(number));

        for (FieldDescriptor<Sheet> field : SheetFields.SHEET) {
            assertThat(field.text(sheet)).as(field.path()).isEqualTo(cell(field.type(), at(json, field.name())));
        }
        for (int i = 0; i < sheet.indicators().size(); i++) {
            Indicator indicator = sheet.indicators().get(i);
            JsonNode node = json.get("indicators").get(i);
            for (FieldDescriptor<Indicator> field : SheetFields.INDICATOR) {
                assertThat(field.text(indicator)).as(field.path()).isEqualTo(cell(field.type(), at(node, field.name())));
            }
            for (int y = 0; y < indicator.values().size(); y++) {
                for (FieldDescriptor<IndicatorValue> field : SheetFields.INDICATOR_YEAR) {
                    assertThat(field.text(indicator.values().get(y))).as(field.path())
                            .isEqualTo(cell(field.type(), at(node.get("values").get(y), field.name())));
                }
            }
        }
        for (int i = 0; i < sheet.costs().size(); i++) {
            for (FieldDescriptor<CostYear> field : SheetFields.COST_YEAR) {
                assertThat(field.text(sheet.costs().get(i))).as(field.path())
                        .isEqualTo(cell(field.type(), at(json.get("costs").get(i), field.name())));
            }
        }
    }

    @ParameterizedTest(name = "seed sheet {0}: cells parsed back and assembled give the same sheet")
    @FieldSource("FIXTURES")
    void assemblyInvertsTheAccessors(int number) {
        Sheet sheet = read(Fixtures.expectedJson(number));

        Sheet back = SheetAssembly.sheet(values(SheetFields.SHEET, sheet),
                sheet.strategicPlan().stream().map(row -> SheetAssembly.planRow(values(SheetFields.STRATEGIC_PLAN_ROW, row)))
                        .toList(),
                sheet.indicators().stream().map(indicator -> SheetAssembly.indicator(
                        values(SheetFields.INDICATOR, indicator),
                        indicator.values().stream().map(v -> SheetAssembly.indicatorYear(v.fiscalYear(),
                                values(SheetFields.INDICATOR_YEAR, v))).toList())).toList(),
                sheet.costs().stream().map(c -> SheetAssembly.costYear(c.fiscalYear(), values(SheetFields.COST_YEAR, c)))
                        .toList());

        assertThat(back).isEqualTo(sheet);
    }

    @Test
    void aPlanRowRoundTripsThroughItsCells() {
        StrategicPlanEntry row = new StrategicPlanEntry("Ⅳ-3", "2", "1", "取組");
        assertThat(SheetAssembly.planRow(values(SheetFields.STRATEGIC_PLAN_ROW, row))).isEqualTo(row);
    }

    /** The cells of a record, parsed back: what a table reader hands to the assembly. */
    private static <R> SheetAssembly.Values values(List<FieldDescriptor<R>> fields, R record) {
        Map<String, Object> parsed = new LinkedHashMap<>();
        for (FieldDescriptor<R> field : fields) {
            ValueType.Parsed cell = field.parse(field.text(record));
            assertThat(cell).as(field.path()).isInstanceOf(ValueType.Parsed.Value.class);
            parsed.put(field.name(), ((ValueType.Parsed.Value) cell).value());
        }
        return parsed::get;
    }

    private Sheet read(String document) {
        ReadResult result = new SheetJson().read(document);
        assertThat(result).isInstanceOf(ReadResult.Valid.class);
        return ((ReadResult.Valid) result).sheets().get(0);
    }

    private static JsonNode at(JsonNode node, String dotted) {
        JsonNode here = node;
        for (String name : dotted.split("\\.")) {
            here = here.path(name);
        }
        return here;
    }

    /** The JSON value as the descriptor's text form, written independently of ValueType.format. */
    private static String cell(ValueType type, JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asString()));
            return String.join(type == ValueType.LINES ? "\n" : ",", items);
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "有" : "無";
        }
        if (value.isNumber()) {
            return value.decimalValue().toPlainString();
        }
        return value.asString();
    }

    private static void leaves(JsonNode schema, JsonNode node, String prefix, List<String> out) {
        JsonNode resolved = resolve(schema, node);
        JsonNode properties = resolved.path("properties");
        if (properties.isObject()) {
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                JsonNode child = resolve(schema, property.getValue());
                String path = prefix + property.getKey();
                JsonNode items = resolve(schema, child.path("items"));
                if (items.path("properties").isObject()) {
                    leaves(schema, items, path + "[].", out);
                } else if (child.path("properties").isObject()) {
                    leaves(schema, child, path + ".", out);
                } else {
                    out.add(path);
                }
            }
        }
    }

    private static void required(JsonNode node, String prefix, java.util.Set<String> out) {
        // an array of rows (indicators, costs) is a group, not a field: its rows' own required fields count
        node.path("required").forEach(name -> {
            if (!node.path("properties").path(name.asString()).path("items").path("properties").isObject()) {
                out.add(prefix + name.asString());
            }
        });
        for (Map.Entry<String, JsonNode> property : node.path("properties").properties()) {
            JsonNode items = property.getValue().path("items");
            if (items.path("properties").isObject()) {
                required(items, prefix + property.getKey() + "[].", out);
            }
        }
    }

    private static JsonNode resolve(JsonNode schema, JsonNode node) {
        String ref = node.path("$ref").asString("");
        return ref.startsWith("#/$defs/") ? schema.path("$defs").path(ref.substring("#/$defs/".length())) : node;
    }
}
