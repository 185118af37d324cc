package org.hyoka.arithmetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hyoka.glossary.Field;
import org.hyoka.sheet.CostYear;
import org.jspecify.annotations.Nullable;

/**
 * The sums one year of costs obeys, in whichever form it was printed: つくば市's 決算額 = 一般財源 +
 * 国庫、県支出金、地方債 + その他; the 対象・意図・結果 form's 事業費計 = 国庫支出金 + 都道府県支出金 + 地方債 + その他
 * + 一般財源 and トータルコスト = 事業費計 + 人件費計; where a year prints the combined row and the three
 * apart, the combined one is their sum; and 人件費計 from 正職員従事割合 or from 延べ業務時間. Each rule only
 * reports: the printed values stay as printed.
 */
final class CostYearChecks {

    /** One printed source of funding: which field and its amount (null where the year leaves it blank). */
    private record Source(Field field, @Nullable Long amount) {
    }

    private CostYearChecks() {
    }

    static void check(CostYear year, UnitCostTable unitCosts, List<Finding> findings) {
        settlementFunding(year).ifPresent(findings::add);
        combinedBonds(year).ifPresent(findings::add);
        projectCostFunding(year).ifPresent(findings::add);
        personnelCost(year, unitCosts).ifPresent(findings::add);
        totalCost(year).ifPresent(findings::add);
    }

    /** 決算額 = 一般財源 + 国庫、県支出金、地方債 + その他 (the つくば市 order). */
    static Optional<Finding> settlementFunding(CostYear year) {
        if (year.settlement() == null) {
            return Optional.empty();
        }
        List<Source> sources = new ArrayList<>();
        sources.add(new Source(Field.GENERAL_FUND, year.generalFund()));
        sources.addAll(bonds(year));
        sources.add(new Source(Field.OTHER_FUNDS, year.otherFunds()));
        if (!complete(sources)) {
            return Optional.of(incomplete(year, Field.SETTLEMENT, Field.GENERAL_FUND, sources));
        }
        return sum(year, Field.SETTLEMENT, year.settlement(), Field.GENERAL_FUND, sources);
    }

    /**
     * 事業費計 = 国庫支出金 + 都道府県支出金 + 地方債 + その他 + 一般財源 (the form's order). A year that prints
     * 事業費計 without any source has no breakdown to add up; one that prints some of them has a gap.
     */
    static Optional<Finding> projectCostFunding(CostYear year) {
        if (year.projectCost() == null) {
            return Optional.empty();
        }
        List<Source> sources = new ArrayList<>(bonds(year));
        sources.add(new Source(Field.OTHER_FUNDS, year.otherFunds()));
        sources.add(new Source(Field.GENERAL_FUND, year.generalFund()));
        if (sources.stream().allMatch(s -> s.amount() == null)) {
            return Optional.empty();
        }
        if (!complete(sources)) {
            return Optional.of(incomplete(year, Field.PROJECT_COST, Field.PROJECT_COST, sources));
        }
        return sum(year, Field.PROJECT_COST, year.projectCost(), Field.PROJECT_COST, sources);
    }

    /** 国庫、県支出金、地方債 = 国庫支出金 + 都道府県支出金 + 地方債, where a year prints both. */
    static Optional<Finding> combinedBonds(CostYear year) {
        List<Source> apart = apart(year);
        if (year.nationalPrefecturalBonds() == null || !complete(apart)) {
            return Optional.empty();
        }
        Optional<Finding> sum = sum(year, Field.NATIONAL_PREFECTURAL_BONDS, year.nationalPrefecturalBonds(),
                Field.NATIONAL_PREFECTURAL_BONDS, apart);
        return sum.map(f -> new Finding(SheetChecks.FUNDING_COMBINED, f.severity(), f.field(), f.fiscalYear(),
                null, f.expected(), f.found(), f.message()));
    }

    /** トータルコスト = 事業費計 (A) + 人件費計 (B). */
    static Optional<Finding> totalCost(CostYear year) {
        if (year.totalCost() == null) {
            return Optional.empty();
        }
        List<Source> parts = List.of(new Source(Field.PROJECT_COST, year.projectCost()),
                new Source(Field.PERSONNEL_COST, year.personnelCost()));
        if (!complete(parts)) {
            return Optional.of(new Finding(SheetChecks.TOTAL_COST_INCOMPLETE, Severity.WARNING, Field.TOTAL_COST,
                    year.fiscalYear(), null, null, null, Field.TOTAL_COST.label() + "があるのに" + labels(parts)
                            + "の一部が空欄です"));
        }
        return sum(year, Field.TOTAL_COST, year.totalCost(), Field.TOTAL_COST, parts)
                .map(f -> new Finding(SheetChecks.TOTAL_COST, f.severity(), f.field(), f.fiscalYear(), null,
                        f.expected(), f.found(), f.message()));
    }

