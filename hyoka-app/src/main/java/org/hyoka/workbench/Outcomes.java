package org.hyoka.workbench;

import org.hyoka.evaluation.SaveOutcome;

/** Words for outcomes the pages report in one sentence. */
final class Outcomes {

    private Outcomes() {
    }

    static String message(SaveOutcome outcome) {
        if (outcome instanceof SaveOutcome.Saved saved) {
            return "保存しました（第" + saved.revision() + "版）。";
        }
        if (outcome instanceof SaveOutcome.Refused refused) {
            return refused.reason();
        }
        if (outcome instanceof SaveOutcome.Invalid invalid) {
            return "保存できませんでした: " + String.join(" / ", invalid.problems());
        }
        if (outcome instanceof SaveOutcome.Conflict conflict) {
            return "このシートは開いた後に他の人が変更しました（第" + conflict.yourBase() + "版 → 第" + conflict.current()
                    + "版）。最新の内容を確かめてからやり直してください。";
        }
        return "処理できませんでした。";
    }
}
