package org.hyoka.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The committed corpus (made by {@link HostileWorkbooks}): every file is refused, each for its own reason. */
class HostileWorkbooksTest {

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("not-a-hyoka-sheet.xlsx", "Hyoka の事務事業マネジメントシートではありません"),
                Arguments.of("password-protected.xlsx", "パスワードで保護"),
                Arguments.of("macro-enabled.xlsm", "マクロを含むブック"),
                Arguments.of("macro-content-type-only.xlsx", "マクロを含むブック"),
                Arguments.of("zip-bomb-size.xlsx", "ZIP 爆弾"),
                Arguments.of("zip-bomb-ratio.xlsx", "ZIP 爆弾"),
                Arguments.of("external-link.xlsx", "外部リンク"),
                Arguments.of("too-many-rows.xlsx", "行またはセルが多すぎます"),
                Arguments.of("legacy-format.xls", "97-2003 形式"),
                Arguments.of("text-named-xlsx.xlsx", "Excel ブック（.xlsx）ではありません"),
                Arguments.of("truncated.xlsx", "壊れて"),
                Arguments.of("formula-over-whole-columns.xlsx", "参照するセルが多すぎます"),
                Arguments.of("formula-chain.xlsx", "式が多すぎます"),
                Arguments.of("formula-indirect.xlsx", "INDIRECT は使えません"),
                Arguments.of("names-removed.xlsx", "形が崩れています"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedWithAJapaneseReasonAndNoSheet(String file, String reason) throws IOException {
        WorkbookRead result = SheetWorkbookReader.standard().read(resource(file));

        assertThat(result).isInstanceOfSatisfying(WorkbookRead.Refused.class, refused -> {
            assertThat(refused.reason()).contains(reason);
            assertThat(refused.oneLine()).doesNotContain("\n").doesNotContain("Exception");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theCommittedFileIsStillWhatTheGeneratorMakesInKind(String file, String reason) {
        byte[] fresh = HostileWorkbooks.corpus().get(file).get();

        WorkbookRead result = SheetWorkbookReader.standard().read(fresh);

        assertThat(result).isInstanceOfSatisfying(WorkbookRead.Refused.class,
                refused -> assertThat(refused.reason()).contains(reason));
    }

    private static byte[] resource(String file) throws IOException {
        try (InputStream in = HostileWorkbooksTest.class.getResourceAsStream("hostile/" + file)) {
            assertThat(in).as("committed corpus file " + file).isNotNull();
            return in.readAllBytes();
        }
    }
}
