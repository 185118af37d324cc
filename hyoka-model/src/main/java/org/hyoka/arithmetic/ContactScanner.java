package org.hyoka.arithmetic;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds what looks like a person's contact in a free text: Japanese telephone numbers and e-mail
 * addresses, in ASCII or full-width. A hand-written scanner rather than regular expressions, so that
 * it is linear by construction: every character is looked at a bounded number of times (a digit run
 * once, an e-mail's characters once from each of the two {@code @} around them), whatever the text.
 *
 * <p>What is a telephone number: a run of digits and separators (hyphens, brackets) whose digit groups
 * have a telephone's shape — a leading 0, 10 or 11 digits, one to three groups with the last of four
 * digits (three after 0120, 0800, 0570: フリーダイヤル, ナビダイヤル) — or 内線 followed by digits. Not a
 * telephone number, because the shape excludes it: fiscal years and dates (2024-04-01, R6.4.1),
 * amounts (1,234,567; a run touching a decimal point or a thousands comma is part of a number),
 * budget codes (01-020108-15), law numbers, and postal codes (〒305-8555: seven digits; a 代表 postal
 * address is an office's, never a person's, so it is not reported). A URL (http://, https://, www.)
 * is skipped whole for telephone numbers; an address with {@code @} is reported as an e-mail.
 */
public final class ContactScanner {

    /** What was found and where ({@code start} inclusive, {@code end} exclusive), as printed. */
    public record Hit(Kind kind, int start, int end, String text) {
    }

    public enum Kind {
        TELEPHONE("電話番号"), EXTENSION("内線番号"), EMAIL("メールアドレス");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The Japanese name a report uses. */
        public String label() {
            return label;
        }
    }

    private static final String EXTENSION_WORD = "内線";

    private ContactScanner() {
    }

    /** Every hit, in text order. */
    public static List<Hit> scan(String text) {
        List<Hit> hits = new ArrayList<>();
        scanTelephones(text, hits);
        scanEmails(text, hits);
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(hits);
    }

    private static void scanTelephones(String text, List<Hit> hits) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (startsUrl(text, i)) {
                i = skipUrl(text, i);
            } else if (text.startsWith(EXTENSION_WORD, i)) {
                i = extension(text, i, hits);
            } else if (digit(text.charAt(i)) >= 0 || open(text.charAt(i))) {
                int end = i;
                while (end < n && (digit(text.charAt(end)) >= 0 || separator(text.charAt(end)))) {
                    end++;
                }
                telephone(text, i, end, hits);
                i = Math.max(end, i + 1);
            } else {
                i++;
            }
        }
    }

    /** 内線1234, 内線：１２３４, 内線番号 12: two to five digits after the word. */
    private static int extension(String text, int start, List<Hit> hits) {
        int i = start + EXTENSION_WORD.length();
        if (text.startsWith("番号", i)) {
            i += 2;
        }
        while (i < text.length() && i - start < 8 && " 　:：".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        int digitsStart = i;
        while (i < text.length() && digit(text.charAt(i)) >= 0) {
            i++;
        }
        int digits = i - digitsStart;
        if (digits >= 2 && digits <= 5) {
            hits.add(new Hit(Kind.EXTENSION, start, i, text.substring(start, i)));
            return i;
        }
        return Math.max(digitsStart, start + 1);
    }

    /** A run of digits and separators: a telephone number if its groups have the shape. */
    private static void telephone(String text, int runStart, int runEnd, List<Hit> hits) {
        int start = runStart;
        int end = runEnd;
        while (start < end && separator(text.charAt(start))) {
            start++;
        }
        while (end > start && separator(text.charAt(end - 1))) {
            end--;
        }
        if (start == end || partOfNumber(text, start, end) || placeholder(text, start, end)) {
            return;
        }
        StringBuilder first = new StringBuilder();
        int[] lengths = new int[3];
        int groups = 0;
        int digits = 0;
        int i = start;
        while (i < end) {
            if (groups == 3) {
                return; // four groups or more: a code, not a telephone number
            }
            int groupStart = i;
            while (i < end && digit(text.charAt(i)) >= 0) {
                if (groups == 0) {
                    first.append((char) ('0' + digit(text.charAt(i))));
                }
                i++;
            }
            lengths[groups++] = i - groupStart;
            digits += i - groupStart;
            int separators = 0;
            while (i < end && separator(text.charAt(i))) {
                separators++;
                i++;
            }
            if (separators > 2) {
                return;
            }
        }
        if (hasTelephoneShape(first.toString(), lengths, groups, digits)) {
            hits.add(new Hit(Kind.TELEPHONE, start, end, text.substring(start, end)));
        }
    }

    private static boolean hasTelephoneShape(String first, int[] lengths, int groups, int digits) {
        if (first.isEmpty() || first.charAt(0) != '0' || digits < 10 || digits > 11) {
            return false;
        }
        if (groups == 1) {
            return true;
        }
        if (lengths[0] > 5 || lengths[0] < 2) {
            return false;
        }
        if (groups == 2) {
            return lengths[1] >= 4;
        }
        boolean freeDial = first.equals("0120") || first.equals("0800") || first.equals("0570");
        return lengths[1] >= 1 && lengths[1] <= 4 && (lengths[2] == 4 || (freeDial && lengths[2] == 3));
    }

    /** 〇〇〇〇…: the circles of a form's placeholder (〇〇課), not zeros, when no other digit is among them. */
    private static boolean placeholder(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (digit(text.charAt(i)) >= 0 && text.charAt(i) != '〇') {
                return false;
            }
        }
        return true;
    }

    /** 0.0298831111 or 1,0298831111: the digits continue a decimal or a grouped amount. */
    private static boolean partOfNumber(String text, int start, int end) {
        boolean before = start >= 2 && numberMark(text.charAt(start - 1)) && digit(text.charAt(start - 2)) >= 0;
        boolean after = end + 1 < text.length() && numberMark(text.charAt(end)) && digit(text.charAt(end + 1)) >= 0;
        return before || after;
    }

    private static void scanEmails(String text, List<Hit> hits) {
        int n = text.length();
        for (int at = 0; at < n; at++) {
            char c = text.charAt(at);
            if (c != '@' && c != '＠') {
                continue;
            }
            int start = at;
            while (start > 0 && localPart(text.charAt(start - 1))) {
                start--;
            }
            int end = at + 1;
            int lastDot = -1;
            while (end < n && domain(text.charAt(end))) {
                if (dot(text.charAt(end))) {
                    lastDot = end;
                }
                end++;
            }
            while (end > at + 1 && (dot(text.charAt(end - 1)) || hyphen(text.charAt(end - 1)))) {
                end--; // a sentence's full stop after the address
            }
            lastDot = lastDot >= end ? lastIndexOfDot(text, at + 1, end) : lastDot;
            boolean local = start < at && !dot(text.charAt(start));
            boolean domain = lastDot > at + 1 && end - lastDot > 2 && letters(text, lastDot + 1, end);
            if (local && domain) {
                hits.add(new Hit(Kind.EMAIL, start, end, text.substring(start, end)));
            }
        }
    }

    private static int lastIndexOfDot(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (dot(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean letters(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = fold(text.charAt(i));
            if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsUrl(String text, int i) {
        return text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i);
    }

    private static int skipUrl(String text, int i) {
        int end = i;
        while (end < text.length() && text.charAt(end) > ' ' && text.charAt(end) < 0x7f) {
            end++;
        }
        return end;
    }

    /** The value of a digit (ASCII, full-width, 〇 as zero), or -1. */
    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return c == '〇' ? 0 : -1;
    }

    private static boolean separator(char c) {
        return hyphen(c) || open(c) || c == ')' || c == '）';
    }

    private static boolean open(char c) {
        return c == '(' || c == '（';
    }

    private static boolean hyphen(char c) {
        return "-‐‑‒–—−－ーｰ".indexOf(c) >= 0;
    }

    private static boolean numberMark(char c) {
        return c == '.' || c == ',' || c == '．' || c == '，';
    }

    private static boolean dot(char c) {
        return c == '.' || c == '．';
    }

    private static boolean localPart(char c) {
        char a = fold(c);
        return asciiAlnum(a) || "._%+-".indexOf(a) >= 0;
    }

    private static boolean domain(char c) {
        char a = fold(c);
        return asciiAlnum(a) || a == '.' || a == '-';
    }

    private static boolean asciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Full-width ASCII (Ａ, ０, ．, －) as its ASCII letter. */
    private static char fold(char c) {
        return c >= '！' && c <= '～' ? (char) (c - '！' + '!') : c;
    }
}
