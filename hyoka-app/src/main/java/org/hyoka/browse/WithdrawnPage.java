package org.hyoka.browse;

import java.time.format.DateTimeFormatter;

import org.hyoka.sheets.WithdrawnSheet;

/** The 410 page of a withdrawn sheet: which sheet it was, when and why the office withdrew it. */
public record WithdrawnPage(WithdrawnSheet sheet) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年M月d日");

    public String title() {
        return sheet.title();
    }

    /** 松本市 令和6年度, or the year alone for a sheet without a municipality. */
    public String yearAndCity() {
        String city = sheet.municipalityName() == null ? "" : sheet.municipalityName() + " ";
        return city + Format.wareki(sheet.fiscalYear());
    }

    public String date() {
        return DAY.format(sheet.withdrawnOn());
    }

    public String isoDate() {
        return sheet.withdrawnOn().toString();
    }

    public String reason() {
        return sheet.reason();
    }
}
