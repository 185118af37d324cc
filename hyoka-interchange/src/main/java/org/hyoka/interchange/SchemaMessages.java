package org.hyoka.interchange;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.hyoka.glossary.Field;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;

import tools.jackson.databind.JsonNode;

/**
 * Words a municipal clerk can act on for each schema rule a document breaks, naming the field by
 * its printed label and the place by its JSON path.
 */
final class SchemaMessages {

    SchemaProblem describe(Error error, String prefix) {
        String keyword = error.getKeyword() == null ? "schema" : error.getKeyword();
        String path = prefix + relative(error.getInstanceLocation());
        if ("required".equals(keyword) && error.getProperty() != null) {
            String missingPath = path + "." + error.getProperty();
            return new SchemaProblem(missingPath, keyword,
                    "必須項目「" + label(missingPath) + "」（" + error.getProperty() + "）がありません");
        }
        String field = "「" + label(path) + "」";
        String message = switch (keyword) {
            case "type" -> field + "の値の型が違います。" + expectedType(error.getSchemaNode())
                    + "（値がないときは null）。いまの値: " + shown(error.getInstanceNode());
            case "minLength" -> field + "が空の文字列です。記載がないときは \"\" ではなく null にしてください";
            case "maxLength" -> field + "が長すぎます（" + error.getSchemaNode().asInt() + "文字まで、いまは"
                    + String.format("%,d", codePoints(error.getInstanceNode())) + "文字）。欄に収まる長さに縮めてください";
            case "not" -> TextCharacters.describe(label(path), error.getInstanceNode().asString());
            case "minimum", "maximum" -> field + "は" + range(path) + "でなければなりません。いまの値: "
                    + shown(error.getInstanceNode());
            case "enum" -> field + "は " + choices(error.getSchemaNode()) + " のいずれかです。いまの値: "
                    + shown(error.getInstanceNode());
            case "const" -> field + "は " + error.getSchemaNode() + " でなければなりません。いまの値: "
                    + shown(error.getInstanceNode());
            case "pattern" -> field + "の形式が違います（" + patternHint(path) + "）。いまの値: "
                    + shown(error.getInstanceNode());
            default -> field + ": " + error.getMessage();
        };
        return new SchemaProblem(path, keyword, message);
    }

    private static String relative(NodePath location) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append('.').append(element);
            }
        }
        return path.toString();
    }

    static String label(String path) {
        String withoutPrefix = path.replaceFirst("^\\$(\\[\\d+])?\\.?", "");
        // A score or a value has no label of its own: name it by the nearest labelled field above it.
        for (String candidate = withoutPrefix; !candidate.isEmpty();
                candidate = candidate.contains(".") ? candidate.substring(0, candidate.lastIndexOf('.')) : "") {
            var field = Field.byPath(candidate);
            if (field.isPresent()) {
                return field.get().label();
            }
        }
        return withoutPrefix.isEmpty() ? "シート" : withoutPrefix;
    }

    private static String expectedType(JsonNode schemaNode) {
        String types = schemaNode.isArray()
                ? java.util.stream.StreamSupport.stream(schemaNode.spliterator(), false)
                        .map(JsonNode::asString).collect(Collectors.joining(","))
                : schemaNode.asString();
        if (types.contains("integer")) {
            return "整数で書いてください（金額は千円単位の整数）";
        }
        if (types.contains("number")) {
            return "数値で書いてください";
        }
        if (types.contains("boolean")) {
            return "true（有）か false（無）で書いてください";
        }
        if (types.contains("array")) {
            return "一覧 [ … ] で書いてください";
        }
        if (types.contains("object")) {
            return "オブジェクト { … } で書いてください";
        }
        return "文字列で書いてください";
    }

    private static String range(String path) {
        if (path.endsWith(".score")) {
            return "1から5までの整数";
        }
        if (path.contains("sdgs")) {
            return "1から17までのSDGsのゴール番号";
        }
        if (path.endsWith(".slot")) {
            return "1から5までの指標の欄番号";
        }
        return "範囲内の値";
    }

    private static String choices(JsonNode schemaNode) {
        return Arrays.stream(schemaNode.toString().replaceAll("[\\[\\]\"]", "").split(","))
                .collect(Collectors.joining(" / "));
    }

    private static String patternHint(String path) {
        return path.endsWith("municipality.code") ? "全国地方公共団体コードは検査数字を含む6桁の数字。例: 082201" : "決められた書式";
    }

    private static long codePoints(JsonNode node) {
        return node.isString() ? node.asString().codePoints().count() : 0;
    }

    private static String shown(JsonNode node) {
        String text = node == null ? "null" : node.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
