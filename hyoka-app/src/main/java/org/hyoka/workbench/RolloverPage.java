package org.hyoka.workbench;

import java.util.List;
import java.util.Map;

import org.hyoka.evaluation.RolloverResult;
import org.jspecify.annotations.Nullable;

/** The rollover form: which city's which year becomes next year's drafts; and what the last run made. */
public record RolloverPage(Map<String, String> municipalities, List<Integer> fiscalYears, String municipalityCode,
        @Nullable Integer fiscalYear, @Nullable RolloverResult result, List<String> problems) {

    public RolloverPage {
        municipalities = Map.copyOf(municipalities);
        fiscalYears = List.copyOf(fiscalYears);
        problems = List.copyOf(problems);
    }

    public String nextYearText() {
        return fiscalYear == null ? "" : Dates.fiscalYear(fiscalYear + 1);
    }

    public String draftsHref() {
        return "/workbench?state=DRAFT" + (fiscalYear == null ? "" : "&fiscalYear=" + (fiscalYear + 1));
    }
}
