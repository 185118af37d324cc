package org.hyoka.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hyoka.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Every text has a length the database holds and only characters a database and a page can take. */
class TextLimitsTest {

    private final SheetJson json = new SheetJson();
    private final JsonMapper plain = JsonMapper.builder().build();

    private ObjectNode sheet() {
        return (ObjectNode) plain.readTree(Fixtures.expectedJson(4));
    }

    private SchemaProblem onlyProblem(String document) {
        ReadResult result = json.read(document);
        assertThat(result).isInstanceOf(ReadResult.Invalid.class);
        List<SchemaProblem> problems = ((ReadResult.Invalid) result).problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void aTitleLongerThanItsLimitIsRefusedWithItsPathLimitAndLength() {
        ObjectNode sheet = sheet();
        sheet.put("title", "長".repeat(501));

        SchemaProblem problem = onlyProblem(sheet.toString());

        assertThat(problem.path()).isEqualTo("$.title");
        assertThat(problem.rule()).isEqualTo("maxLength");
        assertThat(problem.message()).isEqualTo("「事務事業名」が長すぎます（500文字まで、いまは501文字）。欄に収まる長さに縮めてください");
    }

    @Test
    void aTitleOfFiveHundredCharactersOutsideTheBasicPlaneIsAccepted() {
        ObjectNode sheet = sheet();
        sheet.put("title", "𠮷".repeat(500));

        assertThat(json.read(sheet.toString())).isInstanceOf(ReadResult.Valid.class);
    }

    @Test
    void aFiftyMegabyteTitleIsRefusedInsideAnArrayByItsPath() {
        ObjectNode sheet = sheet();
        sheet.put("title", "x".repeat(50 * 1024 * 1024));

        SchemaProblem problem = onlyProblem("[" + Fixtures.expectedJson(1) + "," + sheet + "]");

        assertThat(problem.path()).isEqualTo("$[1].title");
        assertThat(problem.message()).contains("500文字まで", "52,428,800文字");
    }

    @Test
    void aNulInATextIsRefusedWithThePositionAndTheField() {
        ObjectNode sheet = sheet();
        ((ObjectNode) sheet.get("review")).put("outcomes", "成果\u0000あり");

        SchemaProblem problem = onlyProblem(sheet.toString());

        assertThat(problem.path()).isEqualTo("$.review.outcomes");
        assertThat(problem.message()).isEqualTo("「成果」に使えない制御文字（U+0000）が含まれています（3文字目）。取り除いてください");
    }

    @Test
    void aMultiLineTextKeepsTabsAndLineBreaksButAOneLineFieldDoesNot() {
        ObjectNode multi = sheet();
        multi.put("purpose", "一行目\r\n\t二行目");
        assertThat(json.read(multi.toString())).isInstanceOf(ReadResult.Valid.class);

        ObjectNode single = sheet();
        ((ObjectNode) single.get("organization")).put("division", "情報\n政策課");
        SchemaProblem problem = onlyProblem(single.toString());
        assertThat(problem.path()).isEqualTo("$.organization.division");
        assertThat(problem.message()).contains("「課」は1行で書く欄です", "U+000A", "3文字目");
    }

    @Test
    void otherControlCharactersAreRefusedEvenInMultiLineTextsAndListEntries() {
        ObjectNode sheet = sheet();
        sheet.put("activities", "ベル\u0007");
        sheet.putArray("legalBasis").add("法\u001b律");

        ReadResult result = json.read(sheet.toString());

        assertThat(result).isInstanceOfSatisfying(ReadResult.Invalid.class, invalid -> assertThat(invalid.problems())
                .extracting(SchemaProblem::path).containsExactlyInAnyOrder("$.activities", "$.legalBasis[0]"));
    }

    @Test
    void anUnpairedSurrogateIsRefusedButAPairIsText() {
        String document = sheet().toString().replace("\"情報政策課\"", "\"情報\\ud842政策課\"");

        SchemaProblem problem = onlyProblem(document);

        assertThat(problem.path()).isEqualTo("$.organization.division");
        assertThat(problem.rule()).isEqualTo("surrogate");
        assertThat(problem.message()).contains("「課」", "U+D842", "3文字目");
        assertThat(json.read(sheet().toString().replace("\"情報政策課\"", "\"\\ud842\\udfb7政策課\"")))
                .isInstanceOf(ReadResult.Valid.class);
    }

    @Test
    void aDocumentStoredBeforeTheLimitsStillReadsBackButNewInputMustMeetThem() {
        ObjectNode sheet = sheet();
        sheet.put("title", "長".repeat(800));
        sheet.put("purpose", "目的\u0007");

        assertThat(json.read(sheet.toString())).isInstanceOf(ReadResult.Invalid.class);
        assertThat(SheetJson.forStoredDocuments().read(sheet.toString())).isInstanceOf(ReadResult.Valid.class);
        sheet.remove("title");
        assertThat(SheetJson.forStoredDocuments().read(sheet.toString())).as("every other rule still holds")
                .isInstanceOf(ReadResult.Invalid.class);
    }

    @Test
    void formsAskTheSchemaForTheLengthOfEachField() {
        assertThat(json.maxLength("title")).hasValue(500);
        assertThat(json.maxLength("organization.division")).hasValue(100);
        assertThat(json.maxLength("indicators[2].unit")).hasValue(50);
        assertThat(json.maxLength("assessment.priority.comment")).hasValue(4000);
        assertThat(json.maxLength("legalBasis")).as("one entry of the list").hasValue(500);
        assertThat(json.maxLength("fiscalYear")).isEmpty();
        assertThat(json.maxLength("noSuchField.text")).isEmpty();
    }
}
