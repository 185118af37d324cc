package org.hyoka.workbench;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.rubric.AssessmentItem;
import org.hyoka.rubric.Rubric;
import org.hyoka.sheet.Assessment;
import org.hyoka.sheet.BudgetAccount;
import org.hyoka.sheet.Challenges;
import org.hyoka.sheet.CitizenParticipation;
import org.hyoka.sheet.Continuity;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.FiscalYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorDirection;
import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.Organization;
import org.hyoka.sheet.Period;
import org.hyoka.sheet.ProjectDirection;
import org.hyoka.sheet.Review;
import org.hyoka.sheet.Score;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.StrategicPlanEntry;
import org.jspecify.annotations.Nullable;

/**
 * Turns the editor's form into a sheet against the revision it was opened from. A value that cannot
 * be read becomes a problem naming its input, never a guess; the sheet is still built (without that
 * value) so that the checks can run as the user types. Two things the server decides, not the form:
 * 人件費計 is recomputed from 従事割合 and 時間外勤務 where those changed (printed values of untouched
 * years stay as printed), and a newly chosen score with no comment gets the rubric's standard one.
 */
final class SheetBinder {

    record Binding(Sheet sheet, List<FormProblem> problems) {
        Binding {
            problems = List.copyOf(problems);
        }
    }

    private final UnitCostTable unitCosts;
    private final Rubric rubric;

    SheetBinder(UnitCostTable unitCosts, Rubric rubric) {
        this.unitCosts = unitCosts;
        this.rubric = rubric;
    }

    /**
     * @param mayReassign whether the user may move the sheet to another 部/課 (administrators); for
     *        everyone else the organisation is the base revision's, so an editor cannot give a sheet away
     */
    Binding bind(SheetForm form, Sheet base, boolean mayReassign) {
        Reader r = new Reader(form);
        String title = r.text("title");
        if (title == null) {
            r.problem("title", FormKeys.label("title") + "を入力してください");
        }
        Organization organization = mayReassign
                ? new Organization(r.text("organization.department"), r.text("organization.division"),
                        r.text("organization.section"))
                : new Organization(base.organization().department(), base.organization().division(),
                        r.text("organization.section"));
        Sheet sheet = new Sheet(base.municipality(), base.fiscalYear(), r.text("sheetNumber"),
                title == null ? base.title() : title,
                new BudgetAccount(r.text("budgetAccount.code"), r.text("budgetAccount.name")),
                organization,
                new Period(r.text("period.text"), r.year("period.startFiscalYear"), r.year("period.endFiscalYear")),
                r.choice("continuity", Continuity::fromPrinted), r.text("deliveryModel"), r.text("category"),
                r.lines("legalBasis"), r.lines("individualPlans"), plan(r, form.layout()), r.lines("mayorPledges"),
                sdgs(form), r.text("targetGroup"), r.text("purpose"), r.text("activities"),
                indicators(r, form.layout(), base), costs(r, form.layout(), base),
                new CitizenParticipation(r.text("citizenParticipation.sharing"),
                        r.text("citizenParticipation.planning"), r.text("citizenParticipation.implementation"),
                        r.text("citizenParticipation.evaluation")),
                new Review(r.text("review.responseToPreviousIssues"), r.text("review.outcomes")),
                assessment(r, base.assessment()),
                new Challenges(r.text("challenges.operations"), r.text("challenges.organizationAndBudget")),
                r.text("improvementGoal"),
                new ProjectDirection(r.text("direction.decision"), r.text("direction.reason")));
        return new Binding(sheet, r.problems);
    }

    private static List<StrategicPlanEntry> plan(Reader r, FormLayout layout) {
        List<StrategicPlanEntry> rows = new ArrayList<>();
        for (int row = 0; row < layout.strategicRows(); row++) {
            String prefix = "strategicPlan[" + row + "].";
            StrategicPlanEntry entry = new StrategicPlanEntry(r.text(prefix + "code"), r.text(prefix + "policy"),
                    r.text(prefix + "initiative"), r.text(prefix + "title"));
            if (entry.code() != null || entry.policy() != null || entry.initiative() != null || entry.title() != null) {
                rows.add(entry);
            }
        }
        return rows;
    }

