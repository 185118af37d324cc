package org.hyoka.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hyoka.arithmetic.Finding;
import org.hyoka.glossary.Field;
import org.hyoka.glossary.FormLabels;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.Score;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.SheetForm;
import org.jspecify.annotations.Nullable;

/**
 * What a sheet needs before its division may submit it: this year's review, four scores with their
 * comments, a 方向性 from the office's list with its reason, a confirmed direction for every
 * indicator, and no arithmetic error. A rule about a field the sheet's form does not print (the
 * 対象・意図・結果 form has no 市民ニーズ score and no 理由) does not apply to its sheets, and each message
 * speaks the form's words ({@link FormLabels}). The server refuses a submission that breaks any of them;
 * the editor shows the same list with links to the fields.
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
        SheetForm form = sheet.form();
        if (previousImprovementGoal != null && sheet.review().responseToPreviousIssues() == null
                && FormLabels.uses(form, Field.RESPONSE_TO_PREVIOUS_ISSUES)) {
            problems.add(new Problem(Field.RESPONSE_TO_PREVIOUS_ISSUES.path(), "前年度の改善目標への対応を記入してください", null));
        }
        if (sheet.review().outcomes() == null && FormLabels.uses(form, Field.OUTCOMES)) {
            problems.add(required(form, Field.OUTCOMES, "を記入してください"));
        }
        score(problems, form, Field.CITIZEN_NEEDS, sheet.assessment().citizenNeeds());
        score(problems, form, Field.PROGRESS, sheet.assessment().progress());
        score(problems, form, Field.MUNICIPAL_INVOLVEMENT, sheet.assessment().municipalInvolvement());
        score(problems, form, Field.PRIORITY, sheet.assessment().priority());
        String decision = sheet.direction().decision();
        String decisionLabel = FormLabels.label(form, Field.DIRECTION_DECISION);
        if (decision == null) {
            problems.add(required(form, Field.DIRECTION_DECISION, "を選んでください"));
        } else if (!directionVocabulary.isEmpty() && !directionVocabulary.contains(decision)) {
            problems.add(new Problem(Field.DIRECTION_DECISION.path(), decisionLabel + "「" + decision
                    + "」は評価事務局の選択肢（" + String.join("・", directionVocabulary) + "）にありません。選び直してください",
                    null));
        }
        if (sheet.direction().reason() == null && FormLabels.uses(form, Field.DIRECTION_REASON)) {
            problems.add(required(form, Field.DIRECTION_REASON, "を記入してください"));
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

    private static Problem required(SheetForm form, Field field, String what) {
        return new Problem(field.path(), FormLabels.label(form, field) + what, null);
    }

    private static void score(List<Problem> problems, SheetForm form, Field item, Score score) {
        if (!FormLabels.uses(form, item)) {
            return;
        }
        if (score.score() == null) {
            problems.add(new Problem(item.path() + ".score", item.label() + "の点数を1～5で選んでください", null));
        }
        if (score.comment() == null) {
            problems.add(new Problem(item.path() + ".comment", item.label() + "のコメントを記入してください", null));
        }
    }
}
