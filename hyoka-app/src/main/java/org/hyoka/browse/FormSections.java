package org.hyoka.browse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.hyoka.glossary.Field;
import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.FormLabels;
import org.hyoka.glossary.SheetFields;
import org.hyoka.glossary.ValueType;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.ExtraText;
import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.NamedAssessment;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.SheetForm;
import org.hyoka.sheet.StrategicPlanEntry;
import org.jspecify.annotations.Nullable;

/**
 * The sheet page of a form other than つくば市's (the 対象・意図・結果 form, the simple list), section by
 * section in that form's order: every value read through the field description ({@link SheetFields}),
 * every label the form's own ({@link FormLabels}), and only what the sheet states: a section or row with
 * nothing in it is left out. Whatever the sheet states beyond the form's sections is shown last under
 * その他の記載事項, so nothing a source printed is dropped from the page.
 */
public record FormSections(SheetForm form, List<Row> basics, List<Row> policy, @Nullable String overview,
        List<Row> purpose,
        List<IndicatorGroup> indicators, List<CostRow> costs, List<NamedAssessment> assessment, boolean scored,
        boolean verdicts, List<Row> direction, List<Row> manager, List<Row> others) {

    /** One row of a facts table: a text, a list of lines, or labelled parts (手段: 前年度実績, 今年度計画). */
    public record Row(String mark, String label, @Nullable String text, List<String> lines, List<Row> parts) {

        public Row {
            lines = List.copyOf(lines);
            parts = List.copyOf(parts);
        }
    }

    /** The indicators of one kind, headed as the form heads them: ⑤ 活動指標. */
    public record IndicatorGroup(String mark, String label, List<IndicatorView> indicators) {

        public IndicatorGroup {
            indicators = List.copyOf(indicators);
        }
    }

    /** One printed row of コストの推移, a cell a year. */
    public record CostRow(String label, String cssClass, List<String> cells) {

        public CostRow {
            cells = List.copyOf(cells);
        }
    }

    /** What the page heading and its line of links already show. */
    private static final Set<Field> HEADING = EnumSet.of(Field.SCHEMA_VERSION, Field.FORM, Field.MUNICIPALITY_CODE,
            Field.MUNICIPALITY_NAME, Field.FISCAL_YEAR, Field.SHEET_NUMBER);
    private static final List<Field> BASICS = List.of(Field.PROJECT_ID, Field.TITLE, Field.BUDGET_ACCOUNT_CODE,
            Field.BUDGET_ACCOUNT_NAME, Field.ADDITIONAL_BUDGET_ACCOUNTS, Field.DEPARTMENT, Field.DIVISION, Field.SECTION,
            Field.PERIOD_TEXT, Field.PERIOD_START, Field.PERIOD_END, Field.CONTINUITY, Field.DELIVERY_MODEL,
            Field.CATEGORY, Field.LEGAL_BASIS, Field.INDIVIDUAL_PLANS, Field.MAYOR_PLEDGES, Field.SDGS);
    /** 政策, 施策, 基本事業: each tier's number and name on one row. */
    private static final List<List<Field>> TIERS = List.of(List.of(Field.POLICY_NUMBER, Field.POLICY_NAME),
            List.of(Field.MEASURE_NUMBER, Field.MEASURE_NAME),
            List.of(Field.BASIC_PROJECT_NUMBER, Field.BASIC_PROJECT_NAME));
    /** ① 手段 ② 対象 ③ 意図 ④ 結果, numbered as the 対象・意図・結果 form numbers them. */
    private static final List<List<Field>> PURPOSE = List.of(
            List.of(Field.MEANS, Field.MEANS_PREVIOUS_YEAR, Field.MEANS_CURRENT_YEAR), List.of(Field.TARGET_GROUP),
            List.of(Field.PURPOSE), List.of(Field.RESULT));
    /** ⑤ 活動指標 ⑥ 対象指標 ⑦ 成果指標, then the kinds the form does not number. */
    private static final List<IndicatorKind> KINDS = List.of(IndicatorKind.ACTIVITY, IndicatorKind.TARGET,
            IndicatorKind.OUTCOME, IndicatorKind.REFERENCE);
    private static final int NUMBERED_KINDS = 3;
    /** The form's order: the sources, 事業費計 (A), the staff time, 人件費計 (B), トータルコスト (A)+(B). */
    private static final List<Field> COST_ROWS = List.of(Field.NATIONAL_TREASURY, Field.PREFECTURAL_DISBURSEMENT,
            Field.LOCAL_BONDS, Field.NATIONAL_PREFECTURAL_BONDS, Field.OTHER_FUNDS, Field.GENERAL_FUND, Field.BUDGET,
            Field.SETTLEMENT, Field.PROJECT_COST, Field.STAFF_COUNT, Field.STAFF_FTE, Field.WORK_HOURS,
            Field.STAFF_OVERTIME_HOURS, Field.FISCAL_YEAR_STAFF, Field.PERSONNEL_COST, Field.TOTAL_COST);
    private static final Set<Field> COST_TOTALS = EnumSet.of(Field.PROJECT_COST, Field.PERSONNEL_COST, Field.TOTAL_COST);
    private static final List<List<Field>> DIRECTION = List.of(List.of(Field.DIRECTION_DECISION),
            List.of(Field.DIRECTION_REASON), List.of(Field.EXPECTED_EFFECT, Field.EXPECTED_OUTCOME, Field.EXPECTED_COST),
            List.of(Field.IMPROVEMENT_ISSUES));
    private static final List<List<Field>> MANAGER = List.of(List.of(Field.MANAGER_DIRECTION),
            List.of(Field.MANAGER_SUMMARY));

    public FormSections {
        basics = List.copyOf(basics);
        policy = List.copyOf(policy);
        purpose = List.copyOf(purpose);
        indicators = List.copyOf(indicators);
        costs = List.copyOf(costs);
        assessment = List.copyOf(assessment);
        direction = List.copyOf(direction);
        manager = List.copyOf(manager);
        others = List.copyOf(others);
    }

    static FormSections of(SheetBody body) {
        Sheet sheet = body.sheet();
        SheetForm form = sheet.form();
        Set<Field> shown = EnumSet.copyOf(HEADING);
        boolean numbered = form == SheetForm.TAISHO_ITO_KEKKA;
        List<Row> basics = rows(sheet, BASICS.stream().map(List::of).toList(), false, shown);
        List<Row> policy = new ArrayList<>();
        for (List<Field> tier : TIERS) {
            shown.addAll(tier);
            String text = String.join("　", Stream.of(value(sheet, tier.get(0)), value(sheet, tier.get(1)))
                    .filter(v -> v != null).toList());
            if (!text.isEmpty()) {
                policy.add(new Row("", tierName(FormLabels.label(form, tier.get(0))), text, List.of(), List.of()));
            }
        }
        policy.addAll(rows(sheet, List.of(List.of(Field.BASIC_PROJECT_ID)), false, shown));
        shown.add(Field.OVERVIEW);
        List<Row> purpose = rows(sheet, PURPOSE, numbered, shown);
        List<Row> direction = rows(sheet, DIRECTION, false, shown);
        // under the heading 課長等意見, 課長等意見（全体総括） reads 全体総括
        List<Row> manager = rows(sheet, MANAGER, false, shown).stream()
                .map(r -> new Row(r.mark(), within(FormLabels.label(form, Field.MANAGER_OPINION), r.label()), r.text(),
                        r.lines(), r.parts()))
                .toList();
        List<NamedAssessment> assessment = FormLabels.assessmentItems(sheet);
        if (sheet.assessmentItems().isEmpty()) {
            // the four scored items are the assessment here; a sheet with named items keeps any scores below
            SheetFields.SHEET.stream().filter(d -> d.path().startsWith("assessment.")).forEach(d -> shown.add(d.field()));
        }
        List<Row> others = new ArrayList<>();
        for (FieldDescriptor<Sheet> field : SheetFields.SHEET) {
            if (!shown.contains(field.field())) {
                row(sheet, field, "").ifPresent(others::add);
            }
        }
        if (!sheet.strategicPlan().isEmpty()) {
            others.add(new Row("", FormLabels.label(form, Field.STRATEGIC_PLAN), null,
                    sheet.strategicPlan().stream().map(FormSections::planLine).toList(), List.of()));
        }
        for (ExtraText extra : sheet.extraTexts()) {
            others.add(new Row("", extra.label(), extra.text(), List.of(), List.of()));
        }
        return new FormSections(form, basics, policy, sheet.overview(), purpose, indicatorGroups(body, numbered), costRows(sheet),
                assessment, assessment.stream().anyMatch(a -> a.score() != null),
                assessment.stream().anyMatch(a -> a.verdict() != null), direction, manager, others);
    }

    /** The label the form gives a field. */
    public String label(Field field) {
        return FormLabels.label(form, field);
    }

    /** ①, ②, … for position 1, 2, …: the form's own numbering of its boxes. */
    static String circled(int position) {
        return String.valueOf((char) ('①' + position - 1));
    }

    /** 政策 from 政策番号: the tier is what its number is the number of. */
    private static String tierName(String numberLabel) {
        return numberLabel.endsWith("番号") ? numberLabel.substring(0, numberLabel.length() - 2) : numberLabel;
    }

    /**
     * 前年度実績 from 手段（前年度実績） under 手段, 成果 from 期待成果（成果） under 改革・改善による期待成果: a part
     * is labelled within its whole.
     */
    static String within(String whole, String part) {
        int open = part.indexOf('（');
        if (open > 0 && part.endsWith("）") && whole.endsWith(part.substring(0, open))) {
            return part.substring(open + 1, part.length() - 1);
        }
        return part;
    }

    /**
     * A row for each group of fields that states anything: one field is a row of its own; a whole followed by
     * its parts is a row of labelled parts. Every field named is marked shown, stated or not.
     */
    private static List<Row> rows(Sheet sheet, List<List<Field>> groups, boolean numbered, Set<Field> shown) {
        List<Row> rows = new ArrayList<>();
        SheetForm form = sheet.form();
        for (int i = 0; i < groups.size(); i++) {
            List<Field> group = groups.get(i);
            shown.addAll(group);
            String mark = numbered ? circled(i + 1) : "";
            if (group.size() == 1) {
                descriptor(group.get(0)).flatMap(d -> row(sheet, d, mark)).ifPresent(rows::add);
                continue;
            }
            String whole = FormLabels.label(form, group.get(0));
            List<Row> parts = new ArrayList<>();
            for (Field part : group.subList(1, group.size())) {
                descriptor(part).flatMap(d -> row(sheet, d, ""))
                        .map(r -> new Row("", within(whole, r.label()), r.text(), r.lines(), List.of()))
                        .ifPresent(parts::add);
            }
            if (!parts.isEmpty()) {
                rows.add(new Row(mark, whole, null, List.of(), parts));
            }
        }
        return rows;
    }

    private static Optional<FieldDescriptor<Sheet>> descriptor(Field field) {
        return SheetFields.SHEET.stream().filter(d -> d.field() == field).findFirst();
    }

    private static @Nullable String value(Sheet sheet, Field field) {
        return descriptor(field).map(d -> d.text(sheet)).filter(t -> !t.isBlank()).orElse(null);
    }

    /** The field's row, if the sheet states it. */
    private static Optional<Row> row(Sheet sheet, FieldDescriptor<Sheet> field, String mark) {
        Object value = field.read(sheet);
        if (value == null || (value instanceof List<?> list && list.isEmpty())
                || (value instanceof String text && text.isBlank())) {
            return Optional.empty();
        }
        String label = FormLabels.label(sheet.form(), field.field());
        if (field.type() == ValueType.LINES) {
            return Optional.of(new Row(mark, label, null, ((List<?>) value).stream().map(String::valueOf).toList(),
                    List.of()));
        }
        if (field.field() == Field.SDGS) {
            return Optional.of(new Row(mark, label, null,
                    sheet.sdgs().stream().map(Labels::sdg).toList(), List.of()));
        }
        String text = switch (field.type()) {
            case YEAR -> Format.wareki((Integer) value);
            case BOOLEAN -> Format.yesNo((Boolean) value);
            default -> field.text(sheet) + (field.unit() == null ? "" : field.unit());
        };
        return Optional.of(new Row(mark, label, text, List.of(), List.of()));
    }

    private static String planLine(StrategicPlanEntry entry) {
        return String.join(" ", Stream.of(entry.code(), entry.policy(), entry.initiative(), entry.title())
                .filter(v -> v != null && !v.isBlank()).toList());
    }

    private static List<IndicatorGroup> indicatorGroups(SheetBody body, boolean numbered) {
        SheetForm form = body.sheet().form();
        List<IndicatorView> all = Stream.concat(body.firstPageIndicators().stream(),
                body.secondPageIndicators().stream()).sorted(Comparator.comparingInt(i -> i.indicator().slot())).toList();
        List<IndicatorGroup> groups = new ArrayList<>();
        for (int k = 0; k < KINDS.size(); k++) {
            IndicatorKind kind = KINDS.get(k);
            List<IndicatorView> ofKind = all.stream().filter(i -> i.indicator().kind() == kind).toList();
            if (!ofKind.isEmpty()) {
                String mark = numbered && k < NUMBERED_KINDS ? circled(PURPOSE.size() + k + 1) : "";
                groups.add(new IndicatorGroup(mark, FormLabels.kind(form, kind), ofKind));
            }
        }
        List<IndicatorView> unkinded = all.stream().filter(i -> i.indicator().kind() == null).toList();
        if (!unkinded.isEmpty()) {
            groups.add(new IndicatorGroup("", FormLabels.label(form, Field.INDICATORS), unkinded));
        }
        return groups;
    }

    /** The form's rows that any year states, in the form's order, then any other row a year states. */
    private static List<CostRow> costRows(Sheet sheet) {
        List<FieldDescriptor<CostYear>> ordered = new ArrayList<>();
        for (Field field : COST_ROWS) {
            SheetFields.COST_YEAR.stream().filter(d -> d.field() == field).findFirst().ifPresent(ordered::add);
        }
        SheetFields.COST_YEAR.stream().filter(d -> !d.key() && !ordered.contains(d)).forEach(ordered::add);
        List<CostRow> rows = new ArrayList<>();
        for (FieldDescriptor<CostYear> field : ordered) {
            if (sheet.costs().stream().allMatch(year -> field.read(year) == null)) {
                continue;
            }
            String label = FormLabels.label(sheet.form(), field.field())
                    + (field.unit() == null ? "" : "（" + field.unit() + "）");
            List<String> cells = sheet.costs().stream().map(year -> cell(field, year)).toList();
            rows.add(new CostRow(label, COST_TOTALS.contains(field.field()) ? "total" : "", cells));
        }
        return rows;
    }

    private static String cell(FieldDescriptor<CostYear> field, CostYear year) {
        Object value = field.read(year);
        return switch (field.type()) {
            case AMOUNT -> Format.number((Long) value);
            case DECIMAL -> Format.plain((BigDecimal) value);
            case BOOLEAN -> Format.yesNo((Boolean) value);
            default -> value == null ? Format.MISSING : field.text(year);
        };
    }
}
