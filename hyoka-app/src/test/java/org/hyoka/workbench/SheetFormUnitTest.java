package org.hyoka.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.fixtures.SheetBuilder;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.revision.SheetDiff;
import org.hyoka.rollover.Rollover;
import org.hyoka.rubric.Rubric;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;

class SheetFormUnitTest {

    private final SheetBinder binder = new SheetBinder(UnitCostTable.standard(), Rubric.standard());

    private static Sheet fixture(int n) {
        ReadResult read = new SheetJson().read(Fixtures.expectedJson(n));
        return ((ReadResult.Valid) read).sheets().get(0);
    }

    private static Map<String, String[]> request(SheetForm form) {
        Map<String, String[]> parameters = new HashMap<>();
        // a browser sends CRLF inside textareas
        form.values().forEach((key, value) -> parameters.put(key, new String[] {value.replace("\n", "\r\n")}));
        return parameters;
    }

    @Test
    void aSheetShownInTheFormAndSavedUnchangedComesBackExactlyTheSame() {
        for (int n : Fixtures.EXPECTED_SHEETS) {
            Sheet sheet = fixture(n);
            SheetForm form = SheetForm.fromRequest(FormLayout.of(sheet), request(SheetForm.of(sheet)));
            SheetBinder.Binding binding = binder.bind(form, sheet, false);
            assertThat(binding.problems()).isEmpty();
            assertThat(SheetDiff.between(sheet, binding.sheet())).as("sheet %d", n).isEmpty();
            assertThat(binding.sheet()).isEqualTo(sheet);
        }
    }

    @Test
    void aRolledOverDraftRoundTripsThroughTheFormToo() {
        for (int n : Fixtures.EXPECTED_SHEETS) {
            Sheet draft = Rollover.nextYear(fixture(n)).sheet();
            SheetForm form = SheetForm.fromRequest(FormLayout.of(draft), request(SheetForm.of(draft)));
            assertThat(binder.bind(form, draft, false).sheet()).isEqualTo(draft);
        }
    }