    /**
     * 人件費計 from 延べ業務時間 × the hourly cost where the year prints hours (the 対象・意図・結果 form),
     * else from 正職員従事割合 × the yearly cost + 時間外勤務 × the overtime cost (つくば市), within the tolerance.
     */
    static Optional<Finding> personnelCost(CostYear year, UnitCostTable unitCosts) {
        if (year.personnelCost() == null) {
            return Optional.empty();
        }
        if (year.workHours() != null) {
            return compare(year, unitCosts.personnelCostFromHours(year.fiscalYear(), year.workHours()),
                    "この年度の時間単価が設定されていないため、" + Field.WORK_HOURS.label() + "から"
                            + Field.PERSONNEL_COST.label() + "を検算できません",
                    Field.WORK_HOURS.label() + " " + year.workHours().stripTrailingZeros().toPlainString() + "時間");
        }
        if (year.staffFte() == null || year.staffOvertimeHours() == null) {
            return Optional.empty();
        }
        return compare(year, unitCosts.personnelCost(year.fiscalYear(), year.staffFte(), year.staffOvertimeHours()),
                "この年度の人件費単価が設定されていないため、" + Field.PERSONNEL_COST.label() + "を検算できません",
                Field.STAFF_FTE.label() + " " + year.staffFte().toPlainString() + "人・"
                        + Field.STAFF_OVERTIME_HOURS.label() + " " + year.staffOvertimeHours().toPlainString() + "時間");
    }

    private static Optional<Finding> compare(CostYear year, Optional<Long> computed, String missing, String basis) {
        long printed = year.personnelCost();
        if (computed.isEmpty()) {
            return Optional.of(new Finding(SheetChecks.UNIT_COST_MISSING, Severity.INFO, Field.PERSONNEL_COST,
                    year.fiscalYear(), null, null, Long.toString(printed), missing));
        }
        if (Math.abs(computed.get() - printed) <= SheetChecks.PERSONNEL_COST_TOLERANCE) {
            return Optional.empty();
        }
        return Optional.of(new Finding(SheetChecks.PERSONNEL_COST, Severity.WARNING, Field.PERSONNEL_COST,
                year.fiscalYear(), null, Long.toString(computed.get()), Long.toString(printed),
                String.format("%s（%,d千円）が%sからの計算値（%,d千円）と合いません", Field.PERSONNEL_COST.label(), printed,
                        basis, computed.get())));
    }

    /** The year's national, prefectural and bond funding: the combined row where printed, else the three apart. */
    private static List<Source> bonds(CostYear year) {
        if (year.nationalPrefecturalBonds() != null || apart(year).stream().allMatch(s -> s.amount() == null)) {
            return List.of(new Source(Field.NATIONAL_PREFECTURAL_BONDS, year.nationalPrefecturalBonds()));
        }
        return apart(year);
    }

    private static List<Source> apart(CostYear year) {
        return List.of(new Source(Field.NATIONAL_TREASURY, year.nationalTreasury()),
                new Source(Field.PREFECTURAL_DISBURSEMENT, year.prefecturalDisbursement()),
                new Source(Field.LOCAL_BONDS, year.localBonds()));
    }

    private static boolean complete(List<Source> sources) {
        return sources.stream().allMatch(s -> s.amount() != null);
    }

    private static String labels(List<Source> sources) {
        return sources.stream().map(s -> s.field().label()).collect(Collectors.joining("・"));
    }

    private static Finding incomplete(CostYear year, Field total, Field at, List<Source> sources) {
        return new Finding(SheetChecks.FUNDING_INCOMPLETE, Severity.WARNING, at, year.fiscalYear(), null, null, null,
                total.label() + "があるのに財源内訳（" + labels(sources) + "）の一部が空欄です");
    }

    /** The printed total against the sum of its printed parts: an error naming both, with every part's label. */
    private static Optional<Finding> sum(CostYear year, Field total, long printed, Field at, List<Source> parts) {
        long sum = parts.stream().mapToLong(s -> s.amount()).sum();
        if (sum == printed) {
            return Optional.empty();
        }
        return Optional.of(new Finding(SheetChecks.FUNDING_SUM, Severity.ERROR, at, year.fiscalYear(), null,
                Long.toString(printed), Long.toString(sum), String.format("%s（%,d千円）と%sの合計（%,d千円）が一致しません",
                        total.label(), printed, labels(parts), sum)));
    }
}
