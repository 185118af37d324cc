package org.hyoka.excel;

/**
 * How much of a workbook is read at all. A form's workbook is about 20 KB zipped and 300 KB
 * inflated in a dozen parts; the limits leave room for long texts and for what Excel adds on saving
 * (themes, styles, printer settings), and stop a zip bomb before anything is inflated into memory.
 */
public record WorkbookLimits(long maxFileBytes, int maxEntries, long maxEntryBytes, long maxInflatedBytes,
        double maxRatio, long ratioGraceBytes, int maxSheets, int maxRows, int maxCells) {

    public static final WorkbookLimits STANDARD = new WorkbookLimits(
            10L * 1024 * 1024, 200, 16L * 1024 * 1024, 32L * 1024 * 1024, 100.0, 1024 * 1024, 10, 2_000, 30_000);
}
