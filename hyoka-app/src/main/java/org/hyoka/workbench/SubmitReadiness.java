package org.hyoka.workbench;

import java.util.ArrayList;
import java.util.List;

import org.hyoka.arithmetic.Finding;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SchemaProblem;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.Score;
import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * What a sheet must have before its 課 submits it: the format's rules, the judgement the form asks
 * for (成果, the four scores, 方向性 from the office's vocabulary), a confirmed direction for every
 * indicator, and no arithmetic error. Each problem names its input, so the page links to it.
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
                problems.add(new FormProblem(key(problem.path()), problem.message()));
            }
        }
        if (previousImprovementGoal != null && sheet.review().responseToPreviousIssues() == null) {
            required(problems, "review.responseToPreviousIssues", "前年度の改善目標への対応を記入してください");
        }
        if (sheet.review().outcomes() == null) {
            required(problems, "review.outcomes", "を記入してください");
        }
        score(problems, "citizenNeeds", sheet.assessment().citizenNeeds());
        score(problems, "progress", sheet.assessment().progress());
        score(problems, "municipalInvolvement", sheet.assessment().municipalInvolvement());
        score(problems, "priority", sheet.assessment().priority());
        String decision = sheet.direction().decision();
        if (decision == null) {
            required(problems, "direction.decision", "を選んでください");
        } else if (!vocabulary.isEmpty() && !vocabulary.contains(decision)) {
            problems.add(new FormProblem("direction.decision", "方向性「" + decision + "」は評価事務局の選択肢（"
                    + String.join("・", vocabulary) + "）にありません。選び直してください"));
        }
        if (sheet.direction().reason() == null) {
            required(problems, "direction.reason", "を記入してください");
        }
        for (Indicator indicator : sheet.indicators()) {
            if (indicator.direction() == null) {
                problems.add(new FormProblem("indicators[" + indicator.slot() + "].direction", "指標"
                        + indicator.slot() + "「" + indicator.name() + "」の指標の方向を確認して選んでください"
                        + "（Hyokaの提案を採用するか、正しい方向を選びます）"));
            }
        }
        for (Finding finding : findings) {
            if (finding.isError()) {
                problems.add(new FormProblem(FormKeys.of(finding), finding.message()));
            }
        }
        return problems;
    }

    private static void required(List<FormProblem> problems, String key, String what) {
        problems.add(new FormProblem(key, what.startsWith("を") ? FormKeys.label(key) + what : what));
    }

    private static void score(List<FormProblem> problems, String item, Score score) {
        if (score.score() == null) {
            required(problems, "assessment." + item + ".score", "を1～5で選んでください");
        }
        if (score.comment() == null) {
            required(problems, "assessment." + item + ".comment", "を記入してください");
        }
    }

    /** $.review.outcomes → review.outcomes; array positions have no form name, so their list is named. */
    private static String key(String path) {
        String key = path.replaceFirst("^\\$\\.?", "");
        int bracket = key.indexOf('[');
        return bracket < 0 ? key : key.substring(0, bracket);
    }
}
