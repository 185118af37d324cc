package org.hyoka.workbench;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.glossary.Field;
import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.FormLabels;
import org.hyoka.glossary.SheetAssembly;
import org.hyoka.glossary.SheetFields;
import org.hyoka.glossary.SheetPaths;
import org.hyoka.rubric.AssessmentItem;
import org.hyoka.rubric.Rubric;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.ExtraText;
import org.hyoka.sheet.FiscalYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.NamedAssessment;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.StrategicPlanEntry;
import org.jspecify.annotations.Nullable;

/**
 * Turns the editor's form into a sheet against the revision it was opened from: every field of the
 * descriptor read from its key by its kind and assembled as the table reader assembles. A value that cannot
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
        Map<String, Object> values = new HashMap<>();
        for (FieldDescriptor<Sheet> field : SheetFields.SHEET) {
            // what the layout does not offer, the base does not state: kept as it is, never read from a request
            boolean fromBase = SheetForm.NOT_EDITED.contains(field.field()) || !form.layout().offers(field.field())
                    || (!mayReassign && (field.field() == Field.DEPARTMENT || field.field() == Field.DIVISION));
            Object value = fromBase ? field.read(base)
                    : field.field() == Field.SDGS ? sdgs(form) : r.read(SheetPaths.sheet(field), field);
            put(values, field.name(), value);
        }
        if (values.get("title") == null) {
            r.problem("title", r.label("title") + "を入力してください");
            values.put("title", base.title());
        }
        for (AssessmentItem item : AssessmentItem.values()) {
            score(r, item, values, base);
        }
        Sheet sheet = SheetAssembly.sheet(values::get, plan(r, form.layout()), indicators(r, form.layout(), base),
                costs(r, form.layout(), base), assessmentItems(r, form.layout()), extraTexts(r, form.layout()));
        return new Binding(sheet.withMunicipality(base.municipality()), r.problems);
    }

    private static List<StrategicPlanEntry> plan(Reader r, FormLayout layout) {
        List<StrategicPlanEntry> rows = new ArrayList<>();
        for (int row = 0; row < layout.strategicRows(); row++) {
            Map<String, Object> values = new HashMap<>();
            for (FieldDescriptor<StrategicPlanEntry> field : SheetFields.STRATEGIC_PLAN_ROW) {
                put(values, field.name(), r.read(SheetPaths.planRow(row, field), field));
            }
            StrategicPlanEntry entry = SheetAssembly.planRow(values::get);
            if (entry != null) {
                rows.add(entry);
            }
        }
        return rows;
    }

    /** 評価観点 rows as typed; an empty row is left out, a row with a verdict but no name is a problem. */
    private static List<NamedAssessment> assessmentItems(Reader r, FormLayout layout) {
        List<NamedAssessment> items = new ArrayList<>();
        for (int row = 0; row < layout.assessmentRows(); row++) {
            Map<String, Object> values = new HashMap<>();
            for (FieldDescriptor<NamedAssessment> field : SheetForm.edited(layout, SheetFields.ASSESSMENT_ITEM)) {
                put(values, field.name(), r.read(SheetPaths.assessmentItem(row, field), field));
            }
            try {
                NamedAssessment item = SheetAssembly.assessmentItem(values::get);
                if (item != null) {
                    items.add(item);
                }
            } catch (IllegalArgumentException nameless) {
                String key = SheetPaths.assessmentItem(row, field(SheetFields.ASSESSMENT_ITEM, Field.ASSESSMENT_ITEM_NAME));
                r.problem(key, r.label(key) + "がありません。名称を入力するか、この行をすべて空にしてください");
            }
        }
        return items;
    }

    /** The form's other texts, each a label and its text; a row with only one of them is a problem. */
    private static List<ExtraText> extraTexts(Reader r, FormLayout layout) {
        List<ExtraText> texts = new ArrayList<>();
        for (int row = 0; row < layout.extraTextRows(); row++) {
            Map<String, Object> values = new HashMap<>();
            for (FieldDescriptor<ExtraText> field : SheetForm.edited(layout, SheetFields.EXTRA_TEXT)) {
                put(values, field.name(), r.read(SheetPaths.extraText(row, field), field));
            }
            try {
                ExtraText text = SheetAssembly.extraText(values::get);
                if (text != null) {
                    texts.add(text);
                }
            } catch (IllegalArgumentException halfFilled) {
                Field missing = values.containsKey("label") ? Field.EXTRA_TEXT_TEXT : Field.EXTRA_TEXT_LABEL;
                String key = SheetPaths.extraText(row, field(SheetFields.EXTRA_TEXT, missing));
                r.problem(key, r.label(key) + "がありません。項目名と内容の両方を入力するか、この行をすべて空にしてください");
            }
        }
        return texts;
    }

    private static <R> FieldDescriptor<R> field(List<FieldDescriptor<R>> group, Field field) {
        return group.stream().filter(f -> f.field() == field).findFirst().orElseThrow();
    }

    private static List<Integer> sdgs(SheetForm form) {
        return FormLayout.sdgGoals().stream().filter(goal -> form.checked(SheetForm.sdgKey(goal))).toList();
    }

    private static List<Indicator> indicators(Reader r, FormLayout layout, Sheet base) {
        List<Indicator> indicators = new ArrayList<>();
        for (int slot : layout.slots()) {
            Optional<Indicator> before = base.indicatorInSlot(slot);
            List<IndicatorValue> years = new ArrayList<>();
            for (int year : layout.indicatorYears()) {
                Map<String, Object> values = new HashMap<>();
                for (FieldDescriptor<IndicatorValue> field : SheetForm.edited(layout, SheetFields.INDICATOR_YEAR)) {
                    put(values, field.name(), r.read(SheetPaths.indicatorYear(slot, year, field), field));
                }
                // a year both blank stays as the base had it: an empty column or none at all
                boolean had = before.flatMap(i -> i.valueOf(year)).isPresent();
                if (!values.isEmpty() || had) {
                    years.add(SheetAssembly.indicatorYear(year, values::get));
                }
            }
            Map<String, Object> values = new HashMap<>();
            for (FieldDescriptor<Indicator> field : SheetForm.edited(layout, SheetFields.INDICATOR)) {
                put(values, field.name(), r.read(SheetPaths.indicator(slot, field), field));
            }
            values.put("slot", slot);
            if (values.get("name") == null) {
                // 指標の方向 is Hyoka's proposal, not the clerk's entry: alone it does not make an indicator
                boolean anythingElse = values.keySet().stream().anyMatch(k -> !List.of("slot", "direction").contains(k))
                        || years.stream().anyMatch(v -> v.target() != null || v.actual() != null);
                if (anythingElse) {
                    r.problem(SheetPaths.indicator(slot, field(SheetFields.INDICATOR, Field.INDICATOR_NAME)), "指標" + slot
                            + "に値がありますが" + r.label(Field.INDICATOR_NAME) + "がありません。"
                            + r.label(Field.INDICATOR_NAME) + "を入力するか、この指標の欄をすべて空にしてください");
                }
                continue;
            }
            indicators.add(SheetAssembly.indicator(values::get, years));
        }
        return indicators;
    }

    private List<CostYear> costs(Reader r, FormLayout layout, Sheet base) {
        List<CostYear> costs = new ArrayList<>();
        for (int year : layout.costYears()) {
            Map<String, Object> values = new HashMap<>();
            for (FieldDescriptor<CostYear> field : SheetForm.edited(layout, SheetFields.COST_YEAR)) {
                put(values, field.name(), r.read(SheetPaths.costYear(year, field), field));
            }
            Optional<CostYear> before = base.costOf(year);
            boolean empty = values.isEmpty();
            BigDecimal fte = (BigDecimal) values.get("staffFte");
            BigDecimal overtime = (BigDecimal) values.get("staffOvertimeHours");
            boolean inputsChanged = before.isEmpty() || !Objects.equals(before.get().staffFte(), fte)
                    || !Objects.equals(before.get().staffOvertimeHours(), overtime);
            if (fte != null && overtime != null && (inputsChanged || values.get("personnelCost") == null)) {
                unitCosts.personnelCost(year, fte, overtime).ifPresent(cost -> values.put("personnelCost", cost));
            }
            if (!empty || before.isPresent()) {
                costs.add(SheetAssembly.costYear(year, values::get));
            }
        }
        return costs;
    }

    /** 評点 1–5, and a newly chosen score without a comment gets the rubric's standard comment. */
    @SuppressWarnings("unchecked")
    private void score(Reader r, AssessmentItem item, Map<String, Object> values, Sheet base) {
        String scoreName = item.field().path() + ".score";
        String commentName = item.field().path() + ".comment";
        Integer score = (Integer) values.get(scoreName);
        if (score != null && (score < 1 || score > 5)) {
            r.problem(scoreName, r.label(scoreName) + "は1～5で選んでください");
            values.remove(scoreName);
            score = null;
        }
        Object before = SheetFields.byPath(scoreName).map(field -> ((FieldDescriptor<Sheet>) field).read(base)).orElse(null);
        if (values.get(commentName) == null && score != null && !score.equals(before)) {
            rubric.standardComment(item, score).ifPresent(comment -> values.put(commentName, comment));
        }
    }

    private static void put(Map<String, Object> values, String name, @Nullable Object value) {
        if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
            values.put(name, value);
        }
    }

    /** Reads one form's values, collecting a problem for each that cannot be read. */
    private static final class Reader {
        private final SheetForm form;
        private final List<FormProblem> problems = new ArrayList<>();

        Reader(SheetForm form) {
            this.form = form;
        }

        void problem(String key, String message) {
            problems.add(new FormProblem(key, message, form.layout().form()));
        }

        /** The key's label in the words of the sheet's form (意図, 評価観点 2 評価項目名). */
        String label(String key) {
            return FormKeys.label(form.layout().form(), key);
        }

        String label(Field field) {
            return FormLabels.label(form.layout().form(), field);
        }

        /** The value of a key as its descriptor's kind, read leniently as a clerk types it; null if blank or unreadable. */
        @Nullable Object read(String key, FieldDescriptor<?> field) {
            return switch (field.type()) {
                case TEXT, CODE -> text(key);
                case LINES -> lines(key);
                case INTEGER -> integer(key);
                case DECIMAL -> decimal(key);
                case AMOUNT -> amount(key);
                case YEAR -> year(key);
                case BOOLEAN -> yesNo(key);
                case CHOICE -> choice(key, text -> field.choices().contains(text) ? Optional.of(text) : Optional.empty());
                case INTEGER_LIST -> throw new IllegalArgumentException(key + ": lists of numbers are checkboxes in the form");
            };
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
                problem(key, label(key) + "は千円単位の整数で入力してください（入力: " + form.get(key).strip() + "）");
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
                problem(key, label(key) + "は数値で入力してください（入力: " + form.get(key).strip() + "）");
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
                problem(key, label(key) + "は整数で入力してください（入力: " + form.get(key).strip() + "）");
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
            problem(key, label(key) + "は西暦（2024）か和暦（令和6年度）で入力してください（入力: " + value + "）");
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
            problem(key, label(key) + "は「有」か「無」を選んでください");
            return null;
        }

        <T> @Nullable T choice(String key, java.util.function.Function<String, Optional<T>> parse) {
            String value = text(key);
            if (value == null) {
                return null;
            }
            Optional<T> parsed = parse.apply(value);
            if (parsed.isEmpty()) {
                problem(key, label(key) + "の「" + value + "」は選択肢にありません。一覧から選んでください");
            }
            return parsed.orElse(null);
        }
    }
}
