package org.hyoka.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.hyoka.glossary.Field;
import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.FieldGroup;
import org.hyoka.glossary.FormLabels;
import org.hyoka.glossary.SheetFields;
import org.hyoka.glossary.ValueType;
import org.hyoka.publish.FormPage.Align;
import org.hyoka.publish.FormPage.Row;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.FiscalYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.SheetForm;
import org.jspecify.annotations.Nullable;

/**
 * A sheet of any form other than つくば市's, printed as that form's sections in its own words: every field the
 * form prints ({@link FormLabels#uses}) and any other the sheet states, in the descriptor's (the schema's)
 * order, each group (指標, コスト, 評価観点, その他の記載事項) as a table where the descriptor places it. A plain,
 * clean layout rather than a facsimile of the city's print: what matters is that nothing the sheet holds is
 * left out and every label is the form's. Pages are A4; a section continues on the next page.
 */
final class FormSections {

    private static final float X = FormPage.MARGIN;
    private static final float W = FormPage.WIDTH - 2 * FormPage.MARGIN;
    private static final float LABEL = 96;
    private static final float HALF = W / 2;
    /** A text this short (in full-width cells) shares its row with the next short one. */
    private static final double SHORT = 22;
    /** Below this, a new row starts a new page: rows are rarely taller, and a taller one grows its page. */
    private static final float BOTTOM = FormPage.A4_HEIGHT - FormPage.MARGIN - 80;

    /** Fields that identify the sheet: printed in the header, not as rows. */
    private static final List<Field> HEADER = List.of(Field.SCHEMA_VERSION, Field.FORM, Field.MUNICIPALITY_CODE,
            Field.MUNICIPALITY_NAME, Field.FISCAL_YEAR, Field.TITLE);

    /**
     * The sections, each starting at its first field (in the descriptor's order) and headed by a field's label
     * in the form's words; the first two have no field of their own and are headed by {@link #BASICS}, {@link #CONTENT}.
     */
    private static final Map<Field, Field> SECTION_AT = Map.ofEntries(
            Map.entry(Field.SHEET_NUMBER, Field.SHEET_NUMBER),
            Map.entry(Field.POLICY_NUMBER, Field.POLICY_HIERARCHY),
            Map.entry(Field.OVERVIEW, Field.OVERVIEW),
            Map.entry(Field.PARTICIPATION_SHARING, Field.CITIZEN_PARTICIPATION),
            Map.entry(Field.RESPONSE_TO_PREVIOUS_ISSUES, Field.REVIEW),
            Map.entry(Field.CITIZEN_NEEDS_SCORE, Field.ASSESSMENT),
            Map.entry(Field.CHALLENGES_OPERATIONS, Field.CHALLENGES),
            Map.entry(Field.EXPECTED_OUTCOME, Field.DIRECTION),
            Map.entry(Field.MANAGER_DIRECTION, Field.MANAGER_OPINION));

    private static final String BASICS = "事業の基本情報";
    private static final String CONTENT = "事業の内容";

    private final Sheet sheet;
    private final SheetForm form;
    private final FormFont font;
    private final List<FormPage> pages = new ArrayList<>();
    private FormPage page;
    private int order;
    private int section;

    private FormSections(Sheet sheet, FormFont font) {
        this.sheet = sheet;
        this.form = sheet.form();
        this.font = font;
        this.page = new FormPage(font);
        pages.add(page);
    }

    /** The form's title as the document and the page head name it. */
    static String title(SheetForm form) {
        return FormLabels.title(form);
    }

    static List<FormPage> pages(Sheet sheet, FormFont font) {
        FormSections sections = new FormSections(sheet, font);
        sections.lay();
        return List.copyOf(sections.pages);
    }

