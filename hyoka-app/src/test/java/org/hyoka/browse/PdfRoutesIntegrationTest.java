package org.hyoka.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hyoka.fixtures.SheetBuilder;
import org.hyoka.importer.InputResult;
import org.hyoka.importer.SheetImporter;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;

/** The printed form over real HTTP: a published sheet's PDF, the city's volume, and their refusals. */
class PdfRoutesIntegrationTest extends RunningApp {

    private static final String NETWORK = "情報通信ネットワーク運営業務";
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> bytes(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<Sheet> readBack(byte[] pdf) {
        InputResult result = SheetImporter.standard().importBytes("served.pdf", pdf, Optional.empty());
        assertThat(result).isInstanceOf(InputResult.Read.class);
        return ((InputResult.Read) result).importedSheets();
    }

    @Test
    void aPublishedSheetIsServedAsItsPrintedFormAndRevalidatesWith304() throws Exception {
        HttpResponse<byte[]> pdf = bytes("/sheets/" + idOf(NETWORK) + ".pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("inline"));
        assertThat(readBack(pdf.body())).singleElement().extracting(Sheet::title).isEqualTo(NETWORK);
        String etag = pdf.headers().firstValue("ETag").orElseThrow();
        assertThat(bytes("/sheets/" + idOf(NETWORK) + ".pdf", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void aSheetThatIsNotPublishedHasNoPublicPdf() throws Exception {
        Sheet draft = SheetBuilder.aSheet().inFiscalYear(2025).titled("未公開の下書き事業").build();
        long unpublished = repository.insertUnpublished(List.of(draft)).get(0);

        HttpResponse<String> hidden = get("/sheets/" + unpublished + ".pdf");
        HttpResponse<String> missing = get("/sheets/999999.pdf");

        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).contains("見つかりません").doesNotContain("未公開の下書き事業");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(get("/sheets/volume.pdf?municipality=082201&year=2025").statusCode()).isEqualTo(404);
    }

    @Test
    void theVolumeBindsTheCitysYearWithCoverContentsAndBookmarks() throws Exception {
        HttpResponse<byte[]> volume = bytes("/sheets/volume.pdf?municipality=082201&year=2024");

        assertThat(volume.statusCode()).isEqualTo(200);
        assertThat(volume.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(volume.body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1 + 1 + 2 * 8);
            assertThat(pdf.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle())
                    .isEqualTo("政策イノベーション部");
        }
        assertThat(readBack(volume.body())).hasSize(8).extracting(Sheet::title).contains(NETWORK);
    }

    @Test
    void aVolumeNeedsAValidCityAndYearAndSomethingToBind() {
        HttpResponse<String> badCode = get("/sheets/volume.pdf?municipality=082200&year=2024");
        assertThat(badCode.statusCode()).isEqualTo(400);
        assertThat(badCode.body()).contains("全国地方公共団体コード");
        assertThat(get("/sheets/volume.pdf?municipality=082201").statusCode()).isEqualTo(400);
        HttpResponse<String> empty = get("/sheets/volume.pdf?municipality=082201&year=2031");
        assertThat(empty.statusCode()).isEqualTo(404);
        assertThat(empty.body()).contains("公開済みの事務事業評価シートはありません");
    }

    @Test
    void theListLinksTheVolumeOfTheChosenCityAndYearAndTheSheetLinksItsPdf() {
        assertThat(get("/sheets?municipalityCode=082201&fiscalYear=2024").body())
                .contains("href=\"/sheets/volume.pdf?municipality=082201&amp;year=2024\"");
        assertThat(get("/sheets?municipalityCode=082201").body()).doesNotContain("volume.pdf");
        long id = idOf(NETWORK);
        assertThat(get("/sheets/" + id).body()).contains("href=\"/sheets/" + id + ".pdf\"");
    }
}
