package org.hyoka.workbench;

import java.util.ArrayList;
import java.util.List;

import org.hyoka.arithmetic.Finding;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SchemaProblem;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Sheet;
import org.hyoka.workflow.SubmissionRules;
import org.jspecify.annotations.Nullable;

/**
 * What a sheet must have before its 課 submits it: the format's rules and {@link SubmissionRules},
 * the same rules the server enforces on submission. Each problem names its input, so the page
 * links to it.
 */
final class SubmitReadiness {

    private static final SheetJson JSON = new SheetJson();

    private SubmitReadiness() {
    }

    static List<FormProblem> problems(Sheet sheet, List<Finding> findings, List<String> vocabulary,
            @Nullable String previousImprovementGoal) {
        List<FormProblem> problems = new ArrayList<>();
        ReadResult read = JSON.read(JSON.toTree(sheet));
        if (read instanceof ReadResult.Invalid invalid) {
            for (SchemaProblem problem : invalid.problems()) {
                problems.add(new FormProblem(key(problem.path()), problem.message(), sheet.form()));
            }
        }
        for (SubmissionRules.Problem problem : SubmissionRules.check(sheet, findings, vocabulary,
                previousImprovementGoal)) {
            problems.add(new FormProblem(problem.arithmetic().map(FormKeys::of).orElse(problem.path()),
                    problem.message(), sheet.form()));
        }
        return problems;
    }

    /** $.review.outcomes → review.outcomes; array positions have no form name, so their list is named. */
    private static String key(String path) {
        String key = path.replaceFirst("^\\$\\.?", "");
        int bracket = key.indexOf('[');
        return bracket < 0 ? key : key.substring(0, bracket);
    }
}
