package org.hyoka.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.fixtures.SheetBuilder.aCostYear;
import static org.hyoka.fixtures.SheetBuilder.aSheet;
import static org.hyoka.fixtures.SheetBuilder.anIndicator;

import java.util.List;

import org.hyoka.arithmetic.SheetChecks;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.sheet.IndicatorDirection;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;

class SubmissionRulesTest {

    private static final List<String> VOCABULARY = List.of("継続", "拡大・拡充", "縮小", "廃止");

    @Test
    void aSheetMissingOnlyTheReasonForItsDirectionNamesThatField() {
        Sheet sheet = aSheet().withIndicator(anIndicator(1).going(IndicatorDirection.LOWER_IS_BETTER)).build();

        assertThat(SubmissionRules.check(sheet, List.of(), VOCABULARY, null))
                .extracting(SubmissionRules.Problem::path).containsExactly("direction.reason");
    }

    @Test
    void anUnconfirmedIndicatorDirectionADecisionOutsideTheVocabularyAndAnArithmeticErrorAreAllListed() {
        Sheet sheet = aSheet().withDirection("様子見").withIndicator(anIndicator(2))
                .withCost(aCostYear(2024, 100, 90, 80, 0, 0, 7226, "1.00", "0.00")).build();

        List<SubmissionRules.Problem> problems = SubmissionRules.check(sheet,
                new SheetChecks(UnitCostTable.standard()).check(sheet), VOCABULARY, null);

        assertThat(problems).extracting(SubmissionRules.Problem::path).contains("indicators[2].direction",
                "direction.decision", "direction.reason", "costs.generalFund");
        assertThat(problems).filteredOn(p -> p.arithmetic().isPresent()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("決算額"));
    }

    @Test
    void aSheetOfTheOtherFormIsAskedOnlyForWhatItsFormPrintsInItsWords() {
        Sheet sheet = org.hyoka.fixtures.TaishoSheets.libraryMaterials();

        List<SubmissionRules.Problem> problems = SubmissionRules.check(sheet, List.of(), VOCABULARY, "前年度の目標");

        // no 成果, no four scores, no 理由: the 対象・意図・結果 form has none of them
        assertThat(problems).extracting(SubmissionRules.Problem::path).containsExactly("direction.decision",
                "indicators[1].direction", "indicators[2].direction", "indicators[3].direction");
        assertThat(problems.get(0).message()).startsWith("改革改善の方向性「現状維持」は評価事務局の選択肢");
    }
}
