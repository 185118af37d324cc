package org.hyoka.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.hyoka.importer.InputResult;
import org.hyoka.importer.JsonComparison;
import org.hyoka.importer.SheetImporter;
import org.hyoka.importer.pdf.PdfTextExtractor;
import org.hyoka.importer.text.DecodedText;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;

class SheetPdfTest {

    private final Sheet sheet = SeedSheets.all().get(0);

    @Test
    void aSheetIsTwoA4PagesWithTheShippedFontEmbeddedAsASubset() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(SheetPdf.render(List.of(sheet), false).bytes())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth(), within());
                assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight(), within());
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.isEmbedded()).isTrue();
                    // a subset's name carries a six-letter tag: ABCDEF+IPAexGothic
                    assertThat(font.getName()).matches("[A-Z]{6}\\+IPAexGothic");
                }
            }
        }
    }

    @Test
    void theSubsetKeepsTheFileSmall() {
        assertThat(SheetPdf.render(List.of(sheet), false).bytes().length).isLessThan(400_000);
    }

    @Test
    void metadataNamesTheSheetTheMunicipalityAndTheYear() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(SheetPdf.render(List.of(sheet), false).bytes())) {
            var info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("事務事業マネジメントシート 088 情報通信ネットワーク運営業務");
            assertThat(info.getAuthor()).isEqualTo("つくば市");
            assertThat(info.getSubject()).isEqualTo("つくば市 令和6年度 事務事業評価");
            assertThat(info.getCustomMetadataValue("FiscalYear")).isEqualTo("2024");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("ja");
        }
    }

    @Test
    void theTextIsExtractableAndNumbersAndJapaneseYearsArePrinted() {
        String text = ((DecodedText.Text) PdfTextExtractor.extract(SheetPdf.render(List.of(sheet), false).bytes())).text();

        assertThat(text).contains("情報通信ネットワーク運営業務", "令和 6年度", "令和 8年度", "R01年度", "(千円)", "130,114");
    }

    @Test
    void aDraftIsMarkedOnEveryPageButOnlyInInk() throws IOException {
        byte[] draft = SheetPdf.render(List.of(sheet), true).bytes();
        byte[] published = SheetPdf.render(List.of(sheet), false).bytes();

        assertThat(text(draft)).isEqualTo(text(published)).doesNotContain("作成中");
        try (PDDocument pdf = Loader.loadPDF(draft); PDDocument plain = Loader.loadPDF(published)) {
            for (int page = 0; page < 2; page++) {
                assertThat(redPixels(pdf, page)).isGreaterThan(50);
                assertThat(redPixels(plain, page)).isZero();
            }
        }
    }

    @Test
    void aTextTooLongForItsCellGrowsThePageAndIsReportedNeverCut() {
        String purpose = "市民サービスの向上を図るため、窓口の受付時間を延長し、電子申請の対象手続を拡大する。".repeat(60);
        Sheet longer = SeedSheets.withPurpose(sheet, purpose);

        SheetPdf.Rendered pdf = SheetPdf.render(List.of(longer), false);

        assertThat(pdf.notes()).singleElement().asString().contains("用紙を縦に延ばしました");
        InputResult.Read back = (InputResult.Read) SheetImporter.standard().importBytes("long.pdf", pdf.bytes(),
                Optional.of(SeedSheets.TSUKUBA));
        assertThat(JsonComparison.differences(new SheetJson().write(longer),
                new SheetJson().write(back.importedSheets().get(0)))).isEmpty();
    }

    @Test
    void aCharacterTheFontLacksIsReported() {
        SheetPdf.Rendered pdf = SheetPdf.render(List.of(SeedSheets.titled(sheet, "情報通信\uD83D\uDE00事業")), false);

        assertThat(pdf.notes()).anyMatch(n -> n.contains("フォントにない文字") && n.contains("\uD83D\uDE00"));
    }

    private static String text(byte[] pdf) {
        return ((DecodedText.Text) PdfTextExtractor.extract(pdf)).text();
    }

    private static int redPixels(PDDocument pdf, int page) throws IOException {
        BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page, 40);
        int red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r > 150 && g < 100 && b < 100) {
                    red++;
                }
            }
        }
        return red;
    }

    private static org.assertj.core.data.Offset<Float> within() {
        return org.assertj.core.data.Offset.offset(0.5f);
    }
}
