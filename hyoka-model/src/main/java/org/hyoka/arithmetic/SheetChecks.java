package org.hyoka.arithmetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hyoka.glossary.Field;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * The rules a sheet's printed numbers obey, each returning findings rather than throwing, so that a
 * report can list every problem of every sheet at once (the sums of a year in either form: {@link
 * CostYearChecks}); findings are reported, never corrected; and, since the importer, the import preview
 * and the editor all collect their findings here, the scan of the free texts for personal contacts.
 */
public final class SheetChecks {

    public static final String FUNDING_SUM = "funding-sum";
    public static final String FUNDING_INCOMPLETE = "funding-incomplete";
    /** A year prints 国庫、県支出金、地方債 and the three apart, and the combined row is not their sum. */
    public static final String FUNDING_COMBINED = "funding-combined";
    /** トータルコスト is not 事業費計 + 人件費計. */
    public static final String TOTAL_COST = "total-cost";
    public static final String TOTAL_COST_INCOMPLETE = "total-cost-incomplete";
    public static final String PERSONNEL_COST = "personnel-cost";
    public static final String UNIT_COST_MISSING = "unit-cost-missing";
    public static final String NEGATIVE_AMOUNT = "negative-amount";
    public static final String DUPLICATE_YEAR = "duplicate-year";
    public static final String CUMULATIVE_DECREASE = "cumulative-decrease";
    public static final String DUPLICATE_SLOT = "duplicate-slot";
    /** A free text holds what looks like a telephone number or an e-mail address: {@link PersonalDataScan}. */
    public static final String PERSONAL_DATA = PersonalDataScan.RULE;

    /** 人件費計 may differ from the recomputed value by this much (千円): the sheets round. */
    public static final long PERSONNEL_COST_TOLERANCE = 1;

    private final UnitCostSource unitCosts;

    /** Checks every sheet against this one table, whatever its municipality (a sheet of a known city). */
    public SheetChecks(UnitCostTable unitCosts) {
        this.unitCosts = code -> unitCosts;
    }

    /** Checks each sheet against its own municipality's unit costs. */
    public SheetChecks(UnitCostSource unitCosts) {
        this.unitCosts = unitCosts;
    }

    public List<Finding> check(Sheet sheet) {
        List<Finding> findings = new ArrayList<>();
        checkCostYears(sheet, findings);
        UnitCostTable table = unitCosts.forMunicipality(municipalityCode(sheet));
        for (CostYear year : sheet.costs()) {
            CostYearChecks.check(year, table, findings);
            checkNonNegative(year, findings);
        }
        checkIndicators(sheet, findings);
        findings.addAll(PersonalDataScan.findings(sheet));
        return List.copyOf(findings);
    }

    private static @Nullable String municipalityCode(Sheet sheet) {
        return sheet.municipality() == null || sheet.municipality().code() == null ? null
                : sheet.municipality().code().value();
    }

    private void checkNonNegative(CostYear year, List<Finding> findings) {
        negative(Field.BUDGET, year.budget(), year.fiscalYear()).ifPresent(findings::add);
        negative(Field.SETTLEMENT, year.settlement(), year.fiscalYear()).ifPresent(findings::add);
        negative(Field.PERSONNEL_COST, year.personnelCost(), year.fiscalYear()).ifPresent(findings::add);
        negative(Field.PROJECT_COST, year.projectCost(), year.fiscalYear()).ifPresent(findings::add);
        negative(Field.TOTAL_COST, year.totalCost(), year.fiscalYear()).ifPresent(findings::add);
    }

    private static Optional<Finding> negative(Field field, @Nullable Long value, int fiscalYear) {
        if (value == null || value >= 0) {
            return Optional.empty();
        }
        return Optional.of(new Finding(NEGATIVE_AMOUNT, Severity.WARNING, field, fiscalYear, null, ">= 0",
                Long.toString(value), field.label() + "が負の値です"));
    }

    private void checkCostYears(Sheet sheet, List<Finding> findings) {
        Set<Integer> seen = new HashSet<>();
        for (CostYear year : sheet.costs()) {
            if (!seen.add(year.fiscalYear())) {
                findings.add(new Finding(DUPLICATE_YEAR, Severity.ERROR, Field.COSTS, year.fiscalYear(), null,
                        null, null, Field.COSTS.label() + "に同じ年度が2回あります"));
            }
        }
    }

    private void checkIndicators(Sheet sheet, List<Finding> findings) {
        Set<Integer> slots = new HashSet<>();
        for (Indicator indicator : sheet.indicators()) {
            if (!slots.add(indicator.slot())) {
                findings.add(new Finding(DUPLICATE_SLOT, Severity.ERROR, Field.INDICATORS, null, indicator.slot(),
                        null, null, "指標" + indicator.slot() + "が2回あります"));
            }
            Set<Integer> years = new HashSet<>();
            BigDecimal previousActual = null;
            for (IndicatorValue value : indicator.values()) {
                if (!years.add(value.fiscalYear())) {
                    findings.add(new Finding(DUPLICATE_YEAR, Severity.ERROR, Field.INDICATORS, value.fiscalYear(),
                            indicator.slot(), null, null, "指標「" + indicator.name() + "」に同じ年度が2回あります"));
                }
                if (indicator.isCumulative() && value.actual() != null) {
                    if (previousActual != null && value.actual().compareTo(previousActual) < 0) {
                        findings.add(new Finding(CUMULATIVE_DECREASE, Severity.WARNING, Field.INDICATOR_ACTUAL,
                                value.fiscalYear(), indicator.slot(), ">= " + previousActual.toPlainString(),
                                value.actual().toPlainString(),
                                "累計の指標「" + indicator.name() + "」の実績が前年度より減っています"));
                    }
                    previousActual = value.actual();
                }
            }
        }
    }
}