    private void lay() {
        row(24).value(X, 110, sheet.fiscalYear().toWareki(), next(), Align.LEFT)
                .label(X + 110, W - 220, title(form), next())
                .value(X + W - 110, 110, sheet.municipality() == null ? null : sheet.municipality().name(), next(),
                        Align.RIGHT).end();
        page.skip(4);
        row(20).label(X, LABEL, label(Field.TITLE), next()).text(X + LABEL, W - LABEL, sheet.title(), next(),
                label(Field.TITLE)).end();
        List<FieldDescriptor<Sheet>> pending = new ArrayList<>();
        Field heading = null;
        for (FieldDescriptor<Sheet> field : SheetFields.SHEET) {
            Field starts = SECTION_AT.get(field.field());
            if (starts != null) {
                heading = flush(heading, pending);
                heading = starts;
            }
            if (!HEADER.contains(field.field()) && printed(field.field(), field.read(sheet))) {
                pending.add(field);
            }
            for (FieldGroup group : SheetFields.groupsAfter(field)) {
                heading = flush(heading, pending);
                group(group);
            }
        }
        flush(heading, pending);
    }

    /** Whether the form prints the field, or the sheet states it anyway. */
    private boolean printed(Field field, @Nullable Object value) {
        return FormLabels.uses(form, field) || (value != null && !(value instanceof List<?> list && list.isEmpty()));
    }

    /** Prints the section's fields under its heading (if any field is printed); returns no heading. */
    private @Nullable Field flush(@Nullable Field heading, List<FieldDescriptor<Sheet>> fields) {
        if (fields.isEmpty()) {
            return null;
        }
        if (heading != null) {
            heading(heading == Field.SHEET_NUMBER ? BASICS : heading == Field.OVERVIEW ? CONTENT : label(heading));
        }
        for (int i = 0; i < fields.size(); i++) {
            FieldDescriptor<Sheet> field = fields.get(i);
            String text = text(field, sheet);
            FieldDescriptor<Sheet> partner = i + 1 < fields.size() ? fields.get(i + 1) : null;
            if (partner != null && isShort(text) && isShort(text(partner, sheet))) {
                row(18).label(X, LABEL, fit(label(field.field()), LABEL), next())
                        .text(X + LABEL, HALF - LABEL, Printed.orDash(text), next(), label(field.field()))
                        .label(X + HALF, LABEL, fit(label(partner.field()), LABEL), next())
                        .text(X + HALF + LABEL, HALF - LABEL, Printed.orDash(text(partner, sheet)), next(),
                                label(partner.field())).end();
                i++;
            } else {
                row(text.contains("\n") || !isShort(text) ? 30 : 18).label(X, LABEL, fit(label(field.field()), LABEL), next())
                        .text(X + LABEL, W - LABEL, Printed.orDash(text), next(), label(field.field())).end();
            }
        }
        fields.clear();
        return null;
    }

    private void group(FieldGroup group) {
        switch (group) {
            case STRATEGIC_PLAN_ROW -> rows(Field.STRATEGIC_PLAN, SheetFields.STRATEGIC_PLAN_ROW, sheet.strategicPlan());
            case INDICATOR -> indicators();
            case COST_YEAR -> costs();
            case ASSESSMENT_ITEM -> rows(Field.ASSESSMENT_ITEMS, SheetFields.ASSESSMENT_ITEM, sheet.assessmentItems());
            case EXTRA_TEXT -> rows(Field.EXTRA_TEXTS, SheetFields.EXTRA_TEXT, sheet.extraTexts());
            default -> {
                // the sheet itself, and indicator years (printed with their indicator)
            }
        }
    }

    /** A repeated group as a table: one column a field the form prints or a row states, the last one widest. */
    private <R> void rows(Field heading, List<FieldDescriptor<R>> fields, List<R> rows) {
        List<FieldDescriptor<R>> columns = fields.stream()
                .filter(f -> FormLabels.uses(form, f.field()) || rows.stream().anyMatch(r -> f.read(r) != null)).toList();
        if (rows.isEmpty() || columns.isEmpty()) {
            return;
        }
        heading(label(heading));
        float narrow = columns.size() == 1 ? W : Math.min(110, (W - 160) / (columns.size() - 1));
        Row head = row(15);
        for (int c = 0; c < columns.size(); c++) {
            float width = c == columns.size() - 1 ? W - c * narrow : narrow;
            head.label(X + c * narrow, width, fit(label(columns.get(c).field()), width), next());
        }
        head.end();
        for (R r : rows) {
            Row line = row(18);
            for (int c = 0; c < columns.size(); c++) {
                FieldDescriptor<R> column = columns.get(c);
                line.text(X + c * narrow, c == columns.size() - 1 ? W - c * narrow : narrow,
                        Printed.orDash(column.text(r)), next(), label(column.field()));
            }
            line.end();
        }
    }

