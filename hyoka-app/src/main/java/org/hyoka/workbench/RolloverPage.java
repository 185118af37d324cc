package org.hyoka.workbench;

import java.util.List;

import org.hyoka.evaluation.RolloverResult;
import org.hyoka.sheet.FiscalYear;
import org.jspecify.annotations.Nullable;

/**
 * The rollover form of the signed-in office's own city (named, never chosen: an office rolls over no
 * other city's sheets): which year becomes next year's drafts, and what the last run made.
 */
public record RolloverPage(String municipalityCode, String municipalityName, List<Integer> fiscalYears,
        @Nullable Integer fiscalYear, @Nullable RolloverResult result, List<String> problems) {

    public RolloverPage {
        fiscalYears = List.copyOf(fiscalYears);
        problems = List.copyOf(problems);
    }

    public String nextYearText() {
        return fiscalYear == null ? "" : Dates.fiscalYear(fiscalYear + 1);
    }

    /** つくば市 令和6年度 → 令和7年度: 8件の作成中シートを作りました */
    public String resultText() {
        if (result == null || fiscalYear == null) {
            return "";
        }
        return municipalityName + " " + FiscalYear.of(fiscalYear).toWareki() + " → "
                + FiscalYear.of(fiscalYear + 1).toWareki() + ": " + result.created() + "件の作成中シートを作りました。"
                + (result.skippedExisting() > 0 ? result.skippedExisting() + "件は作成済みのため、そのままにしました。" : "");
    }

    public String draftsHref() {
        return "/workbench?state=DRAFT" + (fiscalYear == null ? "" : "&fiscalYear=" + (fiscalYear + 1));
    }
}
