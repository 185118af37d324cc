package org.hyoka.arithmetic;

import java.util.ArrayList;
import java.util.List;

import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.FieldGroup;
import org.hyoka.glossary.SheetFields;
import org.hyoka.glossary.SheetPaths;
import org.hyoka.glossary.ValueType;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.StrategicPlanEntry;
import org.jspecify.annotations.Nullable;

/**
 * Every free text of a sheet (the fields {@link SheetFields} types as text or lines) scanned for
 * telephone numbers and e-mail addresses. Each hit is a warning for the office to look at before
 * publishing; the text itself is never changed, since a sheet keeps what its source printed.
 */
public final class PersonalDataScan {

    public static final String RULE = "personal-data";

    private PersonalDataScan() {
    }

    /** The findings in the form's order: each text, then the groups the form prints after it. */
    public static List<Finding> findings(Sheet sheet) {
        List<Finding> findings = new ArrayList<>();
        for (FieldDescriptor<Sheet> field : SheetFields.SHEET) {
            scan(field, field.read(sheet), SheetPaths.sheet(field), null, null, findings);
            for (FieldGroup group : SheetFields.groupsAfter(field)) {
                group(sheet, group, findings);
            }
        }
        return List.copyOf(findings);
    }

    private static void group(Sheet sheet, FieldGroup group, List<Finding> findings) {
        switch (group) {
            case STRATEGIC_PLAN_ROW -> {
                List<StrategicPlanEntry> plan = sheet.strategicPlan();
                for (int row = 0; row < plan.size(); row++) {
                    for (FieldDescriptor<StrategicPlanEntry> field : SheetFields.STRATEGIC_PLAN_ROW) {
                        scan(field, field.read(plan.get(row)), SheetPaths.planRow(row, field), null, null, findings);
                    }
                }
            }
            case INDICATOR -> {
                for (Indicator indicator : sheet.indicators()) {
                    int slot = indicator.slot();
                    for (FieldDescriptor<Indicator> field : SheetFields.INDICATOR) {
                        scan(field, field.read(indicator), SheetPaths.indicator(slot, field), null, slot, findings);
                    }
                    for (IndicatorValue value : indicator.values()) {
                        for (FieldDescriptor<IndicatorValue> field : SheetFields.INDICATOR_YEAR) {
                            scan(field, field.read(value), SheetPaths.indicatorYear(slot, value.fiscalYear(), field),
                                    value.fiscalYear(), slot, findings);
                        }
                    }
                }
            }
            case COST_YEAR -> {
                for (CostYear cost : sheet.costs()) {
                    for (FieldDescriptor<CostYear> field : SheetFields.COST_YEAR) {
                        scan(field, field.read(cost), SheetPaths.costYear(cost.fiscalYear(), field),
                                cost.fiscalYear(), null, findings);
                    }
                }
            }
            case INDICATOR_YEAR, SHEET -> {
                // the indicator years are scanned with their indicator; the sheet is not a repeated group
            }
        }
    }

    private static void scan(FieldDescriptor<?> field, @Nullable Object value, String path, @Nullable Integer year,
            @Nullable Integer slot, List<Finding> findings) {
        if (value == null || (field.type() != ValueType.TEXT && field.type() != ValueType.LINES)) {
            return;
        }
        String label = SheetPaths.label(path);
        for (ContactScanner.Hit hit : ContactScanner.scan(field.type().format(value))) {
            findings.add(new Finding(RULE, Severity.WARNING, field.field(), year, slot, null, hit.text(),
                    String.format("%sに%sのような記載があります（%s）。個人の連絡先でないか、公開の前に確かめてください",
                            label, hit.kind().label(), hit.text())));
        }
    }
}
