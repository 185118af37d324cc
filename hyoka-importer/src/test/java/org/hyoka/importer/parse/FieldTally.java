package org.hyoka.importer.parse;

import java.util.List;

import org.hyoka.importer.JsonComparison;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Sheet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** How many fields (leaf values of the interchange JSON) of one sheet another reading got exactly. */
record FieldTally(int fields, List<String> differences) {

    private static final SheetJson JSON = new SheetJson();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static FieldTally of(Sheet expected, Sheet actual) {
        return of(JSON.write(expected), JSON.write(actual));
    }

    static FieldTally of(String expectedJson, String actualJson) {
        return new FieldTally(leaves(MAPPER.readTree(expectedJson)), JsonComparison.differences(expectedJson, actualJson));
    }

    int exact() {
        return fields - differences.size();
    }

    private static int leaves(JsonNode node) {
        if ((node.isObject() || node.isArray()) && !node.isEmpty()) {
            int n = 0;
            for (JsonNode child : node) {
                n += leaves(child);
            }
            return n;
        }
        return 1;
    }
}
