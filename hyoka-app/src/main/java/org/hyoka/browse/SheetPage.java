package org.hyoka.browse;

import java.time.Instant;
import java.util.List;

import org.hyoka.arithmetic.Finding;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;
import org.hyoka.sheet.SheetForm;
import org.hyoka.sheets.AdjacentYears;
import org.hyoka.similar.SimilarSection;

/**
 * Everything the sheet page shows, computed once per saved version of a sheet and then shared by
 * every request for it: the sheet, its indicators and costs with figures, the findings, the chart data.
 *
 * @param chartJson chart data as JSON, already safe to place inside a script element
 * @param unitCosts the sheet's city's unit costs the findings were computed with: when its office
 *        changes them, the page is built again
 * @param years the published sheets of the same project a year before and after (by rollover)
 * @param similar 他の自治体の類似事業, kept with the page while {@link org.hyoka.similar.SimilarProjects#isCurrent} says so
 */
public record SheetPage(long id, Sheet sheet, Instant savedAt, List<IndicatorView> firstPageIndicators,
        List<IndicatorView> secondPageIndicators, CostView costs, List<Finding> otherFindings,
        String chartJson, String etag, UnitCostTable unitCosts, AdjacentYears years,
        SimilarSection similar) implements SheetBody {

    public SheetPage {
        firstPageIndicators = List.copyOf(firstPageIndicators);
        secondPageIndicators = List.copyOf(secondPageIndicators);
        otherFindings = List.copyOf(otherFindings);
    }

    /** つくば市 令和6年度 情報通信ネットワーク運営業務. */
    public String title() {
        String city = sheet.municipality() == null || sheet.municipality().name() == null ? ""
                : sheet.municipality().name() + " ";
        return city + sheet.fiscalYear().toWareki() + " " + sheet.title();
    }

    /** 事務事業マネジメントシート (つくば市), 事務事業評価シート（対象・意図・結果様式） …: what the sheet is a sheet of. */
    public String formTitle() {
        return sheet.form() == SheetForm.TSUKUBA ? "事務事業マネジメントシート" : sheet.form().label();
    }

    public String jsonHref() {
        return "/api/sheets/" + id;
    }

    /** The sheet printed as the form (two A4 pages). */
    public String pdfHref() {
        return "/sheets/" + id + ".pdf";
    }

    /** The page of the year before, or null when no published sheet was rolled over into this one. */
    public @Nullable String previousYearHref() {
        return years.previous() == null ? null : "/sheets/" + years.previous();
    }

    public @Nullable String nextYearHref() {
        return years.next() == null ? null : "/sheets/" + years.next();
    }

    public boolean hasCharts() {
        return !costs.figures().isEmpty()
                || firstPageIndicators.stream().anyMatch(i -> !i.years().isEmpty())
                || secondPageIndicators.stream().anyMatch(i -> !i.years().isEmpty());
    }
}
