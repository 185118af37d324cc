package org.hyoka.glossary;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.ExtraText;
import org.hyoka.sheet.FiscalYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorDirection;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.NamedAssessment;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.SheetForm;
import org.hyoka.sheet.StrategicPlanEntry;
import org.jspecify.annotations.Nullable;

/**
 * Concrete paths: a descriptor's path with the row, slot or year filled in, {@code strategicPlan[0].code},
 * {@code indicators[2].values[2019].target}, {@code costs[2024].budget}. The editor names its inputs so,
 * the revision diff its changes, and both label them the same way (指標2 R01年度 目標値).
 */
public final class SheetPaths {

    private static final Pattern PLAN = Pattern.compile("^strategicPlan\\[(\\d{1,9})]");
    private static final Pattern INDICATOR = Pattern.compile("^indicators\\[(\\d{1,9})]");
    private static final Pattern INDICATOR_YEAR = Pattern.compile("\\.values\\[(\\d{1,9})]\\.");
    private static final Pattern COST = Pattern.compile("^costs\\[(\\d{1,9})]\\.");
    private static final Pattern ASSESSMENT_ITEM = Pattern.compile("^assessmentItems\\[(\\d{1,9})]");
    private static final Pattern EXTRA_TEXT = Pattern.compile("^extraTexts\\[(\\d{1,9})]");

    private SheetPaths() {
    }

    /**
     * The concrete path of any descriptor: {@code index} is the 戦略プラン row (from 0) or the indicator slot,
     * {@code year} the fiscal year of a year group; each is ignored where the group has none.
     *
     * @throws IllegalArgumentException if the group needs an index or a year that is not given
     */
    public static String of(FieldDescriptor<?> field, @Nullable Integer index, @Nullable Integer year) {
        boolean needsIndex = field.group() != FieldGroup.SHEET && field.group() != FieldGroup.COST_YEAR;
        boolean needsYear = field.group() == FieldGroup.INDICATOR_YEAR || field.group() == FieldGroup.COST_YEAR;
        if ((needsIndex && index == null) || (needsYear && year == null)) {
            throw new IllegalArgumentException(field.path() + " needs its row, slot or year");
        }
        return switch (field.group()) {
            case SHEET -> field.path();
            case STRATEGIC_PLAN_ROW -> "strategicPlan[" + index + "]." + field.name();
            case INDICATOR -> "indicators[" + index + "]." + field.name();
            case INDICATOR_YEAR -> "indicators[" + index + "].values[" + year + "]." + field.name();
            case COST_YEAR -> "costs[" + year + "]." + field.name();
            case ASSESSMENT_ITEM -> "assessmentItems[" + index + "]." + field.name();
            case EXTRA_TEXT -> "extraTexts[" + index + "]." + field.name();
        };
    }

    public static String sheet(FieldDescriptor<Sheet> field) {
        return of(field, null, null);
    }

    /** @param row 0 for the first row, as the editor numbers its inputs */
    public static String planRow(int row, FieldDescriptor<StrategicPlanEntry> field) {
        return of(field, row, null);
    }

    public static String indicator(int slot, FieldDescriptor<Indicator> field) {
        return of(field, slot, null);
    }

    public static String indicatorYear(int slot, int year, FieldDescriptor<IndicatorValue> field) {
        return of(field, slot, year);
    }

    public static String costYear(int year, FieldDescriptor<CostYear> field) {
        return of(field, null, year);
    }

    /** @param row 0 for the first item */
    public static String assessmentItem(int row, FieldDescriptor<NamedAssessment> field) {
        return of(field, row, null);
    }

    /** @param row 0 for the first text */
    public static String extraText(int row, FieldDescriptor<ExtraText> field) {
        return of(field, row, null);
    }

    /**
     * Every value the sheet states, as text, under its concrete path, in the form's order. Keys (slot,
     * year) are in the paths, not among the values. With {@code comparable}, decimals lose trailing zeros
     * so that 1.0 and 1.00 are the same value.
     */
    public static Map<String, String> values(Sheet sheet, boolean comparable) {
        Map<String, String> values = new LinkedHashMap<>();
        visit(sheet, (path, field, value, year, slot) -> put(values, path, field, value, comparable));
        return values;
    }

    /** What {@link #visit} hands over: one value the sheet may state, under its concrete path. */
    @FunctionalInterface
    public interface Visitor {
        /**
         * @param year the fiscal year of an indicator or cost year, else null
         * @param slot the indicator's slot, else null
         */
        void value(String path, FieldDescriptor<?> field, @Nullable Object value, @Nullable Integer year,
                @Nullable Integer slot);
    }

    /**
     * Every field of the sheet in the form's order (each sheet-level field, then the groups the form prints
     * after it), stated or not; keys (slot, year) are in the paths, not visited as values.
     */
    public static void visit(Sheet sheet, Visitor visitor) {
        for (FieldDescriptor<Sheet> field : SheetFields.SHEET) {
            visitor.value(sheet(field), field, field.read(sheet), null, null);
            for (FieldGroup group : SheetFields.groupsAfter(field)) {
                group(sheet, group, visitor);
            }
        }
    }

