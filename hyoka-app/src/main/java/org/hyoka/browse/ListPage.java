package org.hyoka.browse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.hyoka.opendata.OpenDataLinks;
import org.hyoka.sheets.Page;
import org.hyoka.sheets.SheetSummary;

/** The list page: the parameters as read, one page of summaries, and the filters with counts. */
public record ListPage(ListParams params, Page<SheetSummary> sheets, List<FilterView> filters) {

    public ListPage {
        filters = List.copyOf(filters);
    }

    /**
     * The year's open data (CSV, ZIP) when the list shows one municipality's year and it has sheets:
     * exactly the sheets of the dataset, since the list, too, shows published sheets only.
     */
    public Optional<OpenDataLinks> openData() {
        if (sheets.total() == 0) {
            return Optional.empty();
        }
        return OpenDataLinks.of(params.query().municipalityCode(), params.query().fiscalYear());
    }

    /**
     * The bound volume (冊子) of the chosen municipality and year, when the list is narrowed to one of
     * each; a volume binds one city's year, so it is offered for nothing wider.
     */
    public @Nullable String volumeHref() {
        String code = params.query().municipalityCode();
        Integer year = params.query().fiscalYear();
        if (code == null || year == null) {
            return null;
        }
        return "/sheets/volume.pdf?municipality=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&year=" + year;
    }

    /** 1–50件目 of 1,234件. */
    public String range() {
        if (sheets.total() == 0) {
            return "該当するシートはありません";
        }
        long from = (long) sheets.page() * sheets.size() + 1;
        long to = from + sheets.items().size() - 1;
        return Format.number(sheets.total()) + "件中 " + Format.number(from) + "～" + Format.number(to) + "件目";
    }
}
