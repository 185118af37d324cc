package org.hyoka.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.hyoka.importer.InputResult;
import org.hyoka.importer.JsonComparison;
import org.hyoka.importer.SheetImporter;
import org.hyoka.importer.pdf.PdfTextExtractor;
import org.hyoka.importer.text.DecodedText;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.FiscalYear;
import org.hyoka.sheet.Organization;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bound volume of the eight seed sheets, spread over two 部 so that the outline has depth. */
class VolumePdfTest {

    private static List<Sheet> sheets;
    private static byte[] volume;

    @BeforeAll
    static void bind() {
        List<Sheet> seed = new ArrayList<>(SeedSheets.all());
        // sheets 7 and 8 move to another 部 and 課, sorted after the first
        for (int i = 6; i < 8; i++) {
            Sheet s = seed.get(i);
            seed.set(i, new Sheet(s.municipality(), s.fiscalYear(), s.sheetNumber(), s.title(), s.budgetAccount(),
                    new Organization("総務部", "総務課", null), s.period(), s.continuity(), s.deliveryModel(),
                    s.category(), s.legalBasis(), s.individualPlans(), s.strategicPlan(), s.mayorPledges(), s.sdgs(),
                    s.targetGroup(), s.purpose(), s.activities(), s.indicators(), s.costs(),
                    s.citizenParticipation(), s.review(), s.assessment(), s.challenges(), s.improvementGoal(),
                    s.direction()));
        }
        seed.sort(Comparator.comparing((Sheet s) -> s.organization().department())
                .thenComparing(s -> s.sheetNumber()));
        sheets = seed;
        List<VolumePdf.Contents> contents = sheets.stream().map(s -> new VolumePdf.Contents(
                s.organization().department(), s.organization().division(), s.sheetNumber(), s.title())).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VolumePdf.write("つくば市", FiscalYear.of(2024), contents, sheets.iterator(), out);
        volume = out.toByteArray();
        Samples.keep("volume", volume);
    }

    @Test
    void coverThenContentsThenTwoPagesASheet() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(volume)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1 + 1 + 2 * 8);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("つくば市 令和6年度 事務事業評価シート");
        }
    }

    @Test
    void contentsListEverySheetUnderIts部And課WithItsPageNumber() throws IOException {
        String text = ((DecodedText.Text) PdfTextExtractor.extract(volume)).text();
        String contents = text.substring(text.indexOf("目次"), text.indexOf("事務事業マネジメントシート"));

        assertThat(contents).containsSubsequence("政策イノベーション部", "情報政策課", "088 情報通信ネットワーク運営業務", "3",
                "総務部", "総務課");
        assertThat(contents).contains("17");
    }

    @Test
    void bookmarksGoBy部課AndSheetToTheSheetsFirstPage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(volume)) {
            List<PDOutlineItem> departments = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(departments::add);
            assertThat(departments).extracting(PDOutlineItem::getTitle).containsExactly("政策イノベーション部", "総務部");
            PDOutlineItem division = departments.get(0).getFirstChild();
            assertThat(division.getTitle()).isEqualTo("情報政策課");
            List<PDOutlineItem> entries = new ArrayList<>();
            division.children().forEach(entries::add);
            assertThat(entries).hasSize(6);
            for (int i = 0; i < entries.size(); i++) {
                PDPageDestination destination = (PDPageDestination) entries.get(i).getDestination();
                assertThat(pdf.getPages().indexOf(destination.getPage())).isEqualTo(2 + 2 * i);
                assertThat(entries.get(i).getTitle()).endsWith(sheets.get(i).title());
            }
        }
    }

    @Test
    void theVolumeReadsBackAsItsSheetsThePageNumbersStayOutOfTheTextLayer() {
        InputResult.Read back = (InputResult.Read) SheetImporter.standard().importBytes("volume.pdf", volume,
                Optional.of(SeedSheets.TSUKUBA));

        assertThat(back.importedSheets()).hasSize(8);
        SheetJson json = new SheetJson();
        for (int i = 0; i < 8; i++) {
            assertThat(JsonComparison.differences(json.write(sheets.get(i)), json.write(back.importedSheets().get(i))))
                    .isEmpty();
        }
    }
}
