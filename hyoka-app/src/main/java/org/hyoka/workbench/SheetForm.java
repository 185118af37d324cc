package org.hyoka.workbench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.hyoka.glossary.Field;
import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.FieldGroup;
import org.hyoka.glossary.SheetFields;
import org.hyoka.glossary.SheetPaths;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.ExtraText;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.NamedAssessment;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.StrategicPlanEntry;

/**
 * The editor's form as text, exactly as typed: what the page shows, what a failed save gives back
 * untouched, and what a conflict merges. {@link SheetBinder} turns it into a sheet.
 */
public record SheetForm(FormLayout layout, Map<String, String> values) {

    /** Sheet-level fields the editor does not offer: the city, the year, the format and the form are the sheet's identity. */
    static final Set<Field> NOT_EDITED = EnumSet.of(Field.SCHEMA_VERSION, Field.FORM, Field.MUNICIPALITY_CODE,
            Field.MUNICIPALITY_NAME, Field.FISCAL_YEAR);

    /** The four assessment items by their name in the paths (citizenNeeds …), from the descriptor. */
    static final List<String> SCORE_ITEMS = SheetFields.SHEET.stream().map(FieldDescriptor::name)
            .filter(name -> name.startsWith("assessment.") && name.endsWith(".score"))
            .map(name -> name.substring("assessment.".length(), name.length() - ".score".length())).toList();

    public SheetForm {
        values = Map.copyOf(values);
    }

    public String get(String key) {
        return values.getOrDefault(key, "");
    }

    public boolean checked(String key) {
        return !get(key).isEmpty();
    }

    public boolean selected(String key, String option) {
        return get(key).equals(option);
    }

    /**
     * Every name the form has for this layout, in the descriptor's order: each editable field the layout
     * offers, the SDGs as one checkbox a goal, the 戦略プラン rows, the indicator slots with their years, the cost
     * years, the 評価観点 rows and the extra texts.
     */
    static List<String> keys(FormLayout layout) {
        List<String> keys = new ArrayList<>();
        for (FieldDescriptor<Sheet> field : SheetFields.SHEET) {
            if (!layout.offers(field.field())) {
                // neither printed by the sheet's form nor stated by the sheet: nothing to edit
            } else if (field.field() == Field.SDGS) {
                FormLayout.sdgGoals().forEach(goal -> keys.add(sdgKey(goal)));
            } else if (!NOT_EDITED.contains(field.field())) {
                keys.add(SheetPaths.sheet(field));
            }
            for (FieldGroup group : SheetFields.groupsAfter(field)) {
                groupKeys(keys, layout, group);
            }
        }
        return keys;
    }

    private static void groupKeys(List<String> keys, FormLayout layout, FieldGroup group) {
        switch (group) {
            case STRATEGIC_PLAN_ROW -> {
                for (int row = 0; row < layout.strategicRows(); row++) {
                    for (FieldDescriptor<StrategicPlanEntry> field : edited(layout, SheetFields.STRATEGIC_PLAN_ROW)) {
                        keys.add(SheetPaths.planRow(row, field));
                    }
                }
            }
            case INDICATOR -> {
                for (int slot : layout.slots()) {
                    for (FieldDescriptor<Indicator> field : edited(layout, SheetFields.INDICATOR)) {
                        keys.add(SheetPaths.indicator(slot, field));
                    }
                    for (int year : layout.indicatorYears()) {
                        for (FieldDescriptor<IndicatorValue> field : edited(layout, SheetFields.INDICATOR_YEAR)) {
                            keys.add(SheetPaths.indicatorYear(slot, year, field));
                        }
                    }
                }
            }
            case COST_YEAR -> {
                for (int year : layout.costYears()) {
                    for (FieldDescriptor<CostYear> field : edited(layout, SheetFields.COST_YEAR)) {
                        keys.add(SheetPaths.costYear(year, field));
                    }
                }
            }
            case ASSESSMENT_ITEM -> {
                for (int row = 0; row < layout.assessmentRows(); row++) {
                    for (FieldDescriptor<NamedAssessment> field : edited(layout, SheetFields.ASSESSMENT_ITEM)) {
                        keys.add(SheetPaths.assessmentItem(row, field));
                    }
                }
            }
            case EXTRA_TEXT -> {
                for (int row = 0; row < layout.extraTextRows(); row++) {
                    for (FieldDescriptor<ExtraText> field : edited(layout, SheetFields.EXTRA_TEXT)) {
                        keys.add(SheetPaths.extraText(row, field));
                    }
                }
            }
            default -> {
                // indicator years are laid out with their indicator; the sheet is not a repeated group
            }
        }
    }

