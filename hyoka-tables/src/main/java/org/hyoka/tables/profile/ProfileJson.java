package org.hyoka.tables.profile;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.SheetFields;
import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.SheetForm;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks a profile file (docs/profiles.md): every key known, every field a field of the
 * glossary, every pattern compilable, the year blocks consistent. The first problem is the message,
 * with the key where it is (「fields」の3番目の「field」: …).
 */
final class ProfileJson {

    /** A profile is a small hand-written file; anything larger is not one. */
    static final int MAX_BYTES = 1024 * 1024;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private ProfileJson() {
    }

    static TableProfile load(InputStream in) throws ProfileException {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new ProfileException("プロファイルを読めません（" + e.getClass().getSimpleName() + "）。");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ProfileException("プロファイルが大きすぎます（上限 " + MAX_BYTES / 1024 + "KB）。");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new ProfileException("プロファイルがJSONとして読めません: " + message);
        }
        try {
            return profile(new Node(root, "プロファイル"));
        } catch (Problem problem) {
            throw new ProfileException(problem.getMessage());
        }
    }

    private static TableProfile profile(Node n) {
        n.keys("profileVersion", "name", "title", "description", "form", "worksheet", "headerRow", "firstDataRow",
                "amountUnit", "notStated", "fields", "budgetAccounts", "flags", "yearBlocks", "indicators",
                "assessmentItems", "extraTexts", "personal", "ignored");
        int version = n.integer("profileVersion");
        if (version < 1 || version > TableProfile.FORMAT_VERSION) {
            throw n.problem("profileVersion", "この版のHyokaが読めるのは profileVersion " + TableProfile.FORMAT_VERSION
                    + " までです（" + version + "）");
        }
        String name = n.text("name");
        if (!name.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw n.problem("name", "英小文字・数字・ハイフンで書いてください（" + name + "）");
        }
        String formCode = n.text("form");
        SheetForm form = SheetForm.fromCode(formCode)
                .orElseThrow(() -> n.problem("form", "様式「" + formCode + "」はありません"));
        int headerRow = n.integer("headerRow");
        int firstDataRow = n.integer("firstDataRow");
        if (headerRow < 1 || firstDataRow <= headerRow) {
            throw n.problem("firstDataRow", "見出し行（headerRow）は1以上、データの最初の行はその後の行にしてください");
        }
        String unit = n.optionalText("amountUnit");
        TableProfile.AmountUnit amountUnit = unit == null || unit.equals("千円") ? TableProfile.AmountUnit.THOUSAND_YEN
                : unit.equals("円") ? TableProfile.AmountUnit.YEN
                : null;
        if (amountUnit == null) {
            throw n.problem("amountUnit", "「千円」か「円」で書いてください（" + unit + "）");
        }
        List<TableProfile.IndicatorColumns> indicators = n.list("indicators", ProfileJson::indicator);
        Set<String> ids = new HashSet<>();
        for (TableProfile.IndicatorColumns indicator : indicators) {
            if (!ids.add(indicator.id())) {
                throw n.problem("indicators", "指標のid「" + indicator.id() + "」が2回あります");
            }
        }
        if (indicators.size() > org.hyoka.sheet.Indicator.MAX_INDICATORS) {
            throw n.problem("indicators", "指標は " + org.hyoka.sheet.Indicator.MAX_INDICATORS + " までです");
        }
        TableProfile.YearBlocks blocks = n.has("yearBlocks") ? yearBlocks(n.child("yearBlocks"), ids) : null;
        TableProfile profile = new TableProfile(name, version, n.text("title"), n.text("description"), TableProfile.Kind.COLUMNS, form,
                n.optionalText("worksheet"), headerRow, firstDataRow, amountUnit,
                n.has("notStated") ? n.list("notStated", Node::asText) : List.of("-", "－", "―"),
                n.list("fields", ProfileJson::field),
                n.has("budgetAccounts") ? budgetAccounts(n.child("budgetAccounts")) : null,
                n.list("flags", ProfileJson::flag), blocks, indicators, n.list("assessmentItems", ProfileJson::assessment),
                n.list("extraTexts", ProfileJson::extraText), n.list("personal", ProfileJson::personal),
                n.list("ignored", ProfileJson::ignored));
        Set<String> read = new HashSet<>(ProfileHeader.mappedColumns(profile));
        for (TableProfile.PersonalColumn column : profile.personal()) {
            if (read.contains(Headers.normalise(column.column()))) {
                throw n.problem("personal", "「" + column.column() + "」は個人情報の列で、取り込む列にはできません");
            }
        }
        return profile;
    }

    private static TableProfile.FieldColumns field(Node n) {
        n.keys("field", "columns", "join", "split", "vocabulary", "stripNumber", "era", "optional");
        TableProfile.Split split = n.has("split") ? split(n.child("split")) : null;
        String field = n.optionalText("field");
        if (field == null && split == null) {
            throw n.problem("field", "「field」か「split」が必要です");
        }
        if (field != null) {
            sheetField(n, "field", field);
        }
        String era = n.optionalText("era");
        if (era != null && !era.equals("reiwa") && !era.equals("gregorian")) {
            throw n.problem("era", "「reiwa」か「gregorian」で書いてください（" + era + "）");
        }
        Map<String, String> vocabulary = new LinkedHashMap<>();
        if (n.has("vocabulary")) {
            Node v = n.child("vocabulary");
            for (String key : v.node.propertyNames()) {
                vocabulary.put(key, v.text(key));
            }
        }
        return new TableProfile.FieldColumns(field, columns(n), n.optionalText("join") == null ? "" : n.text("join"), split,
                vocabulary, n.bool("stripNumber"), "reiwa".equals(era) ? TableProfile.YearEra.REIWA
                        : TableProfile.YearEra.GREGORIAN, n.bool("optional"));
    }

    private static TableProfile.Split split(Node n) {
        n.keys("pattern", "groups", "otherwise");
        String pattern = n.text("pattern");
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw n.problem("pattern", "正規表現として読めません: " + e.getDescription());
        }
        Set<String> named = new HashSet<>();
        Matcher m = GROUP_NAME.matcher(pattern);
        while (m.find()) {
            named.add(m.group(1));
        }
        Node groups = n.child("groups");
        Map<String, String> fields = new LinkedHashMap<>();
        for (String group : groups.node.propertyNames()) {
            if (!named.contains(group)) {
                throw n.problem("groups", "正規表現に名前付きグループ「" + group + "」がありません");
            }
            fields.put(group, sheetField(groups, group, groups.text(group)));
        }
        return new TableProfile.Split(pattern, fields, sheetField(n, "otherwise", n.text("otherwise")));
    }

    private static TableProfile.BudgetAccounts budgetAccounts(Node n) {
        n.keys("columns", "join");
        return new TableProfile.BudgetAccounts(columns(n), n.optionalText("join") == null ? "-" : n.text("join"));
    }

    private static TableProfile.Flag flag(Node n) {
        n.keys("column", "marks", "field", "value");
        String field = sheetField(n, "field", n.text("field"));
        if (SheetFields.SHEET.stream().noneMatch(d -> d.name().equals(field) && d.type() == org.hyoka.glossary.ValueType.LINES)) {
            throw n.problem("field", "「" + field + "」は1行に1件のリストの項目ではありません");
        }
        return new TableProfile.Flag(n.text("column"), n.has("marks") ? n.list("marks", Node::asText) : List.of("○", "〇", "◯"),
                field, n.text("value"));
    }

    private static TableProfile.YearBlocks yearBlocks(Node n, Set<String> indicatorIds) {
        n.keys("offsets", "values", "assumption", "columns");
        List<Integer> offsets = n.list("offsets", Node::asInteger);
        List<TableProfile.ValueKind> values = n.list("values", v -> switch (v.asText()) {
            case "actual" -> TableProfile.ValueKind.ACTUAL;
            case "target" -> TableProfile.ValueKind.TARGET;
            default -> throw v.problem("「actual」か「target」で書いてください（" + v.asText() + "）");
        });
        if (offsets.isEmpty() || offsets.size() != values.size() || new HashSet<>(offsets).size() != offsets.size()) {
            throw n.problem("values", "offsets と values は同じ数だけ、年度は重ならないように書いてください");
        }
        List<TableProfile.BlockColumn> columns = n.list("columns", c -> {
            c.keys("header", "cost", "indicator");
            String cost = c.optionalText("cost");
            String indicator = c.optionalText("indicator");
            if ((cost == null) == (indicator == null)) {
                throw c.problem("「cost」か「indicator」のどちらか一つを書いてください");
            }
            if (cost != null && SheetFields.COST_YEAR.stream().noneMatch(d -> !d.key() && d.name().equals(cost))) {
                throw c.problem("cost", "コストの年度の項目に「" + cost + "」はありません");
            }
            if (indicator != null && !indicatorIds.contains(indicator)) {
                throw c.problem("indicator", "indicators に id「" + indicator + "」の指標がありません");
            }
            return new TableProfile.BlockColumn(c.text("header"), cost, indicator);
        });
        return new TableProfile.YearBlocks(offsets, values, n.text("assumption"), columns);
    }

    private static TableProfile.IndicatorColumns indicator(Node n) {
        n.keys("id", "symbol", "kind", "name", "unit");
        String kind = n.optionalText("kind");
        if (kind != null && IndicatorKind.fromPrinted(kind).isEmpty()) {
            throw n.problem("kind", "指標の種類「" + kind + "」はありません");
        }
        return new TableProfile.IndicatorColumns(n.text("id"), n.optionalText("symbol"), kind, n.text("name"),
                n.optionalText("unit"));
    }

    private static TableProfile.AssessmentColumns assessment(Node n) {
        n.keys("name", "verdict", "comment");
        return new TableProfile.AssessmentColumns(n.text("name"), n.optionalText("verdict"), n.optionalText("comment"));
    }

    private static TableProfile.ExtraTextColumns extraText(Node n) {
        n.keys("label", "columns", "format");
        return new TableProfile.ExtraTextColumns(n.text("label"), columns(n), n.optionalText("format"));
    }

    private static TableProfile.PersonalColumn personal(Node n) {
        n.keys("column", "reason");
        return new TableProfile.PersonalColumn(n.text("column"), n.text("reason"));
    }

    private static TableProfile.IgnoredColumn ignored(Node n) {
        n.keys("column", "reason");
        return new TableProfile.IgnoredColumn(n.text("column"), n.text("reason"));
    }

    private static List<String> columns(Node n) {
        List<String> columns = n.list("columns", Node::asText);
        if (columns.isEmpty()) {
            throw n.problem("columns", "列を1つ以上書いてください");
        }
        return columns;
    }

    private static String sheetField(Node n, String key, String field) {
        FieldDescriptor<?> descriptor = SheetFields.SHEET.stream().filter(d -> d.name().equals(field)).findFirst()
                .orElseThrow(() -> n.problem(key, "シートの項目に「" + field + "」はありません"));
        if (descriptor.field() == org.hyoka.glossary.Field.SCHEMA_VERSION || descriptor.field() == org.hyoka.glossary.Field.FORM
                || descriptor.field() == org.hyoka.glossary.Field.MUNICIPALITY_CODE) {
            throw n.problem(key, "「" + field + "」はプロファイルでなく取り込みの指定で決まります");
        }
        return field;
    }

    /** A JSON node and where it is, for messages. */
    private record Node(JsonNode node, String where) {

        void keys(String... known) {
            if (!node.isObject()) {
                throw problem("オブジェクト（{…}）で書いてください");
            }
            Set<String> allowed = Set.of(known);
            for (String key : node.propertyNames()) {
                if (!allowed.contains(key)) {
                    throw problem("「" + key + "」という項目はありません");
                }
            }
        }

        boolean has(String key) {
            return node.has(key) && !node.get(key).isNull();
        }

        Node child(String key) {
            if (!has(key)) {
                throw problem(key, "必須です");
            }
            return new Node(node.get(key), where + "の「" + key + "」");
        }

        String text(String key) {
            return child(key).asText();
        }

        @Nullable String optionalText(String key) {
            return has(key) ? text(key) : null;
        }

        int integer(String key) {
            return child(key).asInteger();
        }

        boolean bool(String key) {
            if (!has(key)) {
                return false;
            }
            JsonNode value = node.get(key);
            if (!value.isBoolean()) {
                throw problem(key, "true か false で書いてください");
            }
            return value.booleanValue();
        }

        <T> List<T> list(String key, Function<Node, T> element) {
            if (!has(key)) {
                return List.of();
            }
            JsonNode array = node.get(key);
            if (!array.isArray()) {
                throw problem(key, "配列（[…]）で書いてください");
            }
            List<T> out = new ArrayList<>();
            int i = 0;
            for (JsonNode value : array.values()) {
                out.add(element.apply(new Node(value, where + "の「" + key + "」の" + (++i) + "番目")));
            }
            return out;
        }

        String asText() {
            if (!node.isString() || node.stringValue().isBlank()) {
                throw problem("空でない文字列で書いてください");
            }
            return node.stringValue();
        }

        Integer asInteger() {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw problem("整数で書いてください");
            }
            return node.intValue();
        }

        Problem problem(String message) {
            return new Problem(where + ": " + message);
        }

        Problem problem(String key, String message) {
            return new Problem(where + "の「" + key + "」: " + message);
        }
    }

    private static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message, null, false, false);
        }
    }
}