    private static List<Integer> sdgs(SheetForm form) {
        return FormLayout.sdgGoals().stream().filter(goal -> form.checked(SheetForm.sdgKey(goal))).toList();
    }

    private static List<Indicator> indicators(Reader r, FormLayout layout, Sheet base) {
        List<Indicator> indicators = new ArrayList<>();
        for (int slot : FormLayout.slots()) {
            String prefix = "indicators[" + slot + "].";
            Optional<Indicator> before = base.indicatorInSlot(slot);
            List<IndicatorValue> values = new ArrayList<>();
            for (int year : layout.indicatorYears()) {
                BigDecimal target = r.decimal(prefix + "values[" + year + "].target");
                BigDecimal actual = r.decimal(prefix + "values[" + year + "].actual");
                // a year both blank stays as the base had it: an empty column or none at all
                boolean had = before.flatMap(i -> i.valueOf(year)).isPresent();
                if (target != null || actual != null || had) {
                    values.add(new IndicatorValue(year, target, actual));
                }
            }
            String name = r.text(prefix + "name");
            String description = r.text(prefix + "description");
            String unit = r.text(prefix + "unit");
            IndicatorKind kind = r.choice(prefix + "kind", IndicatorKind::fromPrinted);
            IndicatorDirection direction = r.choice(prefix + "direction", IndicatorDirection::fromCode);
            if (name == null) {
                boolean anythingElse = description != null || unit != null || kind != null
                        || values.stream().anyMatch(v -> v.target() != null || v.actual() != null);
                if (anythingElse) {
                    r.problem(prefix + "name", "指標" + slot + "に値がありますが指標名がありません。"
                            + "指標名を入力するか、この指標の欄をすべて空にしてください");
                }
                continue;
            }
            indicators.add(new Indicator(slot, name, description, kind, unit, values, direction));
        }
        return indicators;
    }

    private List<CostYear> costs(Reader r, FormLayout layout, Sheet base) {
        List<CostYear> costs = new ArrayList<>();
        for (int year : layout.costYears()) {
            String p = "costs[" + year + "].";
            BigDecimal fte = r.decimal(p + "staffFte");
            BigDecimal overtime = r.decimal(p + "staffOvertimeHours");
            Long personnel = r.amount(p + "personnelCost");
            Optional<CostYear> before = base.costOf(year);
            boolean inputsChanged = before.isEmpty() || !Objects.equals(before.get().staffFte(), fte)
                    || !Objects.equals(before.get().staffOvertimeHours(), overtime);
            if (fte != null && overtime != null && (inputsChanged || personnel == null)) {
                personnel = unitCosts.personnelCost(year, fte, overtime).orElse(personnel);
            }
            CostYear cost = new CostYear(year, r.amount(p + "budget"), r.amount(p + "settlement"),
                    r.amount(p + "generalFund"), r.amount(p + "nationalPrefecturalBonds"), r.amount(p + "otherFunds"),
                    personnel, fte, overtime, r.yesNo(p + "fiscalYearStaff"));
            boolean empty = Arrays.asList(cost.budget(), cost.settlement(), cost.generalFund(),
                    cost.nationalPrefecturalBonds(), cost.otherFunds(), cost.personnelCost(), cost.staffFte(),
                    cost.staffOvertimeHours(), cost.fiscalYearStaff()).stream().allMatch(Objects::isNull);
            if (!empty || before.isPresent()) {
                costs.add(cost);
            }
        }
        return costs;
    }

