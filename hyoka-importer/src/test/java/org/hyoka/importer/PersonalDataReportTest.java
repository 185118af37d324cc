package org.hyoka.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.hyoka.arithmetic.Finding;
import org.hyoka.arithmetic.SheetChecks;
import org.hyoka.arithmetic.Severity;
import org.hyoka.glossary.Field;
import org.junit.jupiter.api.Test;

/** The importer reports what looks like a contact in a free text, and keeps the text as printed. */
class PersonalDataReportTest {

    private static final String PURPOSE = "市民サービス及び庁内業務効率の向上を図る。";

    private final SheetImporter importer = SheetImporter.standard();

    private InputResult.Read read(String text) {
        InputResult result = importer.importBytes("seed.txt", text.getBytes(StandardCharsets.UTF_8), Optional.empty());
        assertThat(result).isInstanceOf(InputResult.Read.class);
        return (InputResult.Read) result;
    }

    private static List<Finding> personalData(SheetResult sheet) {
        return sheet.report().findings().stream().filter(f -> f.ruleId().equals(SheetChecks.PERSONAL_DATA)).toList();
    }

    /** The eight real sheets hold budget codes, amounts, years, law names and plan titles, and no contact. */
    @Test
    void theEightRealSeedSheetsGiveNoPersonalDataFinding() {
        InputResult.Read read = read(Seed.text());

        assertThat(read.sheets()).hasSize(8).allSatisfy(sheet -> assertThat(personalData(sheet)).isEmpty());
        assertThat(read.reportLines()).noneMatch(line -> line.contains(SheetChecks.PERSONAL_DATA));
    }

    @Test
    void aTelephoneNumberInThePurposeIsReportedAndKept() {
        String withPhone = PURPOSE + "問合せは029-883-1111まで。";
        InputResult.Read read = read(Seed.text().replaceFirst(PURPOSE, withPhone));

        SheetResult first = read.sheets().get(0);
        assertThat(personalData(first)).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.field()).isEqualTo(Field.PURPOSE);
            assertThat(finding.message()).isEqualTo(
                    "目的に電話番号のような記載があります（029-883-1111）。個人の連絡先でないか、公開の前に確かめてください");
        });
        assertThat(((SheetResult.Imported) first).sheet().purpose()).isEqualTo(withPhone);
        assertThat(read.sheets().subList(1, 8)).allSatisfy(sheet -> assertThat(personalData(sheet)).isEmpty());
        assertThat(read.reportLines()).filteredOn(line -> line.contains(SheetChecks.PERSONAL_DATA)).singleElement()
                .satisfies(line -> assertThat(line).startsWith("seed.txt:").contains("WARNING personal-data purpose: 目的に電話番号"));
    }

    @Test
    void anEmailAddressInAChallengeIsReportedWithItsLabel() {
        String budgetChallenge = "次期庁内ネットワーク基盤整備に係る歳出の増加が見込まれる。";
        assertThat(Seed.text().split(budgetChallenge, -1)).as("printed once in the seed").hasSize(2);
        InputResult.Read read = read(Seed.text().replace(budgetChallenge,
                budgetChallenge + "担当 ｔａｒｏ＠ｃｉｔｙ．ｔｓｕｋｕｂａ．ｌｇ．ｊｐ"));

        assertThat(personalData(read.sheets().get(0))).singleElement().satisfies(finding -> {
            assertThat(finding.field()).isEqualTo(Field.CHALLENGES_ORGANIZATION_AND_BUDGET);
            assertThat(finding.found()).isEqualTo("ｔａｒｏ＠ｃｉｔｙ．ｔｓｕｋｕｂａ．ｌｇ．ｊｐ");
            assertThat(finding.message()).startsWith(Field.CHALLENGES_ORGANIZATION_AND_BUDGET.label()
                    + "にメールアドレスのような記載があります（ｔａｒｏ＠");
        });
    }
}
