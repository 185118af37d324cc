package org.hyoka.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.hyoka.fixtures.Fixtures;
import org.hyoka.fixtures.SheetBuilder;
import org.hyoka.fixtures.TaishoSheets;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.SheetForm;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Schema 1.1 holds every form; a sheet only 1.0 holds is still written as 1.0, and 1.0 documents still read. */
class SchemaVersionsTest {

    private static final tools.jackson.databind.json.JsonMapper MAPPER = tools.jackson.databind.json.JsonMapper.builder().build();

    private final SheetJson json = new SheetJson();

    @Test
    void aSheetOfTheTsukubaFormIsWrittenAsOnePointZeroWithNoNewProperty() {
        JsonNode tree = json.toTree(SheetBuilder.aSheet()
                .withCost(SheetBuilder.aCostYear(2024, 100, 90, 90, 0, 0, 6907, "1.00", "0"))
                .withIndicator(SheetBuilder.anIndicator(1)).build());

        assertThat(tree.get("schemaVersion").asString()).isEqualTo("1.0");
        assertThat(tree.has("form")).isFalse();
        assertThat(tree.has("policyHierarchy")).isFalse();
        assertThat(tree.has("assessmentItems")).isFalse();
        assertThat(tree.get("costs")).hasSize(1);
        assertThat(tree.get("costs").get(0).has("projectCost")).isFalse();
        assertThat(tree.get("costs").get(0).has("workHours")).isFalse();
        assertThat(tree.get("indicators")).hasSize(1);
        assertThat(tree.get("indicators").get(0).has("symbol")).isFalse();
    }

    @Test
    void aSheetOfTheTaishoItoKekkaFormIsWrittenAsOnePointOneAndReadBackUnchanged() {
        Sheet sheet = TaishoSheets.libraryMaterials();

        String document = json.write(sheet);
        ReadResult read = json.read(document);

        assertThat(json.toTree(sheet).get("schemaVersion").asString()).isEqualTo("1.1");
        assertThat(read).isInstanceOfSatisfying(ReadResult.Valid.class, valid -> {
            assertThat(valid.sheets()).hasSize(1);
            assertThat(json.write(valid.sheets().get(0))).isEqualTo(document);
            assertThat(valid.sheets().get(0).assessmentItems()).isEqualTo(sheet.assessmentItems());
        });
        assertThat(document).contains("\"form\" : \"taisho-ito-kekka\"", "\"symbol\" : \"サ\"", "\"workHours\" : 1900.0",
                "\"verdict\" : \"妥当である\"");
    }

    @Test
    void thePublishedOnePointZeroFixturesStillReadAndWriteTheSameDocument() {
        for (int number : Fixtures.EXPECTED_SHEETS) {
            String document = Fixtures.expectedJson(number);
            ReadResult read = json.read(document);
            assertThat(read).as("sheet %d", number).isInstanceOf(ReadResult.Valid.class);
            Sheet sheet = ((ReadResult.Valid) read).sheets().get(0);

            assertThat(sheet.form()).isEqualTo(SheetForm.TSUKUBA);
            assertThat(MAPPER.readTree(json.write(sheet)).equals(MAPPER.readTree(document))).as("sheet %d", number)
                    .isTrue();
        }
    }

    @Test
    void aVersionHyokaDoesNotKnowIsRefusedByItsPath() {
        String document = json.write(SheetBuilder.aSheet().build()).replace("\"1.0\"", "\"2.0\"");

        assertThat(json.read(document)).isInstanceOfSatisfying(ReadResult.Invalid.class, invalid ->
                assertThat(invalid.problems()).anySatisfy(p -> assertThat(p.path()).isEqualTo("$.schemaVersion")));
    }
}
