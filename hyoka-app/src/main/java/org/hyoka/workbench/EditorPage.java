package org.hyoka.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyoka.arithmetic.DirectionProposal;
import org.hyoka.arithmetic.Finding;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.arithmetic.UnitCosts;
import org.hyoka.browse.Labels;
import org.hyoka.evaluation.Comment;
import org.hyoka.evaluation.WorkingSheet;
import org.hyoka.interchange.SheetJson;
import org.hyoka.revision.FieldChange;
import org.hyoka.rubric.AssessmentItem;
import org.hyoka.rubric.Rubric;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorDirection;
import org.hyoka.sheet.Sheet;
import org.hyoka.workflow.EvaluationState;
import org.hyoka.workflow.Transition;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/**
 * The editor: the sheet's every field as inputs laid out like the print, the form's values as typed,
 * what is wrong with them, the model's findings, and — after a conflict — what the other person changed.
 */
public record EditorPage(WorkingSheet working, SheetForm form, int baseRevision, boolean mayReassign,
        List<FormProblem> problems, List<String> generalErrors, List<Finding> findings,
        List<FormProblem> submitProblems, Map<Integer, Proposal> proposals, List<String> vocabulary,
        Map<AssessmentItem, Map<Integer, String>> rubric, UnitCostTable unitCosts, @Nullable Conflict conflict,
        @Nullable String notice) {

    /**
     * The reviewer's latest reason for returning the sheet, while it is returned: the editor came here
     * to fix exactly that, so it stands above the form and not only on the sheet's page.
     */
    public Optional<Comment> returnComment() {
        if (working.state() != EvaluationState.RETURNED) {
            return Optional.empty();
        }
        return working.comments().stream().filter(c -> c.transition() == Transition.RETURN).reduce((a, b) -> b);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SheetJson FORMAT = new SheetJson();
    /** For inputs that are not texts of the format (years typed as 令和6年度, numbers): room enough, no more. */
    private static final int NOT_A_TEXT = 100;

    /** What changed since the author's base, and the inputs both changed, where the author's value was kept. */
    public record Conflict(int yourBase, int current, List<FieldChange> changedSinceYourBase,
            List<String> changedByBoth) {
        public Conflict {
            changedSinceYourBase = List.copyOf(changedSinceYourBase);
            changedByBoth = List.copyOf(changedByBoth);
        }
    }

    public EditorPage {
        problems = List.copyOf(problems);
        generalErrors = List.copyOf(generalErrors);
        findings = List.copyOf(findings);
        submitProblems = List.copyOf(submitProblems);
        proposals = Map.copyOf(proposals);
        vocabulary = List.copyOf(vocabulary);
    }

    /** Hyoka's proposed direction of an indicator, always shown as a proposal: a person confirms it. */
    public record Proposal(String code, String text) {
    }

    static Map<Integer, Proposal> proposals(Sheet sheet) {
        Map<Integer, Proposal> proposals = new LinkedHashMap<>();
        for (Indicator indicator : sheet.indicators()) {
            Optional<DirectionProposal> proposal = DirectionProposal.propose(indicator);
            proposal.ifPresent(p -> proposals.put(indicator.slot(), new Proposal(p.direction().code(),
                    directionLabel(p.direction()) + "（" + p.because() + "）")));
        }
        return proposals;
    }

    static Map<AssessmentItem, Map<Integer, String>> rubricOf(Rubric rubric) {
        Map<AssessmentItem, Map<Integer, String>> comments = new LinkedHashMap<>();
        for (AssessmentItem item : AssessmentItem.values()) {
            comments.put(item, rubric.commentsFor(item));
        }
        return comments;
    }

    public long id() {
        return working.sheetId();
    }

    public String title() {
        return "編集: " + working.sheet().fiscalYear().toWareki() + " " + working.sheet().title();
    }

    /** The input's maxlength: the format's own limit for the field, so the form never offers more than it takes. */
    public int maxLength(String key) {
        return FORMAT.maxLength(key).orElse(NOT_A_TEXT);
    }

    public String value(String key) {
        return form.get(key);
    }

    public String id(String key) {
        return FormKeys.id(key);
    }

    public String label(String key) {
        return FormKeys.label(key);
    }

    public boolean hasProblem(String key) {
        return problems.stream().anyMatch(p -> p.key().equals(key));
    }

    public List<String> problemsOf(String key) {
        return problems.stream().filter(p -> p.key().equals(key)).map(FormProblem::message).toList();
    }

    /** The ids that describe an input (its hint, its problem), or null for none, so no empty attribute is written. */
    public @Nullable String describedBy(String key, boolean hint) {
        String ids = ((hint ? FormKeys.id(key) + "-hint " : "") + (hasProblem(key) ? FormKeys.id(key) + "-problem" : ""))
                .strip();
        return ids.isEmpty() ? null : ids;
    }

    /** aria-invalid="true" where an input has a problem; null (no attribute) elsewhere. */
    public @Nullable String invalid(String key) {
        return hasProblem(key) ? "true" : null;
    }

    public boolean changedByBoth(String key) {
        return conflict != null && conflict.changedByBoth().contains(key);
    }

    public List<FormProblem> findingProblems() {
        return findings.stream().map(f -> new FormProblem(FormKeys.of(f), Labels.severity(f.severity()) + "："
                + f.message())).toList();
    }

    public static List<IndicatorDirection> directions() {
        return List.of(IndicatorDirection.values());
    }

    public static String directionLabel(IndicatorDirection direction) {
        return switch (direction) {
            case HIGHER_IS_BETTER -> "多いほど良い";
            case LOWER_IS_BETTER -> "少ないほど良い";
            case REFERENCE_ONLY -> "参考指標（達成率なし）";
        };
    }

    public @Nullable Proposal proposal(int slot) {
        return proposals.get(slot);
    }

    /** The office's words, plus the sheet's current one if the office no longer lists it (kept, not lost). */
    public List<String> decisions() {
        List<String> options = new ArrayList<>(vocabulary);
        String current = form.get("direction.decision").strip();
        if (!current.isEmpty() && !options.contains(current)) {
            options.add(current);
        }
        return options;
    }

    public static List<AssessmentItem> items() {
        return List.of(AssessmentItem.values());
    }

    /** The form name of an assessment item: assessment.citizenNeeds. */
    public static String itemKey(AssessmentItem item) {
        return item.field().path();
    }

    public Map<Integer, String> standardComments(AssessmentItem item) {
        return rubric.getOrDefault(item, Map.of());
    }

    public Optional<UnitCosts> unitCostsOf(int year) {
        return unitCosts.forYear(year);
    }

    /** 人件費単価 as JSON for the script, safe inside a script element. */
    public String unitCostsJson() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("rounding", unitCosts.rounding().name());
        Map<String, Object> years = new LinkedHashMap<>();
        for (UnitCosts year : unitCosts.all()) {
            Map<String, Object> costs = new LinkedHashMap<>();
            costs.put("fullTimeEmployee", year.fullTimeEmployee());
            costs.put("overtimeHour", year.overtimeHour());
            years.put(Integer.toString(year.fiscalYear()), costs);
        }
        data.put("years", years);
        return safe(JSON.writeValueAsString(data));
    }

    public String rubricJson() {
        Map<String, Object> data = new LinkedHashMap<>();
        rubric.forEach((item, comments) -> {
            Map<String, String> byScore = new LinkedHashMap<>();
            comments.forEach((score, comment) -> byScore.put(Integer.toString(score), comment));
            data.put(itemKey(item), byScore);
        });
        return safe(JSON.writeValueAsString(data));
    }

    static String safe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
