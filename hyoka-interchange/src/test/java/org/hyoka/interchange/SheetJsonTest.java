package org.hyoka.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.fixtures.SheetBuilder.aCostYear;
import static org.hyoka.fixtures.SheetBuilder.aSheet;
import static org.hyoka.fixtures.SheetBuilder.anIndicator;

import java.util.List;

import org.hyoka.arithmetic.Finding;
import org.hyoka.arithmetic.SheetChecks;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.sheet.IndicatorDirection;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class SheetJsonTest {

    static final List<Integer> FIXTURES = Fixtures.EXPECTED_SHEETS;

    private final SheetJson json = new SheetJson();
    private final JsonMapper plain = JsonMapper.builder().build();

    @ParameterizedTest(name = "seed sheet {0} reads as valid and writes back to the same JSON")
    @FieldSource("FIXTURES")
    void fixturesRoundTripToEqualJson(int sheet) {
        String expected = Fixtures.expectedJson(sheet);

        Sheet read = readOne(expected);

        assertThat(plain.readTree(json.write(read))).isEqualTo(plain.readTree(expected));
    }

    @ParameterizedTest(name = "seed sheet {0} has no error in its arithmetic")
    @FieldSource("FIXTURES")
    void fixturesPassEveryArithmeticCheck(int sheet) {
        List<Finding> findings = new SheetChecks(UnitCostTable.standard()).check(readOne(Fixtures.expectedJson(sheet)));

        assertThat(findings).isEmpty();
    }

    @Test
    void everyDocumentHyokaWritesFollowsTheSchema() {
        Sheet sparse = aSheet().build();
        Sheet full = aSheet()
                .withIndicator(anIndicator(1).withYear(2023, "280", "0").withYear(2024, null, "1.5")
                        .going(IndicatorDirection.LOWER_IS_BETTER))
                .withIndicator(anIndicator(5).named("研修実施回数").inUnit("回").withYear(2024, "4", null))
                .withCost(aCostYear(2024, 126287, 124571, 124571, 0, 0, 15073, "2.00", "250.00"))
                .withStrategicPlan("Ⅳ-3", "2", "1", "データ利活用研修の実施、オープンデータ")
                .build();

        for (String document : List.of(json.write(sparse), json.write(full), json.writeAll(List.of(sparse, full)))) {
            assertThat(json.read(document)).isInstanceOf(ReadResult.Valid.class);
        }
    }

    @Test
    void anArrayOfSheetsReadsInDocumentOrder() {
        String document = "[" + Fixtures.expectedJson(6) + "," + Fixtures.expectedJson(1) + "]";

        ReadResult result = json.read(document);

        assertThat(result).isInstanceOfSatisfying(ReadResult.Valid.class, valid -> assertThat(valid.sheets())
                .extracting(Sheet::title).containsExactly("保有データの活用環境整備", "情報通信ネットワーク運営業務"));
    }

    @Test
    void aBrokenSheetNamesEveryProblemByPathAndNoSheetIsReturned() {
        ObjectNode broken = (ObjectNode) plain.readTree(Fixtures.expectedJson(1));
        ((ObjectNode) broken.get("costs").get(2)).put("generalFund", "124,571");
        ((ObjectNode) broken.get("assessment").get("priority")).put("score", 7);
        broken.remove("title");
        broken.put("continuity", "");
        String document = "[" + Fixtures.expectedJson(4) + "," + broken + "]";

        ReadResult result = json.read(document);

        assertThat(result).isInstanceOfSatisfying(ReadResult.Invalid.class, invalid -> {
            assertThat(invalid.problems()).extracting(SchemaProblem::path).containsExactlyInAnyOrder(
                    "$[1].costs[2].generalFund", "$[1].assessment.priority.score", "$[1].title",
                    "$[1].continuity");
            assertThat(invalid.problems()).filteredOn(p -> p.path().endsWith("generalFund")).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("一般財源", "整数", "千円"));
            assertThat(invalid.problems()).filteredOn(p -> p.path().endsWith("title")).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("事務事業名", "必須"));
            assertThat(invalid.problems()).filteredOn(p -> p.path().endsWith("score")).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("優先度", "1から5"));
        });
    }

    @Test
    void anEmptyStringWhereTheFormatWantsNullIsRefusedWithAdvice() {
        ObjectNode sheet = (ObjectNode) plain.readTree(Fixtures.expectedJson(4));
        sheet.put("purpose", "");

        ReadResult result = json.read(sheet.toString());

        assertThat(result).isInstanceOfSatisfying(ReadResult.Invalid.class, invalid -> assertThat(invalid.problems())
                .singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("$.purpose");
                    assertThat(p.message()).contains("目的", "null");
                }));
    }

    @Test
    void aMunicipalityCodeWithAWrongCheckDigitIsRefused() {
        ObjectNode sheet = (ObjectNode) plain.readTree(Fixtures.expectedJson(4));
        ((ObjectNode) sheet.get("municipality")).put("code", "082202");

        ReadResult result = json.read(sheet.toString());

        assertThat(result).isInstanceOfSatisfying(ReadResult.Invalid.class, invalid -> assertThat(invalid.problems())
                .extracting(SchemaProblem::path, SchemaProblem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.municipality.code", "check-digit")));
    }

    @Test
    void inputThatIsNotJsonIsUnreadableWithItsPosition() {
        assertThat(json.read("{\"title\": ")).isInstanceOfSatisfying(ReadResult.Unreadable.class,
                u -> assertThat(u.reason()).startsWith("not JSON").contains("line 1"));
        assertThat(json.read(new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x41})).isInstanceOf(ReadResult.Unreadable.class);
        assertThat(json.read("   ")).isInstanceOf(ReadResult.Unreadable.class);
    }

    @Test
    void aDocumentThatIsNeitherASheetNorAnArrayIsInvalid() {
        assertThat(json.read("42")).isInstanceOf(ReadResult.Invalid.class);
        assertThat(json.read("[42]")).isInstanceOf(ReadResult.Invalid.class);
    }

    @Test
    void aByteOrderMarkIsTolerated() {
        assertThat(json.read("\uFEFF" + Fixtures.expectedJson(1))).isInstanceOf(ReadResult.Valid.class);
    }

    @Test
    void decimalsKeepAFractionalDigitSoTheyStayNumbers() {
        Sheet sheet = aSheet().withCost(aCostYear(2024, 1, 1, 1, 0, 0, 2211, "0.30", "17")).build();

        JsonNode cost = plain.readTree(json.write(sheet)).get("costs").get(0);

        assertThat(cost.get("staffFte").toString()).isEqualTo("0.3");
        assertThat(cost.get("staffOvertimeHours").toString()).isEqualTo("17.0");
        assertThat(cost.get("settlement").toString()).isEqualTo("1");
    }

    private Sheet readOne(String document) {
        ReadResult result = json.read(document);
        assertThat(result).isInstanceOf(ReadResult.Valid.class);
        return ((ReadResult.Valid) result).sheets().get(0);
    }
}
