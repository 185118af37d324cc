package org.hyoka.quality;

import java.util.Arrays;
import java.util.Optional;

import org.hyoka.arithmetic.Finding;
import org.hyoka.arithmetic.Severity;
import org.hyoka.glossary.Field;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue of sheet-quality rules, each defined once: the id a finding, the command line and a
 * page use, how serious it is, and in Japanese what it is, why it matters and how to fix it.
 */
public enum QualityRule {

    NO_INDICATOR("no-indicator", Severity.WARNING, "指標がない",
            "指標の推移に指標が一つもありません。指標がないと、事業が何をどれだけ行い、どのような成果を上げたかを"
                    + "数字で確かめられず、評価の根拠が示せません。事業の活動量（活動結果指標）と、対象がどう変わったか"
                    + "（成果指標）を少なくとも一つずつ設定し、目標値と実績を記入してください。"),
    NO_OUTCOME_INDICATOR("no-outcome-indicator", Severity.INFO, "成果指標がない",
            "指標はありますが、成果指標がありません。活動結果指標は事業をどれだけ行ったかを示すだけで、目的が"
                    + "達成されたか（対象がどう変わったか）は分かりません。目的に書いた状態を測る成果指標を加えてください。"),
    COPIED_TEXT("copied-text", Severity.WARNING, "他のシートと同じ文",
            "同じ自治体・同じ年度の別のシートと、同じ欄に一字一句同じ文が書かれています。事業ごとの課題や改善目標が"
                    + "書き写されていると、その事業について何を考えたのかが読み手に伝わりません。その事業に固有の"
                    + "状況を踏まえて書き直してください。"),
    ZERO_TARGET_HIGHER_BETTER("zero-target-higher-better", Severity.WARNING, "多いほど良い指標の目標値が0",
            "多いほど良い指標の目標値が0です。どんな実績でも達成となり、達成率も計算できないため、目標として"
                    + "機能しません。目指す水準を目標値に記入するか、指標の方向（少ないほど良い、参考指標）を見直してください。"),
    EVALUATED_YEAR_ACTUAL_MISSING("evaluated-year-actual-missing", Severity.WARNING, "評価年度の実績がない",
            "指標に値がありますが、シートの評価年度の実績が記入されていません。評価年度の実績がないと、その年度の"
                    + "達成状況を評価できません。実績を記入するか、まだ確定していない場合はその旨と時期を記載してください。");

    private final String id;
    private final Severity severity;
    private final String title;
    private final String explanation;

    QualityRule(String id, Severity severity, String title, String explanation) {
        this.id = id;
        this.severity = severity;
        this.title = title;
        this.explanation = explanation;
    }

    /** The rule's id, as findings, the command line and the explanation page name it: {@code copied-text}. */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** A short Japanese name of the rule. */
    public String title() {
        return title;
    }

    /** In Japanese: what the rule finds, why it matters and how to fix it. */
    public String explanation() {
        return explanation;
    }

    public static Optional<QualityRule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }

    /** A finding of this rule, with the rule's id and severity. */
    Finding finding(Field field, @Nullable Integer fiscalYear, @Nullable Integer slot, @Nullable String expected,
            @Nullable String found, String message) {
        return new Finding(id, severity, field, fiscalYear, slot, expected, found, message);
    }
}
