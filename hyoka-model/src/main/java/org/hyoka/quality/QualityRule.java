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
                    + "（成果指標）を少なくとも一つずつ設定し、目標値と実績を記入してください。",
            "指標の推移の欄がすべて空欄"),
    NO_OUTCOME_INDICATOR("no-outcome-indicator", Severity.INFO, "成果指標がない",
            "指標はありますが、成果指標がありません。活動結果指標は事業をどれだけ行ったかを示すだけで、目的が"
                    + "達成されたか（対象がどう変わったか）は分かりません。目的に書いた状態を測る成果指標を加えてください。",
            "指標が「研修の開催回数」「参加者数」の活動結果指標だけ"),
    COPIED_TEXT("copied-text", Severity.WARNING, "他のシートと同じ文",
            "同じ自治体・同じ年度の別のシートと、同じ欄に一字一句同じ文が書かれています。事業ごとの課題や改善目標が"
                    + "書き写されていると、その事業について何を考えたのかが読み手に伝わりません。その事業に固有の"
                    + "状況を踏まえて書き直してください。",
            "シートAとシートBの課題（業務）がどちらも「関係機関との調整に時間を要しており、事務の効率化が課題である。」"),
    ZERO_TARGET_HIGHER_BETTER("zero-target-higher-better", Severity.WARNING, "多いほど良い指標の目標値が0",
            "多いほど良い指標の目標値が0です。どんな実績でも達成となり、達成率も計算できないため、目標として"
                    + "機能しません。目指す水準を目標値に記入するか、指標の方向（少ないほど良い、参考指標）を見直してください。",
            "講座の参加者数（人）の目標値が0で、実績が35"),
    EVALUATED_YEAR_ACTUAL_MISSING("evaluated-year-actual-missing", Severity.WARNING, "評価年度の実績がない",
            "指標に値がありますが、シートの評価年度の実績が記入されていません。評価年度の実績がないと、その年度の"
                    + "達成状況を評価できません。実績を記入するか、まだ確定していない場合はその旨と時期を記載してください。",
            "令和6年度のシートで、指標の令和6年度の目標値は100だが実績が空欄"),
    TARGET_MET_NEVER_RAISED("target-met-never-raised", Severity.WARNING, "目標を3年続けて達成し、目標値が据え置き",
            "指標の目標を3年続けて達成しているのに、その間に目標値が一度も引き上げられていません（少ないほど良い指標では"
                    + "引き下げられていません）。達成が当たり前の目標は事業の改善を促さず、評価の物差しになりません。"
                    + "実績を踏まえて、より高い水準の目標値を設定してください。",
            "窓口の利用者数：目標値1,000人、実績が令和4年度1,200人・令和5年度1,250人・令和6年度1,300人で、目標値は毎年1,000人のまま"),
    FUTURE_SETTLEMENT_ZERO("future-settlement-zero", Severity.INFO, "評価年度より後の決算額が0",
            "評価年度より後の年度（まだ決算が出ていない年度）の決算額に0が記入されています。0と書かれていると、"
                    + "「まだ決算していない」のか「支出がなかった」のか読み手に区別できません。決算前の年度の決算額は空欄にしてください。",
            "令和6年度のシートで、令和7年度・令和8年度の決算額が0"),
    COST_UP_OUTPUT_DOWN("cost-up-output-down", Severity.WARNING, "コストが増え、活動量が減った",
            "総コスト（決算額＋人件費）が前年度より増えたのに、活動結果指標の実績が前年度より減っています。同じ活動に"
                    + "より多くの費用がかかったことになり、効率が下がった理由の説明が必要です。理由（単価の上昇、事業内容の"
                    + "変更など）を課題や成果の欄に記載するか、指標が事業の活動量を正しく表しているかを見直してください。",
            "総コストが令和5年度12,000千円から令和6年度13,500千円に増え、相談件数の実績が420件から380件に減少"),
    COMMENT_IS_RUBRIC_TEXT("comment-is-rubric-text", Severity.WARNING, "コメントが別の評点の基準文",
            "評価のコメントが、別の評点（同じ項目の別の点数、または別の項目）の標準コメントと一字一句同じです。"
                    + "点数とコメントが食い違っているか、内容を確かめずに基準文を貼り付けた可能性があります。"
                    + "点数に合った基準文を使うか、その事業に即したコメントを書いてください。",
            "優先度を3点としたのに、コメントが優先度5点の基準文「戦略プラン等に掲げられた市の重点事業であり、優先的に取組む必要性が高い。」");

    private final String id;
    private final Severity severity;
    private final String title;
    private final String explanation;
    private final String example;

    QualityRule(String id, Severity severity, String title, String explanation, String example) {
        this.id = id;
        this.severity = severity;
        this.title = title;
        this.explanation = explanation;
        this.example = example;
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

    /** In Japanese: what a sheet that breaks the rule looks like. */
    public String example() {
        return example;
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
