package org.hyoka.publish;

import static org.hyoka.glossary.Field.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.hyoka.glossary.SdgGoals;
import org.hyoka.publish.FormPage.Align;
import org.hyoka.publish.FormPage.Row;
import org.hyoka.publish.FormPage.Run;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.FiscalYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.Organization;
import org.hyoka.sheet.Score;
import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * The two pages of the 事務事業マネジメントシート for one sheet, as the つくば市 form lays them out.
 * Where a cell stands is the form's business; in which order its text enters the text layer is
 * the reader's: published sheets draw every label of a page first and then the values in a fixed
 * order, and Hyoka's importer finds fields by that order and by the shapes of their neighbours.
 * The {@code order} numbers below are that drawing order, so that Hyoka reads its own PDFs back
 * field for field.
 */
final class SheetForm {

    /** Entries of 根拠法令等 and 個別計画 wrap at this many full-width cells, as the form's field does. */
    static final double LIST_CELLS = 24;

    private static final float X = FormPage.MARGIN;
    private static final float W = FormPage.WIDTH - 2 * FormPage.MARGIN;
    private static final float LABEL = 64;
    private static final float HALF = W / 2;
    private static final float RX = X + HALF;
    private static final float VALUE = HALF - LABEL;
    private static final int INDICATOR_YEARS = 6;
    private static final int SLOTS = 4;

    // page 1's values, in drawing order
    private static final int PARTICIPATION = 100;
    private static final int ACTIVITIES_AT = 104;
    private static final int CONTINUITY_AT = 105;
    private static final int TITLE_AT = 106;
    private static final int DELIVERY_AT = 107;
    private static final int FTE_AT = 108;
    private static final int OVERTIME_AT = 109;
    private static final int YES_NO_AT = 110;
    private static final int PERSONNEL_AT = 111;
    private static final int ACCOUNT_AT = 112;
    private static final int ACTUALS_1 = 113;
    private static final int SETTLEMENT_AT = 114;
    private static final int PERIOD_AT = 115;
    private static final int LAWS_AT = 116;
    private static final int PLANS_AT = 117;
    private static final int PURPOSE_AT = 118;
    private static final int DESCRIPTION_1 = 119;
    private static final int NAME_1 = 120;
    private static final int YEARS_1 = 121;
    private static final int FISCAL_YEAR_AT = 122;
    private static final int TARGETS_1 = 123;
    private static final int CATEGORY_AT = 124;
    private static final int SDGS_AT = 125;
    private static final int PLAN_ROWS_AT = 150;
    private static final int NUMBER_AT = 200;
    private static final int KIND_1 = 201;
    private static final int PLEDGES_AT = 202;
    private static final int ORGANIZATION_AT = 203;
    private static final int SECTION_AT = 204;
    private static final int TARGET_GROUP_AT = 205;
    private static final int UNIT_1 = 206;
    private static final int BUDGET_AT = 207;
    private static final int BONDS_AT = 208;
    private static final int OTHER_AT = 209;
    private static final int GENERAL_AT = 210;
    private static final int COST_YEARS_AT = 211;

    // page 2's values, in drawing order
    private static final int GOAL_AT = 100;
    private static final int OUTCOMES_AT = 101;
    private static final int DECISION_AT = 102;
    private static final int SCORES_AT = 103;
    private static final int COMMENTS_AT = 107;
    private static final int OPERATIONS_AT = 111;
    private static final int ORGANIZATION_BUDGET_AT = 112;
    private static final int GRID_ACTUALS = 200;
    private static final int DESCRIPTIONS = 230;
    private static final int NAMES = 240;
    private static final int GRID_YEARS = 250;
    private static final int GRID_TARGETS = 280;
    private static final int REASON_AT = 310;
    private static final int KINDS = 320;
    private static final int UNITS = 330;
    private static final int RESPONSE_AT = 400;

    private final Sheet sheet;
    private final FormFont font;

    private SheetForm(Sheet sheet, FormFont font) {
        this.sheet = sheet;
        this.font = font;
    }