    /** A group's fields that have inputs: the offered ones, without the keys (slot, year) the paths hold. */
    static <R> List<FieldDescriptor<R>> edited(FormLayout layout, List<FieldDescriptor<R>> fields) {
        return fields.stream().filter(f -> !f.key() && layout.offers(f.field())).toList();
    }

    static String sdgKey(int goal) {
        return "sdgs." + goal;
    }

    /** The form as read from a request: only the names the layout has, each trimmed of nothing. */
    static SheetForm fromRequest(FormLayout layout, Map<String, String[]> parameters) {
        FormLayout read = layout.withRows(rowsIn(parameters, "strategicPlan["), rowsIn(parameters, "assessmentItems["),
                rowsIn(parameters, "extraTexts["));
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : keys(read)) {
            String[] given = parameters.get(key);
            if (given != null && given.length > 0 && given[0] != null) {
                values.put(key, given[0].replace("\r\n", "\n").replace('\r', '\n'));
            }
        }
        return new SheetForm(read, values);
    }

    /** The rows of a repeated group a request names: one more than its highest row number, 0 if none. */
    private static int rowsIn(Map<String, String[]> parameters, String prefix) {
        int rows = 0;
        for (String name : parameters.keySet()) {
            if (name.startsWith(prefix)) {
                int close = name.indexOf(']');
                try {
                    rows = Math.max(rows, Integer.parseInt(name.substring(prefix.length(), close)) + 1);
                } catch (NumberFormatException | StringIndexOutOfBoundsException ignored) {
                    // not one of ours; ignored like any unknown parameter
                }
            }
        }
        return rows;
    }

    static SheetForm of(Sheet sheet) {
        return of(sheet, FormLayout.of(sheet));
    }

    /** The sheet's values as the form shows them: the descriptor's text of each value, SDGs as checked boxes. */
    static SheetForm of(Sheet sheet, FormLayout layout) {
        Set<String> keys = new HashSet<>(keys(layout));
        Map<String, String> v = new LinkedHashMap<>();
        SheetPaths.values(sheet, false).forEach((key, value) -> {
            if (keys.contains(key)) {
                v.put(key, value);
            }
        });
        sheet.sdgs().forEach(goal -> v.put(sdgKey(goal), "on"));
        return new SheetForm(layout, v);
    }

    /**
     * Three-way merge for a conflict: where this form still holds what the author started from, the
     * other person's newer value is taken; where the author changed a field, the author's value stays.
     * Returns the merged form and the names both changed differently, which the page points out.
     */
    Merge mergeOnto(SheetForm base, SheetForm current) {
        Map<String, String> merged = new LinkedHashMap<>();
        List<String> both = new ArrayList<>();
        FormLayout union = current.layout().union(layout).union(base.layout);
        for (String key : keys(union)) {
            String mine = get(key);
            String original = base.get(key);
            String theirs = current.get(key);
            String value = Objects.equals(mine, original) ? theirs : mine;
            if (!Objects.equals(mine, original) && !Objects.equals(theirs, original) && !Objects.equals(mine, theirs)) {
                both.add(key);
            }
            if (!value.isEmpty()) {
                merged.put(key, value);
            }
        }
        return new Merge(new SheetForm(union, merged), both);
    }

    public record Merge(SheetForm form, List<String> changedByBoth) {
        public Merge {
            changedByBoth = List.copyOf(changedByBoth);
        }
    }
}
