package org.hyoka.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.fixtures.SheetBuilder.aCostYear;
import static org.hyoka.fixtures.SheetBuilder.aSheet;
import static org.hyoka.fixtures.SheetBuilder.anIndicator;

import java.util.List;

import org.hyoka.glossary.Field;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;

class PersonalDataScanTest {

    private final SheetChecks checks = new SheetChecks(UnitCostTable.standard());

    @Test
    void aTelephoneNumberInAFreeTextIsAWarningWithTheFieldsLabelAndWhatWasFound() {
        Sheet sheet = aSheet().withPurpose("詳しくは情報政策課（029-883-1111）へ。").build();

        assertThat(checks.check(sheet)).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo(SheetChecks.PERSONAL_DATA).isEqualTo("personal-data");
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.field()).isEqualTo(Field.PURPOSE);
            assertThat(finding.found()).isEqualTo("029-883-1111");
            assertThat(finding.message()).isEqualTo(
                    "目的に電話番号のような記載があります（029-883-1111）。個人の連絡先でないか、公開の前に確かめてください");
        });
    }

    @Test
    void textsOfIndicatorsAndOfTheOrganizationAreScannedWithTheirPlace() {
        Sheet sheet = aSheet().ofDivision("政策イノベーション部", "情報政策課 taro@city.tsukuba.lg.jp")
                .withImprovementGoal("担当：内線1234")
                .withIndicator(anIndicator(2).describedAs("問合せ 0120-123-456 の件数").withYear(2024, "1", "2"))
                .build();

        List<Finding> findings = PersonalDataScan.findings(sheet);

        assertThat(findings).extracting(Finding::field, Finding::indicatorSlot, Finding::found).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Field.DIVISION, null, "taro@city.tsukuba.lg.jp"),
                org.assertj.core.groups.Tuple.tuple(Field.INDICATOR_DESCRIPTION, 2, "0120-123-456"),
                org.assertj.core.groups.Tuple.tuple(Field.IMPROVEMENT_GOAL, null, "内線1234"));
        assertThat(findings.get(0).message()).startsWith("課にメールアドレスのような記載があります");
        assertThat(findings.get(1).message()).startsWith("指標2 指標の概要に電話番号のような記載があります");
        assertThat(findings.get(2).message()).contains("内線番号のような記載があります（内線1234）");
    }

    @Test
    void theScanNeverChangesTheSheetAndIgnoresNumbersOutsideTexts() {
        Sheet sheet = aSheet().withPurpose("連絡先 029-883-1111")
                .withCost(aCostYear(2024, 298831111L, 298831111L, 298831111L, 0, 0, 7055, "1.00", "100.00"))
                .build();
        Sheet before = sheet;

        assertThat(PersonalDataScan.findings(sheet)).extracting(Finding::field).containsExactly(Field.PURPOSE);
        assertThat(sheet).isEqualTo(before);
        assertThat(sheet.purpose()).isEqualTo("連絡先 029-883-1111");
    }

    @Test
    void theBuildersPlausibleSheetHasNoPersonalDataFinding() {
        assertThat(PersonalDataScan.findings(aSheet().withIndicator(anIndicator(1)).build())).isEmpty();
    }
}