    @Test
    void numbersAreReadAsClerksTypeThemAndUnreadableOnesAreNamedWithTheirInput() {
        Sheet sheet = SheetBuilder.aSheet().inFiscalYear(2024).build();
        Map<String, String[]> parameters = request(SheetForm.of(sheet));
        parameters.put("costs[2024].budget", new String[] {"１２，３４５"});
        parameters.put("costs[2023].settlement", new String[] {"十万"});
        parameters.put("period.startFiscalYear", new String[] {"令和元年度"});
        SheetBinder.Binding binding = binder.bind(SheetForm.fromRequest(FormLayout.of(sheet), parameters), sheet,
                false);
        assertThat(binding.sheet().costOf(2024).orElseThrow().budget()).isEqualTo(12345L);
        assertThat(binding.sheet().period().startFiscalYear()).isEqualTo(2019);
        assertThat(binding.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("costs[2023].settlement");
            assertThat(p.message()).isEqualTo("コストの推移 R05年度 決算額は千円単位の整数で入力してください（入力: 十万）");
            assertThat(p.anchor()).isEqualTo("#f-costs-2023-settlement");
        });
    }

    @Test
    void personnelCostIsRecomputedWhereStaffTimeChangedAndKeptAsPrintedWhereItDidNot() {
        Sheet sheet = fixture(1);
        CostYear printed = sheet.costs().get(0);
        Map<String, String[]> parameters = request(SheetForm.of(sheet));
        parameters.put("costs[2025].staffFte", new String[] {"2.00"});
        parameters.put("costs[2025].staffOvertimeHours", new String[] {"100"});
        Sheet saved = binder.bind(SheetForm.fromRequest(FormLayout.of(sheet), parameters), sheet, false).sheet();
        // 2 × 6,906.697 + 100 × 2.4245 = 14,055.844 → rounded up
        assertThat(saved.costOf(2025).orElseThrow().personnelCost()).isEqualTo(14056L);
        assertThat(saved.costOf(printed.fiscalYear()).orElseThrow().personnelCost())
                .isEqualTo(printed.personnelCost());
    }

    @Test
    void aNewlyChosenScoreWithoutCommentGetsTheRubricsStandardCommentAndATypedOneIsKept() {
        Sheet draft = Rollover.nextYear(fixture(1)).sheet();
        Map<String, String[]> parameters = request(SheetForm.of(draft));
        parameters.put("assessment.priority.score", new String[] {"5"});
        parameters.put("assessment.citizenNeeds.score", new String[] {"4"});
        parameters.put("assessment.citizenNeeds.comment", new String[] {"独自のコメント"});
        Sheet saved = binder.bind(SheetForm.fromRequest(FormLayout.of(draft), parameters), draft, false).sheet();
        assertThat(saved.assessment().priority().comment())
                .isEqualTo("戦略プラン等に掲げられた市の重点事業であり、優先的に取組む必要性が高い。");
        assertThat(saved.assessment().citizenNeeds().comment()).isEqualTo("独自のコメント");
    }

    @Test
    void anEditorCannotMoveASheetToAnotherDivisionThroughTheForm() {
        Sheet sheet = fixture(1);
        Map<String, String[]> parameters = request(SheetForm.of(sheet));
        parameters.put("organization.division", new String[] {"よその課"});
        Sheet asEditor = binder.bind(SheetForm.fromRequest(FormLayout.of(sheet), parameters), sheet, false).sheet();
        Sheet asAdmin = binder.bind(SheetForm.fromRequest(FormLayout.of(sheet), parameters), sheet, true).sheet();
        assertThat(asEditor.organization().division()).isEqualTo(sheet.organization().division());
        assertThat(asAdmin.organization().division()).isEqualTo("よその課");
    }

    @Test
    void aConflictKeepsEveryFieldTheAuthorChangedAndTakesTheOtherPersonsChangesElsewhere() {
        Sheet base = fixture(1);
        Map<String, String> theirs = new HashMap<>(SheetForm.of(base).values());
        theirs.put("purpose", "相手が書いた目的");
        theirs.put("review.outcomes", "相手の成果");
        Map<String, String> mine = new HashMap<>(SheetForm.of(base).values());
        mine.put("activities", "私が書いた概要");
        mine.put("review.outcomes", "私の成果");
        FormLayout layout = FormLayout.of(base);
        SheetForm.Merge merge = new SheetForm(layout, mine)
                .mergeOnto(SheetForm.of(base), new SheetForm(layout, theirs));
        assertThat(merge.form().get("purpose")).isEqualTo("相手が書いた目的");
        assertThat(merge.form().get("activities")).isEqualTo("私が書いた概要");
        assertThat(merge.form().get("review.outcomes")).isEqualTo("私の成果");
        assertThat(merge.changedByBoth()).containsExactly("review.outcomes");
    }

    @Test
    void anIndicatorWithValuesButNoNameIsAProblemAtItsNameInput() {
        Sheet sheet = SheetBuilder.aSheet().inFiscalYear(2024).build();
        Map<String, String[]> parameters = request(SheetForm.of(sheet));
        parameters.put("indicators[4].values[2024].target", new String[] {"10"});
        SheetBinder.Binding binding = binder.bind(SheetForm.fromRequest(FormLayout.of(sheet), parameters), sheet,
                false);
        assertThat(binding.problems()).extracting(FormProblem::key).contains("indicators[4].name");
        assertThat(binding.sheet().indicatorInSlot(4)).isEmpty();
    }

    @Test
    void aSheetOfTheOtherFormRoundTripsAndARowAddedByTheAuthorSurvivesAConflict() {
        Sheet sheet = org.hyoka.fixtures.TaishoSheets.libraryMaterials();
        SheetForm form = SheetForm.fromRequest(FormLayout.of(sheet), request(SheetForm.of(sheet)));
        SheetBinder.Binding binding = binder.bind(form, sheet, false);
        assertThat(binding.problems()).isEmpty();
        assertThat(binding.sheet()).isEqualTo(sheet);
        assertThat(form.layout().indicatorSlots()).isEqualTo(9);
        assertThat(form.layout().assessmentRows()).isEqualTo(4);

        // the author fills a fifth 評価観点 row (a row the page adds after a save); the other person edits 意図
        Map<String, String> mine = new HashMap<>(SheetForm.of(sheet).values());
        mine.put("assessmentItems[4].name", "成果の向上余地");
        mine.put("assessmentItems[4].verdict", "余地がある");
        Map<String, String[]> posted = new HashMap<>();
        mine.forEach((key, value) -> posted.put(key, new String[] {value}));
        SheetForm typed = SheetForm.fromRequest(FormLayout.of(sheet), posted);
        Map<String, String> theirs = new HashMap<>(SheetForm.of(sheet).values());
        theirs.put("purpose", "相手が書いた意図");
        SheetForm.Merge merge = typed.mergeOnto(SheetForm.of(sheet), new SheetForm(FormLayout.of(sheet), theirs));
        Sheet merged = binder.bind(merge.form(), sheet, false).sheet();
        assertThat(merged.purpose()).isEqualTo("相手が書いた意図");
        assertThat(merged.assessmentItems()).hasSize(3);
        assertThat(merged.assessmentItems().get(2).verdict()).isEqualTo("余地がある");
        assertThat(merge.changedByBoth()).isEmpty();
    }
}