    /** 記号, 種類, 指標名, 単位, then a column a year: 目標値 and the value of each year as the form names them. */
    private void indicators() {
        List<Indicator> indicators = sheet.indicators();
        if (indicators.isEmpty() && !FormLabels.uses(form, Field.INDICATOR_NAME)) {
            return;
        }
        heading(label(Field.INDICATORS));
        TreeSet<Integer> years = new TreeSet<>();
        indicators.forEach(i -> i.values().forEach(v -> years.add(v.fiscalYear())));
        boolean targets = FormLabels.uses(form, Field.INDICATOR_TARGET)
                || indicators.stream().anyMatch(i -> i.values().stream().anyMatch(v -> v.target() != null));
        float symbol = 24;
        float kind = 46;
        float unit = 34;
        float kindOf = 40;
        float yearsX = X + W - Math.max(years.size(), 1) * 52;
        float cell = years.isEmpty() ? 0 : (X + W - yearsX) / years.size();
        float name = yearsX - X - symbol - kind - unit - kindOf;
        Row head = row(15).label(X, symbol, label(Field.INDICATOR_SYMBOL), next())
                .label(X + symbol, kind, label(Field.INDICATOR_KIND), next())
                .label(X + symbol + kind, name, label(Field.INDICATOR_NAME), next())
                .label(X + symbol + kind + name, unit, label(Field.INDICATOR_UNIT), next())
                .blank(X + symbol + kind + name + unit, kindOf);
        int y = 0;
        for (int year : years) {
            head.label(yearsX + y++ * cell, cell, FiscalYear.of(year).toShortWareki(), next());
        }
        head.end();
        for (Indicator indicator : indicators) {
            String kindText = indicator.kind() == null ? null : FormLabels.kind(form, indicator.kind());
            List<String> valueRows = targets ? List.of(label(Field.INDICATOR_TARGET), label(Field.INDICATOR_ACTUAL))
                    : List.of(label(Field.INDICATOR_ACTUAL));
            for (int v = 0; v < valueRows.size(); v++) {
                Row line = row(18);
                if (v == 0) {
                    line.value(X, symbol, Printed.orDash(indicator.symbol()), next(), Align.CENTER)
                            .text(X + symbol, kind, Printed.orDash(kindText), next(), label(Field.INDICATOR_KIND))
                            .text(X + symbol + kind, name, indicator.name(), next(), label(Field.INDICATOR_NAME))
                            .text(X + symbol + kind + name, unit, Printed.orDash(indicator.unit()), next(),
                                    label(Field.INDICATOR_UNIT));
                } else {
                    line.empty(X, symbol).empty(X + symbol, kind).empty(X + symbol + kind, name)
                            .empty(X + symbol + kind + name, unit);
                }
                line.label(X + symbol + kind + name + unit, kindOf, valueRows.get(v), next());
                boolean target = targets && v == 0;
                List<String> cells = new ArrayList<>();
                for (int year : years) {
                    IndicatorValue value = indicator.valueOf(year).orElse(null);
                    cells.add(Printed.decimal(value == null ? null : target ? value.target() : value.actual()));
                }
                line.cells(yearsX, cell, cells, next(), Align.RIGHT).end();
            }
        }
    }

