package org.hyoka.workbench;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.hyoka.glossary.Field;
import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.FieldGroup;
import org.hyoka.glossary.FormLabels;
import org.hyoka.glossary.SheetFields;
import org.hyoka.glossary.SheetPaths;
import org.hyoka.rollover.Rollover;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.SheetForm;

/**
 * The editor's grid for one sheet: the printed form's year columns (six indicator years ending at the
 * evaluated year, five cost years from two before it) plus any other year the sheet already holds; as many
 * indicator slots as the sheet's form has room for (つくば市 5, 対象・意図・結果 9) or the sheet holds; 戦略プラン
 * rows, 評価観点 rows and extra texts with room for more; and the fields offered: those the sheet's form prints
 * ({@link FormLabels#uses}) and any other the sheet states, so that editing never drops a value.
 */
public record FormLayout(SheetForm form, List<Integer> indicatorYears, List<Integer> costYears, int indicatorSlots,
        int strategicRows, int assessmentRows, int extraTextRows, Set<Field> offered) {

    static final int SPARE_ROWS = 2;
    /** Rows offered at most beyond what the sheet holds (a sheet that holds more keeps every row). */
    static final int MAX_ROWS = 20;

    public FormLayout {
        indicatorYears = List.copyOf(indicatorYears);
        costYears = List.copyOf(costYears);
        offered = Set.copyOf(offered);
    }

    static FormLayout of(Sheet sheet) {
        int evaluated = sheet.fiscalYear().startYear();
        TreeSet<Integer> indicatorYears = new TreeSet<>();
        for (int year = evaluated - Rollover.INDICATOR_YEARS + 1; year <= evaluated; year++) {
            indicatorYears.add(year);
        }
        for (Indicator indicator : sheet.indicators()) {
            indicator.values().stream().map(IndicatorValue::fiscalYear).forEach(indicatorYears::add);
        }
        TreeSet<Integer> costYears = new TreeSet<>();
        int first = evaluated - Rollover.COST_YEARS_BEFORE;
        for (int year = first; year < first + Rollover.COST_YEARS; year++) {
            costYears.add(year);
        }
        sheet.costs().stream().map(CostYear::fiscalYear).forEach(costYears::add);
        Set<Field> offered = offered(sheet);
        int slots = Math.max(FormLabels.indicatorSlots(sheet.form()),
                sheet.indicators().stream().mapToInt(Indicator::slot).max().orElse(0));
        return new FormLayout(sheet.form(), List.copyOf(indicatorYears), List.copyOf(costYears),
                Math.min(Indicator.MAX_INDICATORS, slots),
                rows(sheet.strategicPlan().size(), any(offered, FieldGroup.STRATEGIC_PLAN_ROW)),
                rows(sheet.assessmentItems().size(), any(offered, FieldGroup.ASSESSMENT_ITEM)),
                rows(sheet.extraTexts().size(), any(offered, FieldGroup.EXTRA_TEXT)), offered);
    }

    /** What the form prints and what the sheet states, whatever its form. */
    private static Set<Field> offered(Sheet sheet) {
        Set<Field> offered = EnumSet.noneOf(Field.class);
        for (FieldDescriptor<?> field : SheetFields.ALL) {
            if (FormLabels.uses(sheet.form(), field.field())) {
                offered.add(field.field());
            }
        }
        SheetPaths.visit(sheet, (path, field, value, year, slot) -> {
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                offered.add(field.field());
            }
        });
        return offered;
    }

    private static boolean any(Set<Field> offered, FieldGroup group) {
        return SheetFields.of(group).stream().anyMatch(d -> offered.contains(d.field()));
    }

    /** The rows a repeated group shows: each it holds and a few empty ones to add to, if the form has the group. */
    private static int rows(int held, boolean offered) {
        return offered ? Math.max(held, Math.min(MAX_ROWS, held + SPARE_ROWS)) : held;
    }

    /** Rows to read back: as many as the form had, and more in case the page (or a script) added rows. */
    FormLayout withRows(int plan, int assessment, int extra) {
        return new FormLayout(form, indicatorYears, costYears, indicatorSlots, grown(strategicRows, plan),
                grown(assessmentRows, assessment), grown(extraTextRows, extra), offered);
    }

    /** A grid that holds both layouts' inputs, for a merge. */
    FormLayout union(FormLayout other) {
        Set<Field> both = EnumSet.noneOf(Field.class);
        both.addAll(offered);
        both.addAll(other.offered);
        return new FormLayout(form, indicatorYears, costYears, Math.max(indicatorSlots, other.indicatorSlots),
                Math.max(strategicRows, other.strategicRows), Math.max(assessmentRows, other.assessmentRows),
                Math.max(extraTextRows, other.extraTextRows), both);
    }

    private static int grown(int rows, int asked) {
        return Math.max(rows, Math.min(MAX_ROWS, asked));
    }

    /** Whether the editor offers the field; a key of a field it does not know (a form control) is offered. */
    public boolean offers(Field field) {
        return offered.contains(field);
    }

    public boolean offers(String key) {
        return SheetPaths.descriptor(key).map(d -> offered.contains(d.field())).orElse(true);
    }

    public List<Integer> slots() {
        return IntStream.rangeClosed(1, indicatorSlots).boxed().toList();
    }

    public static List<Integer> sdgGoals() {
        return IntStream.rangeClosed(1, 17).boxed().toList();
    }
}
