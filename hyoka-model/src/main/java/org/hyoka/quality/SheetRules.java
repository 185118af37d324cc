package org.hyoka.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyoka.arithmetic.Achievement;
import org.hyoka.arithmetic.CostFigures;
import org.hyoka.arithmetic.Finding;
import org.hyoka.arithmetic.IndicatorFigures;
import org.hyoka.glossary.Field;
import org.hyoka.rubric.AssessmentItem;
import org.hyoka.rubric.Rubric;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorDirection;
import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.Score;
import org.hyoka.sheet.Sheet;

/** The rules that look at one sheet alone beyond its indicators' presence: targets, costs and score comments. */
final class SheetRules {

    /** Three years met in a row is the pattern of a target set where the project already is. */
    static final int YEARS_MET = 3;

    private SheetRules() {
    }

    static List<Finding> findings(Sheet sheet, Rubric rubric) {
        List<Finding> findings = new ArrayList<>();
        List<CostFigures> costs = CostFigures.of(sheet);
        for (Indicator indicator : sheet.indicators()) {
            IndicatorFigures figures = IndicatorFigures.of(indicator, costs);
            targetMetNeverRaised(indicator, figures).ifPresent(findings::add);
            if (indicator.kind() == IndicatorKind.ACTIVITY) {
                findings.addAll(costUpOutputDown(sheet, indicator, costs));
            }
        }
        findings.addAll(futureSettlementZero(sheet));
        findings.addAll(commentIsRubricText(sheet, rubric));
        return findings;
    }

    /**
     * Met in three consecutive years while no year asked for more than the one before (more for higher
     * is better, less for lower is better); the first such run is reported, at its last year.
     */
    static Optional<Finding> targetMetNeverRaised(Indicator indicator, IndicatorFigures figures) {
        IndicatorDirection direction = figures.direction();
        if (direction != IndicatorDirection.HIGHER_IS_BETTER && direction != IndicatorDirection.LOWER_IS_BETTER) {
            return Optional.empty();
        }
        List<IndicatorFigures.YearFigures> years = figures.years().stream()
                .sorted(Comparator.comparingInt(IndicatorFigures.YearFigures::fiscalYear)).toList();
        for (int start = 0; start + YEARS_MET <= years.size(); start++) {
            List<IndicatorFigures.YearFigures> run = years.subList(start, start + YEARS_MET);
            if (consecutive(run) && run.stream().allMatch(SheetRules::met) && neverRaised(run, direction)) {
                IndicatorFigures.YearFigures last = run.get(YEARS_MET - 1);
                return Optional.of(QualityRule.TARGET_MET_NEVER_RAISED.finding(Field.INDICATOR_TARGET,
                        last.fiscalYear(), indicator.slot(), "目標値の引き上げ", last.target().toPlainString(),
                        "指標「" + indicator.name() + "」は" + run.get(0).fiscalYear() + "〜" + last.fiscalYear()
                                + "年度の3年続けて目標を達成していますが、目標値が引き上げられていません"));
            }
        }
        return Optional.empty();
    }

    private static boolean consecutive(List<IndicatorFigures.YearFigures> run) {
        for (int i = 1; i < run.size(); i++) {
            if (run.get(i).fiscalYear() != run.get(i - 1).fiscalYear() + 1) {
                return false;
            }
        }
        return true;
    }

    private static boolean met(IndicatorFigures.YearFigures year) {
        return year.achievement() instanceof Achievement.Rate rate && rate.met()
                || year.achievement() instanceof Achievement.ZeroTarget zero && zero.met();
    }

    private static boolean neverRaised(List<IndicatorFigures.YearFigures> run, IndicatorDirection direction) {
        for (int i = 1; i < run.size(); i++) {
            int change = run.get(i).target().compareTo(run.get(i - 1).target());
            boolean raised = direction == IndicatorDirection.HIGHER_IS_BETTER ? change > 0 : change < 0;
            if (raised) {
                return false;
            }
        }
        return true;
    }

    /**
     * The つくば市 form prints 0 in the 決算額 of the years after the evaluated one (SHEET_FORMAT.md,
     * {@link CostFigures}): a reader cannot tell "not settled yet" from "nothing was spent".
     */
    static List<Finding> futureSettlementZero(Sheet sheet) {
        int evaluated = sheet.fiscalYear().startYear();
        List<Finding> findings = new ArrayList<>();
        for (CostYear year : sheet.costs()) {
            if (year.fiscalYear() > evaluated && year.settlement() != null && year.settlement() == 0) {
                findings.add(QualityRule.FUTURE_SETTLEMENT_ZERO.finding(Field.SETTLEMENT, year.fiscalYear(), null,
                        "空欄", "0", year.fiscalYear() + "年度は評価年度より後ですが、決算額が0と記入されています"));
            }
        }
        return findings;
    }

