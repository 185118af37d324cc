package org.hyoka.excel;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The form's cell styles, made once per workbook (Excel caps a workbook at 64,000 styles).
 * Input cells are unlocked, everything else stays locked under the sheet's protection. A decimal's
 * number format carries its scale (0.0, 0.00), which is how the reader gives 280.0 back as 280.0.
 */
final class Styles {

    /** Japanese Gothic with equal-width kana and kanji, so that row heights can be estimated. */
    static final String FONT = "BIZ UDゴシック";
    static final short FONT_POINTS = 9;

    private final XSSFWorkbook workbook;
    private final Font regular;
    private final Font bold;
    private final Font heading;
    final CellStyle title;
    final CellStyle section;
    final CellStyle label;
    final CellStyle centeredLabel;
    final CellStyle text;
    final CellStyle choice;
    final CellStyle note;
    private final Map<String, CellStyle> numbers = new HashMap<>();

    Styles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        regular = font(false, FONT_POINTS);
        bold = font(true, FONT_POINTS);
        heading = font(true, (short) 14);
        title = base(heading, true, HorizontalAlignment.LEFT, false);
        title.setBorderBottom(BorderStyle.NONE);
        title.setBorderTop(BorderStyle.NONE);
        title.setBorderLeft(BorderStyle.NONE);
        title.setBorderRight(BorderStyle.NONE);
        section = filled(base(bold, true, HorizontalAlignment.LEFT, false), IndexedColors.GREY_40_PERCENT);
        label = filled(base(regular, true, HorizontalAlignment.LEFT, true), IndexedColors.GREY_25_PERCENT);
        centeredLabel = filled(base(regular, true, HorizontalAlignment.CENTER, true), IndexedColors.GREY_25_PERCENT);
        text = base(regular, false, HorizontalAlignment.LEFT, true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        // "@": what a person types stays text (088 stays 088, not the number 88)
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        choice = base(regular, false, HorizontalAlignment.CENTER, true);
        choice.setDataFormat(workbook.createDataFormat().getFormat("@"));
        note = base(regular, true, HorizontalAlignment.LEFT, true);
    }

    /** An input number of the given scale: unlocked, right-aligned, with separators. */
    CellStyle input(int scale) {
        return numbers.computeIfAbsent("input" + scale, k -> number(scale, false, null));
    }

    /** A computed number: locked, tinted so that a person sees it is worked out, not typed. */
    CellStyle formula(int scale) {
        return numbers.computeIfAbsent("formula" + scale, k -> number(scale, true, IndexedColors.LIGHT_TURQUOISE));
    }

    /** A printed number that disagrees with the form's formula: kept as printed, editable, tinted apart. */
    CellStyle printedOverride(int scale) {
        return numbers.computeIfAbsent("printed" + scale, k -> number(scale, false, IndexedColors.LIGHT_YELLOW));
    }

    /** A locked number that feeds the formulas (the year's unit costs). */
    CellStyle constant(int scale) {
        return numbers.computeIfAbsent("constant" + scale, k -> number(scale, true, IndexedColors.GREY_25_PERCENT));
    }

    /** Scale -1 is a year (2024, no separator); 0 an amount (1,234); more a decimal (1.00). */
    static String numberFormat(int scale) {
        if (scale < 0) {
            return "0";
        }
        return scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale);
    }

    private CellStyle number(int scale, boolean locked, IndexedColors fill) {
        CellStyle style = base(regular, locked, HorizontalAlignment.RIGHT, true);
        style.setDataFormat(workbook.createDataFormat().getFormat(numberFormat(scale)));
        style.setWrapText(false);
        return fill == null ? style : filled(style, fill);
    }

    private CellStyle base(Font font, boolean locked, HorizontalAlignment alignment, boolean borders) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setLocked(locked);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        if (borders) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }

    private static CellStyle filled(CellStyle style, IndexedColors color) {
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private Font font(boolean isBold, short points) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints(points);
        font.setBold(isBold);
        return font;
    }
}
