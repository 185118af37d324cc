package org.hyoka.opendata;

import java.util.List;
import java.util.Locale;

/** What the catalog page /data shows: every dataset with its files, their sizes and dates, and the licence. */
public record CatalogPage(List<Row> datasets, String licenceTitle, String licenceUrl) {

    public CatalogPage {
        datasets = List.copyOf(datasets);
    }

    static CatalogPage of(List<Catalog.Entry> entries, Licence licence) {
        return new CatalogPage(entries.stream().map(entry -> new Row(entry.dataset().name(), entry.dataset().title(),
                entry.dataset().set().sheets(), entry.dataset().lastModifiedDate().toString(),
                entry.files().stream().map(file -> new FileLink(file.distribution().title(), file.href(),
                        file.distribution().format(), file.size().isPresent() ? size(file.size().getAsLong()) : "集計中"))
                        .toList(), entry.dataset().licence() == licence ? "" : entry.dataset().licence().title(),
                entry.dataset().licence().url()))
                .toList(), licence.title(), licence.url());
    }

    /** 812 バイト, 12.3 KB, 4.5 MB: sizes as people read them (1 KB = 1,024 bytes). */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " バイト";
        }
        double value = bytes;
        String[] units = {"KB", "MB", "GB"};
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /**
     * One dataset: its CKAN name (the page's anchor), title, number of sheets and last publication date;
     * {@code ownLicenceTitle} is blank when it is under the catalog's licence, else its city's choice.
     */
    public record Row(String name, String title, long sheets, String modified, List<FileLink> files,
            String ownLicenceTitle, String licenceUrl) {
        public Row {
            files = List.copyOf(files);
        }
    }

    public record FileLink(String title, String href, String format, String size) {
    }
}