    static List<FormPage> pages(Sheet sheet, FormFont font) {
        SheetForm form = new SheetForm(sheet, font);
        return List.of(form.first(), form.second());
    }

    private FormPage first() {
        FormPage p = new FormPage(font);
        int l = 0;
        p.row(24).value(X, 96, sheet.fiscalYear().toWareki().replace("令和", "令和 "), FISCAL_YEAR_AT, Align.LEFT)
                .label(X + 96, W - 192, "事務事業マネジメントシート", l++)
                .value(X + W - 96, 96, sheet.sheetNumber(), NUMBER_AT, Align.CENTER).end();
        p.skip(6);
        p.row(15).label(X, 18, "１", l++).label(X + 18, W - 18, "事業の基本情報", l++, Align.LEFT).end();
        p.row(18).label(X, LABEL, TITLE.label(), l++).text(X + LABEL, VALUE, sheet.title(), TITLE_AT, TITLE.label())
                .label(RX, LABEL, CONTINUITY.label(), l++)
                .value(RX + LABEL, VALUE, sheet.continuity() == null ? null : sheet.continuity().printed(), CONTINUITY_AT,
                        Align.LEFT).end();
        String account = join(sheet.budgetAccount().code(), sheet.budgetAccount().name());
        p.row(18).label(X, LABEL, BUDGET_ACCOUNT.label(), l++).text(X + LABEL, VALUE, account, ACCOUNT_AT,
                        BUDGET_ACCOUNT.label())
                .label(RX, LABEL, DELIVERY_MODEL.label(), l++)
                .text(RX + LABEL, VALUE, sheet.deliveryModel(), DELIVERY_AT, DELIVERY_MODEL.label()).end();
        Organization org = sheet.organization();
        String unit = (org.department() == null ? "" : org.department()) + (org.division() == null ? "" : org.division());
        p.row(18).label(X, LABEL, ORGANIZATION.label(), l++).text(X + LABEL, VALUE, unit, ORGANIZATION_AT,
                        ORGANIZATION.label())
                .label(RX, LABEL, SECTION.label(), l++).text(RX + LABEL, VALUE, org.section(), SECTION_AT, SECTION.label())
                .end();
        p.row(18).label(X, LABEL, PERIOD.label(), l++).text(X + LABEL, VALUE, sheet.period().text(), PERIOD_AT,
                        PERIOD.label())
                .label(RX, LABEL, CATEGORY.label(), l++).text(RX + LABEL, VALUE, sheet.category(), CATEGORY_AT,
                        CATEGORY.label()).end();
        p.row(30).label(X, LABEL, LEGAL_BASIS.label(), l++)
                .text(X + LABEL, VALUE, Printed.orDash(Printed.lines(sheet.legalBasis())), LAWS_AT, LEGAL_BASIS.label(),
                        LIST_CELLS)
                .label(RX, LABEL, INDIVIDUAL_PLANS.label(), l++)
                .text(RX + LABEL, VALUE, Printed.orDash(Printed.lines(sheet.individualPlans())), PLANS_AT,
                        INDIVIDUAL_PLANS.label(), LIST_CELLS).end();
        Row plan = p.row(30).label(X, LABEL, STRATEGIC_PLAN.label(), l++);
        planRows(plan);
        plan.label(RX, LABEL, MAYOR_PLEDGES.label(), l++)
                .text(RX + LABEL, VALUE, sheet.mayorPledges().isEmpty() ? null : String.join(" ", sheet.mayorPledges()),
                        PLEDGES_AT, MAYOR_PLEDGES.label()).end();
        Row sdgs = p.row(30).label(X, LABEL, SDGS.label(), l++);
        sdgLines(sdgs);
        sdgs.label(RX, LABEL, TARGET_GROUP.label(), l++)
                .text(RX + LABEL, VALUE, sheet.targetGroup(), TARGET_GROUP_AT, TARGET_GROUP.label()).end();
        p.row(30).label(X, LABEL, PURPOSE.label(), l++)
                .text(X + LABEL, W - LABEL, Printed.orDash(sheet.purpose()), PURPOSE_AT, PURPOSE.label()).end();
        p.row(48).label(X, LABEL, "事業の概要\n(取組内容)", l++)
                .text(X + LABEL, W - LABEL, Printed.orDash(sheet.activities()), ACTIVITIES_AT, ACTIVITIES.label()).end();
        p.skip(6);
        p.row(15).label(X, W, INDICATORS.label(), l++, Align.LEFT).end();
        l = indicatorBlock(p, sheet.indicatorInSlot(1), l, true);
        p.skip(6);
        l = costs(p, l);
        p.skip(6);
        p.row(15).label(X, W, CITIZEN_PARTICIPATION.label(), l++, Align.LEFT).end();
        String[] participation = {sheet.citizenParticipation().sharing(), sheet.citizenParticipation().planning(),
                sheet.citizenParticipation().implementation(), sheet.citizenParticipation().evaluation()};
        String[] labels = {PARTICIPATION_SHARING.label(), PARTICIPATION_PLANNING.label(),
                PARTICIPATION_IMPLEMENTATION.label(), PARTICIPATION_EVALUATION.label()};
        for (int i = 0; i < 4; i++) {
            p.row(18).label(X, 110, "\u3000" + labels[i], l++, Align.LEFT)
                    .text(X + 110, W - 110, Printed.orDash(participation[i]), PARTICIPATION + i, labels[i]).end();
        }
        return p;
    }