    /**
     * Full cost up on the year before while the activity indicator's 実績 fell, in the settled years
     * (up to the evaluated one: later years stand on budgets and planned figures).
     */
    static List<Finding> costUpOutputDown(Sheet sheet, Indicator indicator, List<CostFigures> costs) {
        int evaluated = sheet.fiscalYear().startYear();
        List<Finding> findings = new ArrayList<>();
        for (CostFigures cost : costs) {
            if (cost.fiscalYear() > evaluated || cost.changeFromPreviousYear() == null
                    || cost.changeFromPreviousYear() <= 0) {
                continue;
            }
            Optional<BigDecimal> now = actual(indicator, cost.fiscalYear());
            Optional<BigDecimal> before = actual(indicator, cost.fiscalYear() - 1);
            if (now.isPresent() && before.isPresent() && now.get().compareTo(before.get()) < 0) {
                findings.add(QualityRule.COST_UP_OUTPUT_DOWN.finding(Field.FULL_COST, cost.fiscalYear(),
                        indicator.slot(), null, null, cost.fiscalYear() + "年度は総コストが前年度より"
                                + cost.changeFromPreviousYear() + "千円増えましたが、活動結果指標「" + indicator.name()
                                + "」の実績は" + before.get().toPlainString() + "から" + now.get().toPlainString()
                                + "に減っています"));
            }
        }
        return findings;
    }

    private static Optional<BigDecimal> actual(Indicator indicator, int year) {
        return indicator.valueOf(year).flatMap(v -> Optional.ofNullable(v.actual()));
    }

    /**
     * A comment that is word for word the rubric's comment of another score (of this item or another):
     * the score and its explanation disagree, or the comment was pasted without reading it.
     */
    static List<Finding> commentIsRubricText(Sheet sheet, Rubric rubric) {
        Map<AssessmentItem, Score> scores = Map.of(AssessmentItem.CITIZEN_NEEDS, sheet.assessment().citizenNeeds(),
                AssessmentItem.PROGRESS, sheet.assessment().progress(),
                AssessmentItem.MUNICIPAL_INVOLVEMENT, sheet.assessment().municipalInvolvement(),
                AssessmentItem.PRIORITY, sheet.assessment().priority());
        List<Finding> findings = new ArrayList<>();
        for (AssessmentItem item : AssessmentItem.values()) {
            Score score = scores.get(item);
            if (score.comment() == null || score.comment().isBlank()) {
                continue;
            }
            String comment = CopiedTexts.withoutWhitespace(score.comment());
            if (score.score() != null && rubric.standardComment(item, score.score())
                    .map(own -> CopiedTexts.withoutWhitespace(own).equals(comment)).orElse(false)) {
                continue;
            }
            rubricSource(rubric, item, score.score(), comment).ifPresent(source -> findings.add(
                    QualityRule.COMMENT_IS_RUBRIC_TEXT.finding(commentField(item), null, null,
                            item.label() + (score.score() == null ? "" : score.score()) + "の基準文または独自の文",
                            source, item.label() + "のコメントが" + source + "の基準文と同じです")));
        }
        return findings;
    }

    private static Optional<String> rubricSource(Rubric rubric, AssessmentItem item, @org.jspecify.annotations.Nullable Integer score,
            String comment) {
        for (AssessmentItem other : AssessmentItem.values()) {
            for (Map.Entry<Integer, String> entry : rubric.commentsFor(other).entrySet()) {
                boolean own = other == item && score != null && entry.getKey().equals(score);
                if (!own && CopiedTexts.withoutWhitespace(entry.getValue()).equals(comment)) {
                    return Optional.of(other.label() + entry.getKey());
                }
            }
        }
        return Optional.empty();
    }

    private static Field commentField(AssessmentItem item) {
        return switch (item) {
            case CITIZEN_NEEDS -> Field.CITIZEN_NEEDS_COMMENT;
            case PROGRESS -> Field.PROGRESS_COMMENT;
            case MUNICIPAL_INVOLVEMENT -> Field.MUNICIPAL_INVOLVEMENT_COMMENT;
            case PRIORITY -> Field.PRIORITY_COMMENT;
        };
    }
}
