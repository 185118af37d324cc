package org.hyoka.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.hyoka.importer.pdf.HostilePdfs;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.testing.CoreWebTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Each hostile PDF uploaded at /imports: answered promptly with what is wrong in Japanese, nothing kept to save. */
@CoreWebTest
class HostilePdfUploadTest {

    private static final Pattern CONFIRM = Pattern.compile("action=\"(/imports/[0-9a-f]{32})\"");
    private static final String TOO_COMPLEX = "このPDFは複雑すぎるため読み取れません（";
    private static final String NO_SHEET = "このファイルには事務事業マネジメントシートが見つかりません。";

    @Autowired
    MockMvc mvc;

    @Autowired
    SheetRepository repository;

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("form-fan-out.pdf", TOO_COMPLEX + "1ページの部品（フォームXObject）の描画が500回を超えます"),
                Arguments.of("recursive-forms.pdf", TOO_COMPLEX + "1ページの部品（フォームXObject）の描画が500回を超えます"),
                Arguments.of("ten-thousand-pages.pdf", TOO_COMPLEX + "ページ数が上限の3,000ページを超えています）。ファイルを分けて"),
                Arguments.of("decompression-bomb.pdf", TOO_COMPLEX + "圧縮されたデータが展開すると67,108,864バイトを超えます"),
                Arguments.of("huge-image.pdf", TOO_COMPLEX + "圧縮されたデータが展開すると67,108,864バイトを超えます"),
                Arguments.of("operator-flood.pdf", TOO_COMPLEX + "1ページの描画命令が500,000個を超えます"),
                Arguments.of("page-tree-loop.pdf", NO_SHEET),
                Arguments.of("xref-loop.pdf", NO_SHEET),
                Arguments.of("deep-arrays.pdf", NO_SHEET),
                Arguments.of("deep-dictionaries.pdf", NO_SHEET),
                Arguments.of("encrypted.pdf", "このPDFは保護されているため読み取れません（パスワードが必要です）。"),
                Arguments.of("truncated.pdf", "このPDFは壊れているため読み取れません。"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aHostilePdfIsRefusedInJapaneseAndNothingCanBeSaved(String name, String message) throws Exception {
        long before = repository.count();
        MockMultipartFile file = new MockMultipartFile("files", name, "application/pdf", corpusFile(name));

        String page = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> mvc.perform(multipart("/imports")
                        .file(file).param("municipality", "082201").with(org.hyoka.testing.SignedInAs.administrator())
                        .with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(page).contains(name, message).doesNotContain("Exception", "org.apache");
        assertThat(CONFIRM.matcher(page).find()).as("no confirm button").isFalse();
        assertThat(repository.count()).isEqualTo(before);
    }

    private static byte[] corpusFile(String name) throws Exception {
        try (InputStream in = HostilePdfs.class.getResourceAsStream(HostilePdfs.RESOURCE_DIRECTORY + name)) {
            return in.readAllBytes();
        }
    }
}