    /** One line a row: code, 施策, 取組 and title on one baseline read back as one entry each. */
    private void planRows(Row row) {
        List<String> lines = sheet.strategicPlan().stream()
                .map(e -> String.join(" ", nonNull(e.code(), e.policy(), e.initiative(), e.title()))).toList();
        row.stacked(X + LABEL, VALUE, lines, PLAN_ROWS_AT, FormPage.SIZES[1]);
    }

    private void sdgLines(Row row) {
        List<String> lines = sheet.sdgs().stream()
                .map(goal -> String.format("%02d", goal) + SdgGoals.name(goal).orElse("")).toList();
        row.stacked(X + LABEL, VALUE, lines, SDGS_AT, FormPage.SIZES[1]);
    }

    /** Indicator 1 on page 1 (name, kind, unit, 概要, years, 目標値, 実績). Returns the next label order. */
    private int indicatorBlock(FormPage p, Optional<Indicator> slot, int l, boolean first) {
        Indicator ind = slot.orElse(null);
        float nameWidth = W - LABEL - 90 - 110;
        Row names = p.row(18).label(X, LABEL, INDICATOR_NAME.label(), l++)
                .text(X + LABEL, nameWidth, ind == null ? null : ind.name(), NAME_1, INDICATOR_NAME.label())
                .value(X + LABEL + nameWidth, 90, ind == null || ind.kind() == null ? null : ind.kind().printed(), KIND_1,
                        Align.CENTER);
        names.label(X + W - 110, 22, "（ ）", l++)
                .value(X + W - 88, 88, ind == null ? null : ind.unit(), UNIT_1, Align.LEFT).end();
        p.row(26).label(X, LABEL, "指標の\n概要", l++)
                .text(X + LABEL, W - LABEL, ind == null ? null : ind.description(), DESCRIPTION_1,
                        INDICATOR_DESCRIPTION.label()).end();
        List<Integer> years = indicatorYears(ind);
        float cell = (W - LABEL) / INDICATOR_YEARS;
        p.row(14).blank(X, LABEL).cells(X + LABEL, cell, years.stream().map(y -> FiscalYear.of(y).toShortWareki()).toList(),
                YEARS_1, Align.CENTER).end();
        p.row(14).label(X, LABEL, INDICATOR_TARGET.label(), l++)
                .cells(X + LABEL, cell, row(years, ind, IndicatorValue::target), TARGETS_1, Align.RIGHT).end();
        p.row(14).label(X, LABEL, "実\u3000績", l++)
                .cells(X + LABEL, cell, row(years, ind, IndicatorValue::actual), ACTUALS_1, Align.RIGHT).end();
        return l;
    }