    private static void group(Sheet sheet, FieldGroup group, Visitor visitor) {
        switch (group) {
            case STRATEGIC_PLAN_ROW -> rows(sheet.strategicPlan(), SheetFields.STRATEGIC_PLAN_ROW, SheetPaths::planRow, visitor);
            case INDICATOR -> {
                for (Indicator indicator : sheet.indicators()) {
                    int slot = indicator.slot();
                    for (FieldDescriptor<Indicator> field : SheetFields.INDICATOR) {
                        if (!field.key()) {
                            visitor.value(indicator(slot, field), field, field.read(indicator), null, slot);
                        }
                    }
                    for (IndicatorValue value : indicator.values()) {
                        for (FieldDescriptor<IndicatorValue> field : SheetFields.INDICATOR_YEAR) {
                            if (!field.key()) {
                                visitor.value(indicatorYear(slot, value.fiscalYear(), field), field, field.read(value),
                                        value.fiscalYear(), slot);
                            }
                        }
                    }
                }
            }
            case INDICATOR_YEAR -> {
                // visited with their indicator, above
            }
            case COST_YEAR -> {
                for (CostYear cost : sheet.costs()) {
                    for (FieldDescriptor<CostYear> field : SheetFields.COST_YEAR) {
                        if (!field.key()) {
                            visitor.value(costYear(cost.fiscalYear(), field), field, field.read(cost), cost.fiscalYear(),
                                    null);
                        }
                    }
                }
            }
            case ASSESSMENT_ITEM -> rows(sheet.assessmentItems(), SheetFields.ASSESSMENT_ITEM, SheetPaths::assessmentItem,
                    visitor);
            case EXTRA_TEXT -> rows(sheet.extraTexts(), SheetFields.EXTRA_TEXT, SheetPaths::extraText, visitor);
            case SHEET -> throw new IllegalArgumentException("the sheet is not a repeated group");
        }
    }

    private static <R> void rows(List<R> rows, List<FieldDescriptor<R>> fields,
            java.util.function.BiFunction<Integer, FieldDescriptor<R>, String> pathOf, Visitor visitor) {
        for (int row = 0; row < rows.size(); row++) {
            for (FieldDescriptor<R> field : fields) {
                visitor.value(pathOf.apply(row, field), field, field.read(rows.get(row)), null, null);
            }
        }
    }

    private static void put(Map<String, String> values, String path, FieldDescriptor<?> field, @Nullable Object value,
            boolean comparable) {
        if (value == null || (value instanceof List<?> list && list.isEmpty())) {
            return;
        }
        Object shown = comparable && value instanceof BigDecimal number ? number.stripTrailingZeros() : value;
        values.put(path, field.type().format(shown));
    }

    /**
     * A value of this path as a person reads it: the few fields stored as codes (an indicator's
     * direction: lower) read as their vocabulary's words (少ないほど良い); everything else as stored.
     */
    public static @Nullable String shown(String path, @Nullable String value) {
        if (value == null) {
            return null;
        }
        boolean direction = descriptor(path).map(d -> d.field() == Field.INDICATOR_DIRECTION).orElse(false);
        return direction ? IndicatorDirection.fromCode(value).map(IndicatorDirection::label).orElse(value) : value;
    }

    /** The descriptor of a concrete path (or of an editor key below one, such as {@code sdgs.9}). */
    public static Optional<FieldDescriptor<?>> descriptor(String path) {
        for (String candidate = path; !candidate.isEmpty(); candidate = parent(candidate)) {
            Optional<FieldDescriptor<?>> field = SheetFields.byPath(candidate);
            if (field.isPresent()) {
                return field;
            }
        }
        return Optional.empty();
    }

    /** 指標2 R05年度 目標値, コストの推移 R06年度 予算額, 戦略プラン 1行目 施策, 優先度評点: a path as a clerk finds it on the sheet. */
    public static String label(String path) {
        return label(SheetForm.TSUKUBA, path);
    }

    /**
     * A path as a clerk finds it on a sheet of this form, in the form's own words ({@link FormLabels}):
     * 評価観点 2 判定 and 意図 on a 対象・意図・結果 sheet where the つくば市 form says 評価項目 and 目的.
     */
    public static String label(SheetForm form, String path) {
        StringBuilder label = new StringBuilder();
        Matcher plan = PLAN.matcher(path);
        if (plan.find()) {
            label.append(FormLabels.label(form, Field.STRATEGIC_PLAN)).append(' ').append(Integer.parseInt(plan.group(1)) + 1)
                    .append("行目 ");
        }
        Matcher indicator = INDICATOR.matcher(path);
        if (indicator.find()) {
            label.append("指標").append(indicator.group(1)).append(' ');
            Matcher year = INDICATOR_YEAR.matcher(path);
            if (year.find()) {
                label.append(wareki(year.group(1))).append(' ');
            }
        }
        Matcher item = ASSESSMENT_ITEM.matcher(path);
        if (item.find()) {
            label.append(FormLabels.label(form, Field.ASSESSMENT_ITEMS)).append(' ').append(Integer.parseInt(item.group(1)) + 1).append(' ');
        }
        Matcher extra = EXTRA_TEXT.matcher(path);
        if (extra.find()) {
            label.append(FormLabels.label(form, Field.EXTRA_TEXTS)).append(' ').append(Integer.parseInt(extra.group(1)) + 1).append(' ');
        }
        Matcher cost = COST.matcher(path);
        if (cost.find()) {
            label.append(FormLabels.label(form, Field.COSTS)).append(' ').append(wareki(cost.group(1))).append(' ');
        }
        // a figure Hyoka derives (総コスト, 達成率) has no descriptor but a glossary label
        label.append(descriptor(path).<Field>map(FieldDescriptor::field)
                .or(() -> Field.byPath(path.replaceAll("\\[[^]]*]", ""))).map(f -> FormLabels.label(form, f)).orElse(path));
        return label.toString();
    }

    private static String wareki(String year) {
        int start = Integer.parseInt(year);
        return start >= 1868 && start <= 9999 ? FiscalYear.of(start).toShortWareki() : year + "年度";
    }

    private static String parent(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }
}