    private Assessment assessment(Reader r, Assessment before) {
        return new Assessment(score(r, AssessmentItem.CITIZEN_NEEDS, "citizenNeeds", before.citizenNeeds()),
                score(r, AssessmentItem.PROGRESS, "progress", before.progress()),
                score(r, AssessmentItem.MUNICIPAL_INVOLVEMENT, "municipalInvolvement", before.municipalInvolvement()),
                score(r, AssessmentItem.PRIORITY, "priority", before.priority()));
    }

    private Score score(Reader r, AssessmentItem item, String name, Score before) {
        String key = "assessment." + name + ".score";
        Integer score = r.integer(key);
        if (score != null && (score < 1 || score > 5)) {
            r.problem(key, FormKeys.label(key) + "は1～5で選んでください");
            score = null;
        }
        String comment = r.text("assessment." + name + ".comment");
        if (comment == null && score != null && !score.equals(before.score())) {
            comment = rubric.standardComment(item, score).orElse(null);
        }
        return new Score(score, comment);
    }

    /** Reads one form's values, collecting a problem for each that cannot be read. */
    private static final class Reader {
        private final SheetForm form;
        private final List<FormProblem> problems = new ArrayList<>();

        Reader(SheetForm form) {
            this.form = form;
        }

        void problem(String key, String message) {
            problems.add(new FormProblem(key, message));
        }

        /** A text as typed; blank is "not stated" (null), never an empty string. */
        @Nullable String text(String key) {
            String value = form.get(key);
            return value.isBlank() ? null : value.strip();
        }

        List<String> lines(String key) {
            return form.get(key).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        }

        /** Digits as a clerk types them: full-width, with thousands separators; a lone dash means not stated. */
        private @Nullable String number(String key) {
            String value = Normalizer.normalize(form.get(key), Normalizer.Form.NFKC).strip()
                    .replace(",", "").replace("、", "").replace("−", "-").replace("ー", "-");
            return value.isEmpty() || value.equals("-") || value.equals("―") ? null : value;
        }

        @Nullable Long amount(String key) {
            String value = number(key);
            if (value == null) {
                return null;
            }
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                problem(key, FormKeys.label(key) + "は千円単位の整数で入力してください（入力: " + form.get(key).strip() + "）");
                return null;
            }
        }

        @Nullable BigDecimal decimal(String key) {
            String value = number(key);
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                problem(key, FormKeys.label(key) + "は数値で入力してください（入力: " + form.get(key).strip() + "）");
                return null;
            }
        }

        @Nullable Integer integer(String key) {
            String value = number(key);
            if (value == null) {
                return null;
            }
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                problem(key, FormKeys.label(key) + "は整数で入力してください（入力: " + form.get(key).strip() + "）");
                return null;
            }
        }

        /** A year as 2024, 令和6年度 or R6. */
        @Nullable Integer year(String key) {
            String value = text(key);
            if (value == null) {
                return null;
            }
            String ascii = Normalizer.normalize(value, Normalizer.Form.NFKC);
            if (ascii.matches("\\d{4}")) {
                return Integer.parseInt(ascii);
            }
            Optional<FiscalYear> wareki = FiscalYear.parseWareki(value);
            if (wareki.isPresent()) {
                return wareki.get().startYear();
            }
            problem(key, FormKeys.label(key) + "は西暦（2024）か和暦（令和6年度）で入力してください（入力: " + value + "）");
            return null;
        }

        @Nullable Boolean yesNo(String key) {
            String value = text(key);
            if (value == null) {
                return null;
            }
            if (value.equals("有") || value.equals("無")) {
                return value.equals("有");
            }
            problem(key, FormKeys.label(key) + "は「有」か「無」を選んでください");
            return null;
        }

        <T> @Nullable T choice(String key, java.util.function.Function<String, Optional<T>> parse) {
            String value = text(key);
            if (value == null) {
                return null;
            }
            Optional<T> parsed = parse.apply(value);
            if (parsed.isEmpty()) {
                problem(key, FormKeys.label(key) + "の「" + value + "」は選択肢にありません。一覧から選んでください");
            }
            return parsed.orElse(null);
        }
    }
}