    /** One row a cost field the form prints (or a year states), one column a year. */
    private void costs() {
        List<CostYear> costs = sheet.costs();
        List<FieldDescriptor<CostYear>> fields = SheetFields.COST_YEAR.stream().filter(f -> !f.key())
                .filter(f -> FormLabels.uses(form, f.field()) || costs.stream().anyMatch(c -> f.read(c) != null))
                .sorted(java.util.Comparator.comparingInt(f -> costRank(f.field()))).toList();
        if (costs.isEmpty() || fields.isEmpty()) {
            return;
        }
        heading(label(Field.COSTS));
        float labelWidth = 150;
        float cell = Math.min(90, (W - labelWidth) / costs.size());
        Row head = row(15).label(X, labelWidth, "（単位：千円）", next());
        for (int c = 0; c < costs.size(); c++) {
            head.label(X + labelWidth + c * cell, cell, FiscalYear.of(costs.get(c).fiscalYear()).toShortWareki(), next());
        }
        head.end();
        for (FieldDescriptor<CostYear> field : fields) {
            Function<CostYear, String> shown = c -> field.read(c) == null ? Printed.NONE
                    : field.type() == ValueType.AMOUNT ? Printed.amount((Long) field.read(c))
                    : field.type() == ValueType.DECIMAL ? Printed.decimal((java.math.BigDecimal) field.read(c))
                    : field.text(c);
            String unit = field.unit() == null || field.unit().equals("千円") ? "" : "（" + field.unit() + "）";
            row(16).label(X, labelWidth, fit(label(field.field()) + unit, labelWidth), next(), Align.LEFT).cells(X + labelWidth, cell, costs.stream().map(shown).toList(), next(),
                    Align.RIGHT).end();
        }
    }

    /**
     * Costs read as a statement: the amount, its sources, the project cost, the staff and their hours, the
     * personnel cost, the total. A cost field not named here (a new one) follows them, never left out.
     */
    private static final List<Field> COST_ORDER = List.of(Field.BUDGET, Field.SETTLEMENT, Field.NATIONAL_TREASURY,
            Field.PREFECTURAL_DISBURSEMENT, Field.LOCAL_BONDS, Field.NATIONAL_PREFECTURAL_BONDS, Field.OTHER_FUNDS,
            Field.GENERAL_FUND, Field.PROJECT_COST, Field.STAFF_FTE, Field.STAFF_OVERTIME_HOURS, Field.STAFF_COUNT,
            Field.WORK_HOURS, Field.FISCAL_YEAR_STAFF, Field.PERSONNEL_COST, Field.TOTAL_COST);

    private static int costRank(Field field) {
        int rank = COST_ORDER.indexOf(field);
        return rank < 0 ? COST_ORDER.size() : rank;
    }

    private void heading(String text) {
        if (page.y() > BOTTOM - 40) {
            newPage();
        } else {
            page.skip(6);
        }
        section++;
        row(15).label(X, 18, full(section), next()).label(X + 18, W - 18, text, next(), Align.LEFT).end();
    }

    private Row row(float height) {
        if (page.y() > BOTTOM) {
            newPage();
        }
        return page.row(height);
    }

    private void newPage() {
        page = new FormPage(font);
        pages.add(page);
    }

    private int next() {
        return order++;
    }

    private String label(Field field) {
        return FormLabels.label(form, field);
    }

    /** A label broken into the lines of its cell (labels do not shrink, as values do); no line opens with a closing bracket. */
    private String fit(String text, float width) {
        List<String> lines = new ArrayList<>(TextWrap.wrap(text, width - 2 * FormPage.PAD, FormPage.SIZES[0], font, 0));
        for (int i = 1; i < lines.size(); i++) {
            String previous = lines.get(i - 1);
            if ("）」』、。".indexOf(lines.get(i).charAt(0)) >= 0 && previous.length() > 1) {
                lines.set(i - 1, previous.substring(0, previous.length() - 1));
                lines.set(i, previous.substring(previous.length() - 1) + lines.get(i));
            }
        }
        return String.join("\n", lines);
    }

    /** A value as the sheet states it: years in 和暦, lists one entry a line. */
    private static String text(FieldDescriptor<Sheet> field, Sheet sheet) {
        Object value = field.read(sheet);
        if (value instanceof Integer year && field.type() == ValueType.YEAR) {
            return FiscalYear.of(year).toWareki();
        }
        return field.text(sheet);
    }

    private static boolean isShort(String text) {
        return !text.contains("\n") && TextWrap.cells(text) <= SHORT;
    }

    private static String full(int number) {
        StringBuilder digits = new StringBuilder();
        for (char c : Integer.toString(number).toCharArray()) {
            digits.append((char) (c - '0' + '０'));
        }
        return digits.toString();
    }
}
