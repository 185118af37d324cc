package org.hyoka.workbench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.hyoka.workflow.Owner;
import org.hyoka.evaluation.WorkingSummary;
import org.hyoka.sheets.Page;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.EvaluationState;
import org.hyoka.workflow.Role;
import org.jspecify.annotations.Nullable;

/** The work list page: the user's sheets, filtered by state and year, one page of them. */
public record WorkList(Actor actor, Page<WorkingSummary> page, @Nullable EvaluationState state,
        @Nullable Integer fiscalYear, List<String> problems) {

    public WorkList {
        problems = List.copyOf(problems);
    }

    public List<EvaluationState> states() {
        return Arrays.asList(EvaluationState.values());
    }

    public String scope() {
        return actor.role() == Role.EDITOR
                ? actor.ownDivision().orElse("") + "のシートです。作成中と差戻しのシートを編集して提出できます。"
                : "すべての課のシートです。シートを開くと、コメント・差戻し・承認"
                        + (actor.role() == Role.ADMINISTRATOR ? "・公開" : "") + "ができます。";
    }

    public String fiscalYearText() {
        return fiscalYear == null ? "" : fiscalYear.toString();
    }

    public String countText() {
        if (page.total() == 0) {
            return "0件";
        }
        long from = (long) page.page() * page.size() + 1;
        long to = Math.min(page.total(), from + page.items().size() - 1);
        return page.total() + "件中 " + from + "～" + to + "件目";
    }

    public boolean mayEdit(WorkingSummary row) {
        return row.state().editable() && actor.mayEdit(new Owner(actor.municipalityCode(), row.division()));
    }

    public String pageHref(int target) {
        StringBuilder href = new StringBuilder("/workbench?");
        if (state != null) {
            href.append("state=").append(state.name()).append('&');
        }
        if (fiscalYear != null) {
            href.append("fiscalYear=").append(URLEncoder.encode(fiscalYear.toString(), StandardCharsets.UTF_8))
                    .append('&');
        }
        return href.append("page=").append(target + 1).toString();
    }
}
