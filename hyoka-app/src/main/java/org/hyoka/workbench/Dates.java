package org.hyoka.workbench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.hyoka.sheet.FiscalYear;
import org.jspecify.annotations.Nullable;

/** Times as Japanese offices read them: Japan time, 和暦 for fiscal years. */
public final class Dates {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(JAPAN);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(JAPAN);

    private Dates() {
    }

    public static String minute(Instant at) {
        return MINUTE.format(at);
    }

    public static String second(Instant at) {
        return SECOND.format(at);
    }

    /** 2025-06-30（月）. */
    public static String day(@Nullable LocalDate date) {
        if (date == null) {
            return "未設定";
        }
        String[] weekdays = {"月", "火", "水", "木", "金", "土", "日"};
        return date + "（" + weekdays[date.getDayOfWeek().getValue() - 1] + "）";
    }

    public static String fiscalYear(int year) {
        return FiscalYear.of(year).toWareki() + "（" + year + "）";
    }

    public static LocalDate today() {
        return LocalDate.now(JAPAN);
    }
}
