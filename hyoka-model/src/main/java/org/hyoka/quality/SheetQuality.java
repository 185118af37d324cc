package org.hyoka.quality;

import java.util.ArrayList;
import java.util.List;

import org.hyoka.arithmetic.Finding;
import org.hyoka.arithmetic.SheetChecks;
import org.hyoka.glossary.Field;
import org.hyoka.rubric.Rubric;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorDirection;
import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.SheetForm;

/**
 * Lints a set of sheets: the quality rules of {@link QualityRule}, some of which compare sheets with each
 * other (a text copied between them), and the arithmetic findings of {@link SheetChecks}, passed through.
 */
public final class SheetQuality {

    /** A sheet's findings: quality first, then arithmetic; {@code position} counts from 1 in the input. */
    public record SheetFindings(int position, Sheet sheet, List<Finding> findings) {
        public SheetFindings {
            findings = List.copyOf(findings);
        }

        public boolean hasError() {
            return findings.stream().anyMatch(Finding::isError);
        }
    }

    private final SheetChecks arithmetic;
    private final Rubric rubric;

    /** With the standard rubric ({@link Rubric#standard()}) for {@link QualityRule#COMMENT_IS_RUBRIC_TEXT}. */
    public SheetQuality(SheetChecks arithmetic) {
        this(arithmetic, Rubric.standard());
    }

    public SheetQuality(SheetChecks arithmetic, Rubric rubric) {
        this.arithmetic = arithmetic;
        this.rubric = rubric;
    }

    /**
     * The findings of the rules that look at the sheet alone (all but {@link QualityRule#COPIED_TEXT}),
     * without the arithmetic: what a sheet's document says about its quality whatever the other sheets say.
     */
    public static List<Finding> ofSheet(Sheet sheet, Rubric rubric) {
        List<Finding> findings = new ArrayList<>(indicatorFindings(sheet));
        findings.addAll(SheetRules.findings(sheet, rubric));
        return List.copyOf(findings);
    }

    /** One entry per sheet, in input order, with or without findings. */
    public List<SheetFindings> check(List<Sheet> sheets) {
        var copied = CopiedTexts.findings(sheets);
        List<SheetFindings> result = new ArrayList<>(sheets.size());
        for (int i = 0; i < sheets.size(); i++) {
            Sheet sheet = sheets.get(i);
            List<Finding> findings = new ArrayList<>(ofSheet(sheet, rubric));
            findings.addAll(copied.getOrDefault(i, List.of()));
            findings.addAll(arithmetic.check(sheet));
            result.add(new SheetFindings(i + 1, sheet, findings));
        }
        return List.copyOf(result);
    }

    /** The rules that look at one sheet's indicators alone. */
    static List<Finding> indicatorFindings(Sheet sheet) {
        List<Finding> findings = new ArrayList<>();
        if (sheet.indicators().isEmpty()) {
            findings.add(QualityRule.NO_INDICATOR.finding(Field.INDICATORS, null, null, null, null,
                    "指標が一つもありません"));
            return findings;
        }
        if (sheet.indicators().stream().noneMatch(i -> i.kind() == IndicatorKind.OUTCOME)) {
            findings.add(QualityRule.NO_OUTCOME_INDICATOR.finding(Field.INDICATOR_KIND, null, null, null, null,
                    "指標" + sheet.indicators().size() + "件のうち成果指標がありません"));
        }
        int year = sheet.fiscalYear().startYear();
        for (Indicator indicator : sheet.indicators()) {
            if (indicator.direction() == IndicatorDirection.HIGHER_IS_BETTER) {
                for (IndicatorValue value : indicator.values()) {
                    if (value.target() != null && value.target().signum() == 0) {
                        findings.add(QualityRule.ZERO_TARGET_HIGHER_BETTER.finding(Field.INDICATOR_TARGET,
                                value.fiscalYear(), indicator.slot(), "> 0", value.target().toPlainString(),
                                "多いほど良い指標「" + indicator.name() + "」の目標値が0です"));
                    }
                }
            }
            if (!evaluatesItsOwnYear(sheet)) {
                continue;
            }
            boolean stated = indicator.values().stream().anyMatch(v -> v.target() != null || v.actual() != null);
            boolean actual = indicator.valueOf(year).map(v -> v.actual() != null).orElse(false);
            if (stated && !actual) {
                findings.add(QualityRule.EVALUATED_YEAR_ACTUAL_MISSING.finding(Field.INDICATOR_ACTUAL, year,
                        indicator.slot(), null, null, "指標「" + indicator.name() + "」に評価年度の実績がありません"));
            }
        }
        return findings;
    }

    /**
     * The つくば市 form evaluates the year it is named after and prints that year's 実績 (SHEET_FORMAT.md); the
     * 対象・意図・結果 table of a 令和7年度 evaluation holds the years before it, and which years its columns are
     * is a profile's choice, so for other forms the evaluated year's column is not known and not checked.
     */
    private static boolean evaluatesItsOwnYear(Sheet sheet) {
        return sheet.form() == SheetForm.TSUKUBA;
    }

    /** How a finding names another sheet: its position in the input, printed number and title. */
    static String name(int index, Sheet sheet) {
        String number = sheet.sheetNumber() == null ? "" : "（番号" + sheet.sheetNumber() + "）";
        return "シート" + (index + 1) + number + "「" + sheet.title() + "」";
    }
}
