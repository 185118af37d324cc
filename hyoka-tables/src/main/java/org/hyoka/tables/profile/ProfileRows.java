package org.hyoka.tables.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.SheetAssembly;
import org.hyoka.glossary.SheetFields;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.ExtraText;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.NamedAssessment;
import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * One data row to one sheet, as the profile says, every cell read by its field's descriptor
 * ({@link FieldDescriptor#parse}) and the sheet built by {@link SheetAssembly}. A cell that does not read
 * is a problem with its row and column; the caller refuses the table if there is any.
 */
final class ProfileRows {

    private static final Map<String, FieldDescriptor<?>> SHEET = byName(SheetFields.SHEET);
    private static final Map<String, FieldDescriptor<?>> ITEM = byName(SheetFields.ASSESSMENT_ITEM);
    private static final Map<String, FieldDescriptor<?>> EXTRA = byName(SheetFields.EXTRA_TEXT);

    /**
     * A split pattern is written by a city and may backtrack: it is tried on texts of a name's length
     * only (部課名), a longer text goes whole to the pattern's {@code otherwise} field.
     */
    static final int MAX_SPLIT_CHARS = 200;

    private final TableProfile profile;
    private final ProfileHeader header;
    private final IntFunction<String> columnName;
    private final MunicipalityCode municipality;
    private final List<@Nullable Pattern> splits = new ArrayList<>();
    private final YearBlockRows blocks;
    final List<String> problems = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    ProfileRows(TableProfile profile, ProfileHeader header, IntFunction<String> columnName, MunicipalityCode municipality) {
        this.profile = profile;
        this.header = header;
        this.columnName = columnName;
        this.municipality = municipality;
        this.blocks = new YearBlockRows(profile, header, columnName, notes);
        profile.fields().forEach(f -> splits.add(f.split() == null ? null : Pattern.compile(f.split().pattern())));
    }

    /** The row's sheet, or empty with the reasons added to {@link #problems}. */
    Optional<Sheet> sheet(int rowNumber, List<String> cells) {
        RowCells row = new RowCells(rowNumber, cells, profile, header.headers, columnName);
        for (int i = 0; i < cells.size(); i++) {
            if (!header.known.contains(i) && !cells.get(i).isBlank()) {
                row.problem(i, "見出しのない列（またはプロファイルにない列）に値があります");
            }
        }
        Map<String, @Nullable Object> v = new HashMap<>();
        v.put("municipality.code", municipality.value());
        v.put("form", profile.form().code());
        for (int f = 0; f < profile.fields().size(); f++) {
            field(row, profile.fields().get(f), splits.get(f), v);
        }
        budgetAccounts(row, v);
        for (TableProfile.Flag flag : profile.flags()) {
            int column = header.column(flag.column());
            String mark = row.text(column);
            if (mark.isEmpty()) {
                continue;
            }
            if (!flag.marks().contains(mark)) {
                row.problem(column, "「" + String.join("」「", flag.marks()) + "」か空欄のはずです（値: " + mark + "）");
                continue;
            }
            appendLine(v, flag.field(), flag.value());
        }
        Integer year = v.get("fiscalYear") instanceof Integer y ? y : null;
        if (year == null && row.problems.isEmpty()) {
            row.problems.add(rowNumber + "行目: 年度がありません");
        }
        try {
            // the model checks years, slots and codes as it is built: a bad one is this row's problem
            List<Indicator> indicators = year == null ? List.of() : blocks.indicators(row, year);
            List<CostYear> costs = year == null ? List.of() : blocks.costs(row, year);
            List<NamedAssessment> items = items(row);
            List<ExtraText> extras = extras(row);
            if (!row.problems.isEmpty()) {
                problems.addAll(row.problems);
                return Optional.empty();
            }
            return Optional.of(SheetAssembly.sheet(v::get, List.of(), indicators, costs, items, extras));
        } catch (IllegalArgumentException e) {
            problems.addAll(row.problems);
            problems.add(rowNumber + "行目: " + e.getMessage());
            return Optional.empty();
        }
    }

    private void field(RowCells row, TableProfile.FieldColumns field, @Nullable Pattern split, Map<String, @Nullable Object> v) {
        List<String> parts = new ArrayList<>();
        int first = -1;
        for (String column : field.columns()) {
            int index = header.column(column);
            if (index >= 0 && first < 0) {
                first = index;
            }
            String text = index < 0 ? "" : row.text(index);
            if (!text.isEmpty()) {
                parts.add(text);
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        String text = String.join(field.join(), parts);
        if (field.stripNumber()) {
            text = CellText.stripNumber(text);
        }
        text = field.vocabulary().getOrDefault(text, text);
        if (split != null && field.split() != null && text.length() <= MAX_SPLIT_CHARS) {
            Matcher m = split.matcher(text);
            if (m.matches()) {
                for (Map.Entry<String, String> group : field.split().groups().entrySet()) {
                    String part = m.group(group.getKey());
                    if (part != null && !part.isBlank()) {
                        row.put(first, SHEET.get(group.getValue()), part.strip(), field.era(), v);
                    }
                }
            } else {
                row.put(first, SHEET.get(field.split().otherwise()), text, field.era(), v);
            }
            return;
        }
        row.put(first, SHEET.get(field.field()), text, field.era(), v);
    }

    private void budgetAccounts(RowCells row, Map<String, @Nullable Object> v) {
        TableProfile.BudgetAccounts accounts = profile.budgetAccounts();
        if (accounts == null) {
            return;
        }
        List<List<String>> lines = new ArrayList<>();
        int count = 0;
        for (String column : accounts.columns()) {
            List<String> cellLines = row.text(header.column(column)).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            lines.add(cellLines);
            count = Math.max(count, cellLines.size());
        }
        List<String> codes = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            List<String> parts = new ArrayList<>();
            for (int c = 0; c < lines.size(); c++) {
                List<String> cellLines = lines.get(c);
                if (cellLines.size() != count) {
                    row.problem(header.column(accounts.columns().get(c)), "予算科目の行数がほかの列と合いません（" + cellLines.size()
                            + "行、ほかの列は" + count + "行）");
                    return;
                }
                parts.add(cellLines.get(k));
            }
            codes.add(String.join(accounts.join(), parts));
        }
        if (!codes.isEmpty()) {
            v.put("budgetAccount.code", codes.get(0));
        }
        if (codes.size() > 1) {
            v.put("additionalBudgetAccounts", List.copyOf(codes.subList(1, codes.size())));
        }
    }

    private List<NamedAssessment> items(RowCells row) {
        List<NamedAssessment> out = new ArrayList<>();
        for (TableProfile.AssessmentColumns item : profile.assessmentItems()) {
            Map<String, @Nullable Object> av = new HashMap<>();
            if (item.verdict() != null) {
                int column = header.column(item.verdict());
                row.put(column, ITEM.get("verdict"), row.text(column), TableProfile.YearEra.GREGORIAN, av);
            }
            if (item.comment() != null) {
                int column = header.column(item.comment());
                row.put(column, ITEM.get("comment"), row.text(column), TableProfile.YearEra.GREGORIAN, av);
            }
            if (av.values().stream().anyMatch(x -> x != null)) {
                av.put("name", item.name());
                out.add(SheetAssembly.assessmentItem(av::get));
            }
        }
        return out;
    }

    private List<ExtraText> extras(RowCells row) {
        List<ExtraText> out = new ArrayList<>();
        for (TableProfile.ExtraTextColumns extra : profile.extraTexts()) {
            List<String> texts = extra.columns().stream().map(c -> row.text(header.column(c))).toList();
            if (texts.stream().allMatch(String::isEmpty)) {
                continue;
            }
            String text;
            if (extra.format() != null) {
                text = extra.format();
                for (int i = 0; i < texts.size(); i++) {
                    text = text.replace("{" + i + "}", texts.get(i));
                }
            } else {
                text = String.join("\n", texts.stream().filter(t -> !t.isEmpty()).toList());
            }
            Map<String, @Nullable Object> ev = new HashMap<>();
            ev.put("label", extra.label());
            row.put(header.column(extra.columns().get(0)), EXTRA.get("text"), text, TableProfile.YearEra.GREGORIAN, ev);
            ExtraText extraText = ev.get("text") == null ? null : SheetAssembly.extraText(ev::get);
            if (extraText != null) {
                out.add(extraText);
            }
        }
        return out;
    }

    private static void appendLine(Map<String, @Nullable Object> v, String field, String line) {
        List<Object> lines = new ArrayList<>(v.get(field) instanceof List<?> l ? l : List.of());
        lines.add(line);
        v.put(field, List.copyOf(lines));
    }

    static Map<String, FieldDescriptor<?>> byName(List<? extends FieldDescriptor<?>> descriptors) {
        Map<String, FieldDescriptor<?>> out = new HashMap<>();
        descriptors.forEach(d -> out.put(d.name(), d));
        return out;
    }
}
