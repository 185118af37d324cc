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
import org.hyoka.glossary.Field;
import org.hyoka.glossary.FormLabels;
import org.hyoka.interchange.SheetJson;
import org.hyoka.revision.FieldChange;
import org.hyoka.rubric.AssessmentItem;
import org.hyoka.rubric.Rubric;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorDirection;
import org.hyoka.sheet.IndicatorKind;
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

    /** 事務事業マネジメントシート, 事務事業評価シート: what the sheet's form calls itself. */
    public String formTitle() {
        return FormLabels.title(form.layout().form());
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

    /** The input's label in the words of the sheet's form (意図 on a 対象・意図・結果 sheet, 目的 on a つくば市 one). */
    public String label(String key) {
        return FormKeys.label(form.layout().form(), key);
    }

    /** A heading or column in the words of the sheet's form. */
    public String label(Field field) {
        return FormLabels.label(form.layout().form(), field);
    }

    public FormLayout layout() {
        return form.layout();
    }

    /** Whether the form has an input for the key (the sheet's form prints it, or the sheet states it). */
    public boolean offers(String key) {
        return form.layout().offers(key);
    }

    public boolean offers(Field field) {
        return form.layout().offers(field);
    }

    /** Whether any of these is offered: a section or a row of a table shows if one of its fields is. */
    public boolean offersAny(Field... fields) {
        return java.util.Arrays.stream(fields).anyMatch(form.layout()::offers);
    }

    /** The indicator kinds to choose from: the form's, and the indicator's own if the form does not print it. */
    public List<IndicatorKind> kinds(int slot) {
        List<IndicatorKind> kinds = new ArrayList<>(FormLabels.kinds(form.layout().form()));
        IndicatorKind.fromPrinted(form.get("indicators[" + slot + "].kind")).filter(k -> !kinds.contains(k))
                .ifPresent(kinds::add);
        return kinds;
    }

    public String kindLabel(IndicatorKind kind) {
        return FormLabels.kind(form.layout().form(), kind);
    }

    /** The つくば市 form prints 指標1 with the project's basics and 指標2～5 on a page of their own; other forms all together. */
    public boolean firstIndicatorWithBasics() {
        return form.layout().form() == org.hyoka.sheet.SheetForm.TSUKUBA;
    }

    /** 指標3（サ）: the slot, and the form's symbol where the sheet has one. */
    public String indicatorName(int slot) {
        String symbol = form.get("indicators[" + slot + "].symbol").strip();
        return "指標" + slot + (symbol.isEmpty() ? "" : "（" + symbol + "）");
    }

    /**
     * The editor's sections that have anything to offer, in the printed order: a form without 市民参加 or
     * 事業の成果と課題 has no empty section for them, and the numbers follow what is shown.
     */
    public List<String> sections() {
        List<String> shown = new ArrayList<>(List.of("basics"));
        if (offersAny(Field.RESPONSE_TO_PREVIOUS_ISSUES, Field.OUTCOMES)) {
            shown.add("review");
        }
        if (hasScores() || form.layout().assessmentRows() > 0) {
            shown.add("assessment");
        }
        if (offersAny(Field.CHALLENGES_OPERATIONS, Field.CHALLENGES_ORGANIZATION_AND_BUDGET, Field.IMPROVEMENT_GOAL)) {
            shown.add("challenges");
        }
        if (offersAny(Field.DIRECTION_DECISION, Field.DIRECTION_REASON, Field.EXPECTED_OUTCOME, Field.EXPECTED_COST,
                Field.IMPROVEMENT_ISSUES, Field.MANAGER_DIRECTION, Field.MANAGER_SUMMARY)) {
            shown.add("direction");
        }
        if (form.layout().extraTextRows() > 0) {
            shown.add("extra");
        }
        return shown;
    }

    /** Whether the form has つくば市's four 1–5 scores (or the sheet states one). */
    public boolean hasScores() {
        return offersAny(Field.CITIZEN_NEEDS_SCORE, Field.CITIZEN_NEEDS_COMMENT, Field.PROGRESS_SCORE,
                Field.PROGRESS_COMMENT, Field.MUNICIPAL_INVOLVEMENT_SCORE, Field.MUNICIPAL_INVOLVEMENT_COMMENT,
                Field.PRIORITY_SCORE, Field.PRIORITY_COMMENT);
    }

    public boolean shows(String section) {
        return sections().contains(section);
    }

    /** ２ 事業の成果と課題: the section's number among those shown, in full-width digits as printed, and its title. */
    public String heading(String section) {
        int number = sections().indexOf(section) + 1;
        String digits = Integer.toString(number).chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                .reduce("", String::concat);
        String title = switch (section) {
            case "basics" -> "事業の基本情報";
            case "review" -> label(Field.REVIEW);
            case "assessment" -> label(Field.ASSESSMENT);
            case "challenges" -> label(Field.CHALLENGES);
            case "direction" -> label(Field.DIRECTION);
            case "extra" -> label(Field.EXTRA_TEXTS);
            default -> throw new IllegalArgumentException(section);
        };
        return digits + " " + title;
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
                + f.message(), form.layout().form())).toList();
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
