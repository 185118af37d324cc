package org.hyoka.importer.pdf;

import java.time.Duration;

/**
 * What reading one PDF may cost: the only place these numbers are written. A published sheet PDF,
 * even a whole year's compilation of a city, stays far inside each of them (see HostilePdfsTest); a
 * file beyond any one is refused as too complex rather than read for minutes.
 *
 * @param pages          pages in the document
 * @param streamBytes    decoded size of any one stream (content, form, font, image)
 * @param decodedBytes   decoded bytes of all content and form streams the reader walks, each time it walks them
 * @param operators      content stream operators executed, forms included
 * @param pageOperators  the same on any one page: an attack on one page stops long before the total
 * @param xobjectVisits  form XObjects drawn, each drawing counted (fan-out grows this, not the depth)
 * @param pageXobjectVisits the same on any one page
 * @param wallClock      elapsed time for the whole file
 * @param cpuTime        processor time of the reading thread
 */
public record PdfLimits(int pages, long streamBytes, long decodedBytes, long operators, long pageOperators,
        int xobjectVisits, int pageXobjectVisits, Duration wallClock, Duration cpuTime) {

    /** Generous for honest files (a whole year of a city in one PDF), small enough to answer in seconds. */
    public static final PdfLimits STANDARD = new PdfLimits(3_000, 64L << 20, 256L << 20, 10_000_000, 500_000,
            10_000, 500, Duration.ofSeconds(20), Duration.ofSeconds(15));

    /** Which limit a file went beyond, in words for the command line and for the screen. */
    public enum Kind {
        PAGES("more than %,d pages", "ページ数が上限の%,dページを超えています"),
        STREAM_BYTES("a stream decodes to more than %,d bytes", "圧縮されたデータが展開すると%,dバイトを超えます"),
        DECODED_BYTES("more than %,d bytes of content to interpret", "描画内容が%,dバイトを超えます"),
        OPERATORS("more than %,d drawing operators", "描画命令が%,d個を超えます"),
        PAGE_OPERATORS("more than %,d drawing operators on one page", "1ページの描画命令が%,d個を超えます"),
        XOBJECT_VISITS("form XObjects drawn more than %,d times", "部品（フォームXObject）の描画が%,d回を超えます"),
        PAGE_XOBJECT_VISITS("form XObjects drawn more than %,d times on one page",
                "1ページの部品（フォームXObject）の描画が%,d回を超えます"),
        NESTING("objects nested too deeply", "オブジェクトの入れ子が深すぎます"),
        WALL_CLOCK("reading took more than %,d seconds", "読み取りに%,d秒以上かかりました"),
        CPU_TIME("reading used more than %,d seconds of processor time", "読み取りの処理時間が%,d秒を超えました");

        private final String english;
        private final String japanese;

        Kind(String english, String japanese) {
            this.english = english;
            this.japanese = japanese;
        }

        String english(long limit) {
            return String.format(english, limit);
        }

        String japanese(long limit) {
            return String.format(japanese, limit);
        }
    }

    /** The number that applies to {@code kind}, in the unit its words use. */
    public long limit(Kind kind) {
        return switch (kind) {
            case PAGES -> pages;
            case STREAM_BYTES -> streamBytes;
            case DECODED_BYTES -> decodedBytes;
            case OPERATORS -> operators;
            case PAGE_OPERATORS -> pageOperators;
            case XOBJECT_VISITS -> xobjectVisits;
            case PAGE_XOBJECT_VISITS -> pageXobjectVisits;
            case NESTING -> 0;
            case WALL_CLOCK -> wallClock.toSeconds();
            case CPU_TIME -> cpuTime.toSeconds();
        };
    }
}