    private List<Integer> indicatorYears(@Nullable Indicator ind) {
        if (ind != null && !ind.values().isEmpty()) {
            return ind.values().stream().map(IndicatorValue::fiscalYear).toList();
        }
        int fy = sheet.fiscalYear().startYear();
        List<Integer> years = new ArrayList<>();
        for (int y = fy - INDICATOR_YEARS + 1; y <= fy; y++) {
            years.add(y);
        }
        return years;
    }

    /** An indicator row, or no run at all where the indicator has no values (nothing printed, none read). */
    private static List<String> row(List<Integer> years, @Nullable Indicator ind,
            Function<IndicatorValue, java.math.@Nullable BigDecimal> cell) {
        if (ind == null || ind.values().isEmpty()) {
            return List.of();
        }
        return years.stream().map(y -> Printed.decimal(ind.valueOf(y).map(cell).orElse(null))).toList();
    }

    private int costs(FormPage p, int l) {
        List<CostYear> costs = sheet.costs();
        float group = 16;
        float rowLabel = 120;
        float unit = 36;
        float first = group + rowLabel + unit;
        float cell = (W - first) / Math.max(5, costs.size());
        p.row(15).label(X, W, COSTS.label(), l++, Align.LEFT).end();
        p.row(14).label(X, first, "項目", l++).cells(X + first, cell,
                costs.stream().map(c -> FiscalYear.of(c.fiscalYear()).toWareki().replace("令和", "令和 ")).toList(),
                COST_YEARS_AT, Align.CENTER).end();
        l = costRow(p, l, X, group + rowLabel, BUDGET.label(), "(千円)", cell,
                costs.stream().map(c -> Printed.amount(c.budget())).toList(), BUDGET_AT);
        l = costRow(p, l, X, group + rowLabel, SETTLEMENT.label(), "(千円)", cell,
                costs.stream().map(c -> Printed.amount(c.settlement())).toList(), SETTLEMENT_AT);
        float top = p.y();
        l = costRow(p, l, X + group, rowLabel, GENERAL_FUND.label(), "(千円)", cell,
                costs.stream().map(c -> Printed.amount(c.generalFund())).toList(), GENERAL_AT);
        l = costRow(p, l, X + group, rowLabel, NATIONAL_PREFECTURAL_BONDS.label(), "(千円)", cell,
                costs.stream().map(c -> Printed.amount(c.nationalPrefecturalBonds())).toList(), BONDS_AT);
        l = costRow(p, l, X + group, rowLabel, OTHER_FUNDS.label(), "(千円)", cell,
                costs.stream().map(c -> Printed.amount(c.otherFunds())).toList(), OTHER_AT);
        p.verticalLabel(X, group, top, "事\n業\n費\n内\n訳", l++);
        l = costRow(p, l, X, group + rowLabel, PERSONNEL_COST.label(), "(千円)", cell,
                costs.stream().map(c -> Printed.amount(c.personnelCost())).toList(), PERSONNEL_AT);
        top = p.y();
        l = costRow(p, l, X + group, rowLabel, STAFF_FTE.label(), "(人)", cell,
                costs.stream().map(c -> Printed.decimal(c.staffFte())).toList(), FTE_AT);
        l = costRow(p, l, X + group, rowLabel, STAFF_OVERTIME_HOURS.label(), "(時間)", cell,
                costs.stream().map(c -> Printed.decimal(c.staffOvertimeHours())).toList(), OVERTIME_AT);
        l = costRow(p, l, X + group, rowLabel, FISCAL_YEAR_STAFF.label(), "(－)", cell,
                costs.stream().map(c -> Printed.yesNo(c.fiscalYearStaff())).toList(), YES_NO_AT);
        p.verticalLabel(X, group, top, "人\n件\n費\n内\n訳", l++);
        return l;
    }

