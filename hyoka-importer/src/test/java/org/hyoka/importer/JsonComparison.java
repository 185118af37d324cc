package org.hyoka.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares two interchange documents as the format's consumers do: texts with all whitespace
 * removed, numbers by value (280 equals 280.0). Returns the paths where they differ.
 */
public final class JsonComparison {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonComparison() {
    }

    public static List<String> differences(String expected, String actual) {
        List<String> out = new ArrayList<>();
        compare("$", MAPPER.readTree(expected), MAPPER.readTree(actual), out);
        return out;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.propertyNames().forEach(names::add);
            actual.propertyNames().forEach(names::add);
            for (String name : names) {
                compare(path + "." + name, orMissing(expected.get(name)), orMissing(actual.get(name)), out);
            }
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                out.add(path + ": expected " + expected.size() + " elements " + expected + " but was " + actual.size()
                        + " " + actual);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), out);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            BigDecimal e = expected.decimalValue();
            BigDecimal a = actual.decimalValue();
            if (e.compareTo(a) != 0) {
                out.add(path + ": expected " + e + " but was " + a);
            }
        } else if (expected.isString() && actual.isString()) {
            if (!squeeze(expected.asString()).equals(squeeze(actual.asString()))) {
                out.add(path + ": expected \"" + expected.asString() + "\" but was \"" + actual.asString() + "\"");
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": expected " + expected + " but was " + actual);
        }
    }

    private static JsonNode orMissing(JsonNode node) {
        return node == null ? MAPPER.missingNode() : node;
    }

    static String squeeze(String text) {
        return text.replaceAll("[\\s\u3000]+", "");
    }
}
