package org.hyoka.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hyoka.fixtures.TaishoSheets;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;

/**
 * A sheet of the 対象・意図・結果 form prints its own sections in its own words, not an empty つくば市 layout:
 * 手段, 対象, 意図, 結果, the indicators with their symbols and kinds, the funding sources and hours, the
 * 評価観点 with their verdicts, 期待成果, 課長等意見 and the extra texts.
 */
class OtherFormPdfTest {

    private final Sheet sheet = TaishoSheets.libraryMaterials();

    private String text(SheetPdf.Rendered rendered) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(rendered.bytes())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void everyValueTheSheetHoldsIsPrintedUnderTheFormsOwnLabel() throws IOException {
        SheetPdf.Rendered rendered = SheetPdf.render(List.of(sheet), false);
        String text = text(rendered);

        assertThat(text).contains("事務事業評価シート", "令和7年度", "大船渡市", "図書館資料整備事業")
                .contains("意図", "必要なサービスを受けられる。", "対象", "市民", "結果", "基本事業の意図の達成に貢献する。")
                .contains("手段（前年度実績）", "・前年度は計画どおり実施した。", "手段（今年度計画）", "・今年度も計画どおり実施する。")
                .contains("事務事業の概要", "市立図書館の図書、雑誌、視聴覚資料を計画的に購入し")
                .contains("政策名", "生涯にわたり学び続けるまちづくり", "基本事業名", "学習機会の充実", "41203", "0412")
                .contains("事務事業区分", "Ｅ　一般", "図書館法", "部課名", "教育委員会事務局生涯学習課", "図書館係")
                // indicators with their symbols, the form's kinds and the values of each year
                .contains("成果の推移", "資料購入点数", "市民人口", "市民一人当たりの貸出冊数", "活動指標", "対象指標", "成果指標")
                .contains("ア", "カ", "サ", "実績・計画", "R05", "R06", "287", "276")
                // costs as this form prints them
                .contains("コストの推移", "国庫支出金", "都道府県支出金", "地方債", "事業費計（A）", "8,200", "人件費計（B）", "7,600",
                        "延べ業務時間", "1,900", "トータルコスト（A）＋（B）", "15,800", "正規職員従事人数")
                // the 評価観点 with verdict and comment
                .contains("評価観点", "政策体系との整合性", "結びついている", "目的は基本事業の意図に結びついている。", "公共関与の妥当性",
                        "妥当である", "市が担う必要がある。")
                .contains("改革改善の方向性", "現状維持", "期待成果（成果）", "維持", "改革改善の課題と解決策", "課題は特にない。")
                .contains("１　現状維持", "引き続き効率的に実施する。")
                .contains("その他の記載事項", "この事務事業を開始したきっかけ", "昭和期に開始した。");
        // a label wider than its cell wraps
        assertThat(text.replaceAll("\\s+", "")).contains("課長等意見（今後の方向性）", "課長等意見（全体総括）");
        // nothing of the つくば市 form this sheet does not have
        assertThat(text).doesNotContainPattern("(?m)^\\s*目的\\s*$").doesNotContain("市民参加の取組状況", "市民ニーズ", "戦略プラン", "SDGs", "事務事業マネジメントシート",
                "予算額", "正職員従事割合");
        assertThat(rendered.notes()).isEmpty();
    }

    @Test
    void itIsA4AndTheDocumentIsNamedAfterTheForm() throws IOException {
        byte[] bytes = SheetPdf.render(List.of(sheet), false).bytes();
        Path out = Path.of("target", "other-form.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight(),
                        org.assertj.core.data.Offset.offset(0.5f));
            }
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("事務事業評価シート 図書館資料整備事業");
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("大船渡市");
        }
    }
}
