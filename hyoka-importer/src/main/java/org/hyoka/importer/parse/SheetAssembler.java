package org.hyoka.importer.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyoka.glossary.Field;
import org.hyoka.sheet.Assessment;
import org.hyoka.sheet.BudgetAccount;
import org.hyoka.sheet.Challenges;
import org.hyoka.sheet.CitizenParticipation;
import org.hyoka.sheet.Continuity;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.FiscalYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.Organization;
import org.hyoka.sheet.Period;
import org.hyoka.sheet.ProjectDirection;
import org.hyoka.sheet.Review;
import org.hyoka.sheet.Score;
import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;

/** Turns a draft into a sheet and lists the form's fields it has no value for. */
final class SheetAssembler {

    /** 担当部課 is printed as one word: the 部 (or 局, 室) first, then the 課. */
    private static final Pattern DEPARTMENT = Pattern.compile("^(.+?(?:部|局|公室|室|本部))(.+)$");

    private SheetAssembler() {
    }

    static SheetParse assemble(Draft d, int firstLine, List<SourceLine> unplaced) {
        if (d.fiscalYear == null || d.fiscalYear < 1868 || d.fiscalYear > 9999) {
            return new SheetParse.Unusable(firstLine, "no evaluated fiscal year (令和 N年度) on the sheet", unplaced);
        }
        if (d.title == null) {
            return new SheetParse.Unusable(firstLine, "no " + Field.TITLE.label() + " on the sheet", unplaced);
        }
        Sheet sheet = new Sheet(null, FiscalYear.of(d.fiscalYear), d.sheetNumber, d.title,
                d.accountCode == null && d.accountName == null ? BudgetAccount.NONE
                        : new BudgetAccount(d.accountCode, d.accountName),
                organization(d), period(d),
                d.continuity == null ? null : Continuity.fromPrinted(d.continuity).orElse(null),
                d.deliveryModel, d.category, d.legalBasis, d.individualPlans, d.strategicPlan, d.mayorPledges,
                d.sdgs, d.targetGroup, d.purpose, d.activities, indicators(d), costs(d),
                new CitizenParticipation(d.participation[0], d.participation[1], d.participation[2],
                        d.participation[3]),
                new Review(d.responseToPreviousIssues, d.outcomes),
                new Assessment(score(d, 0), score(d, 1), score(d, 2), score(d, 3)),
                new Challenges(d.challengesOperations, d.challengesOrganization), d.improvementGoal,
                new ProjectDirection(d.decision, d.reason));
        return new SheetParse.Parsed(sheet, firstLine, MissingFields.of(sheet), unplaced);
    }

    private static Organization organization(Draft d) {
        if (d.organization == null) {
            return d.section == null ? Organization.NONE : new Organization(null, null, d.section);
        }
        Matcher m = DEPARTMENT.matcher(d.organization.strip());
        return m.matches() ? new Organization(m.group(1), m.group(2), d.section)
                : new Organization(d.organization.strip(), null, d.section);
    }

    private static Period period(Draft d) {
        return d.periodText == null ? Period.NONE
                : new Period(d.periodText, PeriodText.startYear(d.periodText), PeriodText.endYear(d.periodText));
    }

    private static Score score(Draft d, int item) {
        Integer score = d.scores[item];
        return new Score(score != null && score >= 1 && score <= 5 ? score : null, d.comments[item]);
    }

    /** Named slots only; a named slot whose values are not printed has no values, not zeros. */
    private static List<Indicator> indicators(Draft d) {
        List<Indicator> indicators = new ArrayList<>();
        d.indicators.stream().sorted(Comparator.comparingInt(i -> i.slot))
                .filter(i -> i.name != null && i.slot >= 1 && i.slot <= Indicator.MAX_SLOTS)
                .forEach(i -> indicators.add(new Indicator(i.slot, i.name, i.description, i.kind, i.unit,
                        values(i), null)));
        return indicators;
    }

    private static List<IndicatorValue> values(Draft.IndicatorDraft indicator) {
        if (indicator.targets.isEmpty() && indicator.actuals.isEmpty()) {
            return List.of();
        }
        List<IndicatorValue> values = new ArrayList<>();
        for (int y = 0; y < indicator.years.size(); y++) {
            values.add(new IndicatorValue(indicator.years.get(y), cell(indicator.targets, y), cell(indicator.actuals, y)));
        }
        return values;
    }

    private static List<CostYear> costs(Draft d) {
        List<CostYear> costs = new ArrayList<>();
        for (int y = 0; y < d.costYears.size(); y++) {
            costs.add(new CostYear(d.costYears.get(y), amount(d.budget, y), amount(d.settlement, y),
                    amount(d.generalFund, y), amount(d.bonds, y), amount(d.otherFunds, y),
                    amount(d.personnelCost, y), cell(d.staffFte, y), cell(d.overtime, y),
                    y < d.fiscalYearStaff.size() ? d.fiscalYearStaff.get(y).orElse(null) : null));
        }
        return costs;
    }

    private static @Nullable BigDecimal cell(List<Optional<BigDecimal>> row, int index) {
        return index < row.size() ? row.get(index).orElse(null) : null;
    }

    /** Amounts are whole thousand yen; a cell that is not a whole number is no amount. */
    private static @Nullable Long amount(List<Optional<BigDecimal>> row, int index) {
        BigDecimal value = cell(row, index);
        if (value == null) {
            return null;
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException notWhole) {
            return null;
        }
    }
}