    private static int costRow(FormPage p, int l, float x, float labelWidth, String label, String unit, float cell,
            List<String> values, int order) {
        float first = 16 + 120 + 36;
        p.row(14).label(x, labelWidth, label, l++, Align.LEFT).label(X + first - 36, 36, unit, l++)
                .cells(X + first, cell, values.stream().allMatch(Printed.NONE::equals) ? List.of() : values, order,
                        label.equals(FISCAL_YEAR_STAFF.label()) ? Align.CENTER : Align.RIGHT).end();
        return l;
    }

    private FormPage second() {
        FormPage p = new FormPage(font);
        int l = 0;
        List<Indicator> later = sheet.indicators().stream().filter(i -> i.slot() >= 2).toList();
        boolean grid = later.stream().anyMatch(i -> !i.values().isEmpty());
        List<Integer> years = gridYears(later);
        float cell = (W - LABEL) / INDICATOR_YEARS;
        for (int s = 0; s < SLOTS; s++) {
            Indicator ind = s < later.size() ? later.get(s) : null;
            float nameWidth = W - LABEL - 90 - 110;
            p.row(16).label(X, LABEL, INDICATOR_NAME.label(), l++)
                    .text(X + LABEL, nameWidth, ind == null ? null : ind.name(), NAMES + s, INDICATOR_NAME.label())
                    .value(X + LABEL + nameWidth, 90, ind == null || ind.kind() == null ? null : ind.kind().printed(),
                            KINDS + s, Align.CENTER)
                    .label(X + W - 110, 11, "（", l++).value(X + W - 99, 88, ind == null ? null : ind.unit(), UNITS + s,
                            Align.LEFT)
                    .label(X + W - 11, 11, "）", l++).end();
            p.row(22).label(X, LABEL, "指標の\n概要", l++)
                    .text(X + LABEL, W - LABEL, ind == null ? null : ind.description(), DESCRIPTIONS + s,
                            INDICATOR_DESCRIPTION.label()).end();
            boolean printed = grid && ind != null;
            Row head = p.row(12).blank(X, LABEL);
            Row targets = null;
            for (int y = 0; y < INDICATOR_YEARS; y++) {
                String year = y < years.size() ? FiscalYear.of(years.get(y)).toShortWareki() : "";
                if (printed && y < years.size()) {
                    head.value(X + LABEL + y * cell, cell, year, GRID_YEARS + y * SLOTS + s, Align.CENTER);
                } else {
                    head.empty(X + LABEL + y * cell, cell);
                }
            }
            head.end();
            for (boolean target : new boolean[] {true, false}) {
                Row r = p.row(12).label(X, LABEL, target ? INDICATOR_TARGET.label() : "実\u3000績", l++);
                for (int y = 0; y < INDICATOR_YEARS; y++) {
                    String text = null;
                    if (printed && y < years.size()) {
                        IndicatorValue v = ind.valueOf(years.get(y)).orElse(null);
                        text = Printed.decimal(v == null ? null : target ? v.target() : v.actual());
                    }
                    r.value(X + LABEL + y * cell, cell, text,
                            (target ? GRID_TARGETS : GRID_ACTUALS) + y * SLOTS + s, Align.RIGHT);
                }
                r.end();
            }
            p.skip(3);
        }
        p.skip(3);
        p.row(15).label(X, 18, "２", l++).label(X + 18, W - 18, REVIEW.label(), l++, Align.LEFT).end();
        p.row(34).label(X, LABEL, "前年度の課\n題への対応", l++)
                .text(X + LABEL, W - LABEL, Printed.orDash(sheet.review().responseToPreviousIssues()), RESPONSE_AT,
                        RESPONSE_TO_PREVIOUS_ISSUES.label()).end();
        p.row(44).label(X, LABEL, OUTCOMES.label(), l++)
                .text(X + LABEL, W - LABEL, sheet.review().outcomes(), OUTCOMES_AT, OUTCOMES.label()).end();
        p.skip(6);
        p.row(15).label(X, 18, "３", l++).label(X + 18, W - 18, ASSESSMENT.label(), l++, Align.LEFT).end();
        Score[] scores = {sheet.assessment().citizenNeeds(), sheet.assessment().progress(),
                sheet.assessment().municipalInvolvement(), sheet.assessment().priority()};
        String[] items = {CITIZEN_NEEDS.label(), PROGRESS.label(), MUNICIPAL_INVOLVEMENT.label(), PRIORITY.label()};
        for (int i = 0; i < 4; i++) {
            Integer score = scores[i].score();
            p.row(18).label(X, LABEL, "\u3000" + items[i], l++, Align.LEFT)
                    .value(X + LABEL, 30, score == null ? Printed.NONE : score.toString(), SCORES_AT + i, Align.CENTER)
                    .text(X + LABEL + 30, W - LABEL - 30, scores[i].comment(), COMMENTS_AT + i, items[i]).end();
        }
        p.skip(6);
        // the band prints only its number: 課題 stands down the side of its two rows, as on the form
        p.row(15).label(X, 18, "４", l++).blank(X + 18, W - 18).end();
        float top = p.y();
        boolean anyChallenge = sheet.challenges().operations() != null || sheet.challenges().organizationAndBudget() != null;
        p.row(30).label(X + 20, LABEL - 20, CHALLENGES_OPERATIONS.label(), l++)
                .text(X + LABEL, W - LABEL, anyChallenge ? Printed.orDash(sheet.challenges().operations()) : null,
                        OPERATIONS_AT, CHALLENGES_OPERATIONS.label()).end();
        p.row(30).label(X + 20, LABEL - 20, "組織、\n予算等", l++)
                .text(X + LABEL, W - LABEL, sheet.challenges().organizationAndBudget(), ORGANIZATION_BUDGET_AT,
                        CHALLENGES_ORGANIZATION_AND_BUDGET.label()).end();
        p.verticalLabel(X, 20, top, "課\n題", l++);
        p.row(30).label(X, LABEL, IMPROVEMENT_GOAL.label(), l++)
                .text(X + LABEL, W - LABEL, Printed.orDash(sheet.improvementGoal()), GOAL_AT, IMPROVEMENT_GOAL.label())
                .end();
        p.skip(6);
        p.row(15).label(X, 18, "５", l++).label(X + 18, W - 18, DIRECTION.label(), l++, Align.LEFT).end();
        p.row(30).label(X, LABEL, DIRECTION_DECISION.label(), l++)
                .value(X + LABEL, 80, sheet.direction().decision(), DECISION_AT, Align.CENTER)
                .label(X + LABEL + 80, 40, DIRECTION_REASON.label(), l++)
                .text(X + LABEL + 120, W - LABEL - 120, sheet.direction().reason(), REASON_AT, DIRECTION_REASON.label())
                .end();
        if (!grid) {
            glueReason(p);
        }
        return p;
    }

    /**
     * Without grids the reader finds 理由 as the text that follows the item before it on the next
     * line, as published sheets print it: its text layer is carried right under that item.
     */
    private static void glueReason(FormPage p) {
        List<Run> values = p.runs.stream().filter(r -> !r.label && r.order < REASON_AT)
                .sorted(java.util.Comparator.comparingInt(r -> r.order)).toList();
        Run reason = p.runs.stream().filter(r -> r.order == REASON_AT).findFirst().orElse(null);
        if (reason != null && !values.isEmpty()) {
            reason.gluedTo = values.get(values.size() - 1);
        }
    }

    private List<Integer> gridYears(List<Indicator> later) {
        for (Indicator ind : later) {
            if (!ind.values().isEmpty()) {
                return ind.values().stream().map(IndicatorValue::fiscalYear).toList();
            }
        }
        return indicatorYears(null);
    }

    private static @Nullable String join(@Nullable String a, @Nullable String b) {
        List<String> parts = nonNull(a, b);
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private static List<String> nonNull(@Nullable String... parts) {
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                out.add(part);
            }
        }
        return out;
    }
}
