package org.hyoka.workbench;

import java.util.List;

import org.hyoka.evaluation.Comment;
import org.hyoka.evaluation.WorkingSheet;
import org.hyoka.workflow.Transition;
import org.jspecify.annotations.Nullable;

/**
 * The reviewer's page of one sheet: the sheet read-only, where it stands, its comments, and exactly the
 * moves the user may make now. {@code notice} reports the last action; {@code problems} what stops a submission.
 */
public record SheetView(WorkingSheet working, SheetFacts facts, boolean mayEdit, List<FormProblem> submitProblems,
        @Nullable String notice, @Nullable String error, String commentDraft) {

    public SheetView {
        submitProblems = List.copyOf(submitProblems);
    }

    public long id() {
        return working.sheetId();
    }

    public String title() {
        return working.sheet().fiscalYear().toWareki() + " " + working.sheet().title();
    }

    public List<Transition> transitions() {
        return working.availableTransitions();
    }

    public List<Comment> comments() {
        return working.comments();
    }

    public boolean submittable() {
        return working.availableTransitions().contains(Transition.SUBMIT);
    }

    /** Labels for the move buttons that say what happens, not just the verb. */
    public static String buttonText(Transition transition) {
        return switch (transition) {
            case SUBMIT -> "提出する";
            case RETURN -> "差し戻す";
            case APPROVE -> "承認する";
            case PUBLISH -> "公開する";
            case REOPEN -> "再編集を始める（公開中の内容はそのまま）";
            case WITHDRAW -> "公開を取り消す";
        };
    }

    public static String explanation(Transition transition) {
        return switch (transition) {
            case SUBMIT -> "評価者にシートを提出します。提出後は差し戻されるまで編集できません。";
            case RETURN -> "担当課にシートを差し戻します。直してほしい点をコメントに書いてください（必須）。";
            case APPROVE -> "シートの内容を承認します。公開は評価事務局が行います。";
            case PUBLISH -> "承認済みのこの版を公開します。市民が見る公開ページと検索が更新されます。";
            case REOPEN -> "公開済みのシートを直す新しい版を作ります。公開ページは再公開までこれまでの版のままです。";
            case WITHDRAW -> "公開ページ・一覧・検索・API・オープンデータからこのシートを外します。公開ページには取消の理由と日付が表示されます（理由は必須）。";
        };
    }

    /** The withdrawal's comment is the reason the public reads in the sheet's place; the label says so. */
    public static String commentLabel(Transition transition) {
        if (transition == Transition.WITHDRAW) {
            return "取消の理由（必須。公開ページに日付とともに表示されます）";
        }
        return "コメント" + (transition.commentRequired() ? "（必須）" : "（任意）");
    }

    /**
     * The moves that hand the sheet to someone else or to the public ask for a ticked confirmation,
     * checked by the server (no script needed); starting a new revision of a published sheet changes nothing public.
     */
    public static boolean needsConfirmation(Transition transition) {
        return transition != Transition.REOPEN;
    }

    /** The sentence beside the confirmation box: what the person confirms, naming the revision. */
    public String confirmation(Transition transition) {
        return "第" + working.revision() + "版を「" + transition.label() + "」します（内容を確かめました）";
    }

    /** The office may delete a draft the public never saw; the box names what goes. */
    public boolean deletable() {
        return working.deletable();
    }

    public String deleteConfirmation() {
        return "「" + working.sheet().title() + "」を第" + working.revision() + "版までのすべての版・コメントとともに削除します"
                + "（元に戻せません）";
    }

    /** Where the public address stands when the office withdrew the sheet: 410 with this date and reason. */
    public @Nullable String withdrawal() {
        if (working.withdrawn() == null) {
            return null;
        }
        return Dates.day(working.withdrawn().withdrawnOn()) + "に公開を取り消しました。公開ページには取消の理由と日付だけを"
                + "表示しています。取消の理由：" + working.withdrawn().reason();
    }

    public static String editHref(long id, String key) {
        return "/workbench/sheets/" + id + "/edit" + FormKeys.anchor(key);
    }
}
