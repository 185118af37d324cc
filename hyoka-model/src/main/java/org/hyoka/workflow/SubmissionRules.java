package org.hyoka.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hyoka.arithmetic.Finding;
import org.hyoka.glossary.Field;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.Score;
import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * What a sheet needs before its division may submit it: this year's review, four scores with their
 * comments, a 方向性 from the office's list with its reason, a confirmed direction for every
 * indicator, and no arithmetic error. The server refuses a submission that breaks any of them; the
 * editor shows the same list with links to the fields.
 */
public final class SubmissionRules {

    private SubmissionRules() {
    }

    /** One thing missing or wrong, at an interchange path; {@code finding} when an arithmetic error. */
    public record Problem(String path, String message, @Nullable Finding finding) {

        public Optional<Finding> arithmetic() {
            return Optional.ofNullable(finding);
        }
    }

    public static List<Problem> check(Sheet sheet, List<Finding> findings, List<String> directionVocabulary,
            @Nullable String previousImprovementGoal) {
        List<Problem> problems = new ArrayList<>();
        if (previousImprovementGoal != null && sheet.review().responseToPreviousIssues() == null) {
            problems.add(new Problem(Field.RESPONSE_TO_PREVIOUS_ISSUES.path(), "前年度の改善目標への対応を記入してください", null));
        }
        if (sheet.review().outcomes() == null) {
            problems.add(required(Field.OUTCOMES, "を記入してください"));
        }
        score(problems, Field.CITIZEN_NEEDS, sheet.assessment().citizenNeeds());
        score(problems, Field.PROGRESS, sheet.assessment().progress());
        score(problems, Field.MUNICIPAL_INVOLVEMENT, sheet.assessment().municipalInvolvement());
        score(problems, Field.PRIORITY, sheet.assessment().priority());
        String decision = sheet.direction().decision();
        if (decision == null) {
            problems.add(required(Field.DIRECTION_DECISION, "を選んでください"));
        } else if (!directionVocabulary.isEmpty() && !directionVocabulary.contains(decision)) {
            problems.add(new Problem(Field.DIRECTION_DECISION.path(), Field.DIRECTION_DECISION.label() + "「" + decision
                    + "」は評価事務局の選択肢（" + String.join("・", directionVocabulary) + "）にありません。選び直してください",
                    null));
        }
        if (sheet.direction().reason() == null) {
            problems.add(required(Field.DIRECTION_REASON, "を記入してください"));
        }
        for (Indicator indicator : sheet.indicators()) {
            if (indicator.direction() == null) {
                problems.add(new Problem("indicators[" + indicator.slot() + "].direction", "指標" + indicator.slot()
                        + "「" + indicator.name() + "」の" + Field.INDICATOR_DIRECTION.label() + "を確認して選んでください"
                        + "（Hyokaの提案を採用するか、正しい方向を選びます）", null));
            }
        }
        for (Finding finding : findings) {
            if (finding.isError()) {
                problems.add(new Problem(finding.field().path(), finding.message(), finding));
            }
        }
        return List.copyOf(problems);
    }

    private static Problem required(Field field, String what) {
        return new Problem(field.path(), field.label() + what, null);
    }

    private static void score(List<Problem> problems, Field item, Score score) {
        if (score.score() == null) {
            problems.add(new Problem(item.path() + ".score", item.label() + "の点数を1～5で選んでください", null));
        }
        if (score.comment() == null) {
            problems.add(new Problem(item.path() + ".comment", item.label() + "のコメントを記入してください", null));
        }
    }
}
