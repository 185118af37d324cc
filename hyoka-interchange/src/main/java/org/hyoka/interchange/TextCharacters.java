package org.hyoka.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Characters no text of a sheet may hold. Control characters are refused by the schema itself (its
 * {@code not}/{@code pattern}); this class words that refusal, and checks the one rule a JSON Schema
 * cannot state portably: an unpaired surrogate ({@code "\ud800"} in JSON), which no database can store
 * as text and no page can show.
 */
final class TextCharacters {

    private TextCharacters() {
    }

    /** Why the schema's {@code not} refused this text: the first control character, where it is. */
    static String describe(String label, String text) {
        for (int i = 0, position = 1; i < text.length(); i += Character.charCount(text.codePointAt(i)), position++) {
            int c = text.codePointAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                return "「" + label + "」は1行で書く欄です。改行やタブ（" + code(c) + "）は使えません（" + position
                        + "文字目）。取り除いてください";
            }
            if (Character.getType(c) == Character.CONTROL) {
                return "「" + label + "」に使えない制御文字（" + code(c) + "）が含まれています（" + position
                        + "文字目）。取り除いてください";
            }
        }
        return "「" + label + "」に使えない文字が含まれています";
    }

    /** Every text of the tree that holds an unpaired surrogate, by JSON path. */
    static List<SchemaProblem> unpairedSurrogates(JsonNode node, String path) {
        List<SchemaProblem> problems = new ArrayList<>();
        collect(node, path, problems);
        return problems;
    }

    private static void collect(JsonNode node, String path, List<SchemaProblem> problems) {
        if (node.isString()) {
            String text = node.asString();
            int position = 1;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i)), position++) {
                int c = text.codePointAt(i);
                if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                    problems.add(new SchemaProblem(path, "surrogate", "「" + SchemaMessages.label(path)
                            + "」に対になっていないサロゲート（" + code(c) + "）が含まれています（" + position
                            + "文字目）。文字化けした文字を直してください"));
                    return;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", problems);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                collect(property.getValue(), path + "." + property.getKey(), problems);
            }
        }
    }

    private static String code(int c) {
        return String.format("U+%04X", c);
    }
}
