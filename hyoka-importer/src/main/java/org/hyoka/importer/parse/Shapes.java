package org.hyoka.importer.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyoka.sheet.FiscalYear;
import org.hyoka.sheet.IndicatorKind;

/**
 * The shapes a printed value can have, recognised from its text alone: rows of numbers, year
 * headers, a lone dash, a score, a sheet number. Which field a shape is depends on where it stands;
 * that is the parsers' business, not this class's.
 */
final class Shapes {

    /** The characters a cell prints for "no value". */
    private static final String DASHES = "-－―‐—ー";
    private static final Pattern WAREKI_YEAR = Pattern.compile(
            "(令和|平成|昭和|R|H|S)\\s*([0-9０-９]{1,2}|元)\\s*年度");
    private static final Pattern BUDGET_ACCOUNT = Pattern.compile("^([0-9０-９]{1,4}(?:[-－][0-9０-９]{1,8}){1,4})(?:\\s+(.*))?$");
    private static final Pattern SHEET_NUMBER = Pattern.compile("^[0-9０-９]{3,4}$");
    private static final Pattern SMALL_NUMBERS = Pattern.compile("^[0-9０-９]{1,2}(?:\\s+[0-9０-９]{1,2})*$");
    private static final Pattern SCORE = Pattern.compile("^[1-5１-５]$");
    private static final Pattern SDG = Pattern.compile("(?<![0-9])(0?[1-9]|1[0-7])(?=[^0-9\\s.,])");
    private static final Pattern SDG_LINE = Pattern.compile("^(0[1-9]|1[0-7])[^0-9\\s.,].*");
    private static final Pattern PLAN_CODE = Pattern.compile("^[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVX]+[-－‐][0-9０-９]+$");
    private static final Pattern PLAN_ROW = Pattern.compile(
            "^([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVX]+[-－‐][0-9０-９]+)\\s+([0-9０-９]{1,2})\\s+([0-9０-９]{1,2})(?:\\s+(.+))?$");

    private Shapes() {
    }

    /** Cells of a row: split at any run of whitespace, ideographic spaces included. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>(8);
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u3000';
            if (space && start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return tokens;
    }

    static boolean isDash(String text) {
        String stripped = text.length() == 1 ? text : text.strip();
        return stripped.length() == 1 && DASHES.indexOf(stripped.charAt(0)) >= 0;
    }

    /** Most items are prose; a first-character test spares them the digit-led patterns. */
    private static boolean startsWithDigit(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static boolean startsWithPlanCode(String text) {
        String stripped = text.strip();
        return !stripped.isEmpty() && "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩIVX".indexOf(stripped.charAt(0)) >= 0;
    }

    static boolean isNumber(String token) {
        if (token.isEmpty()) {
            return false;
        }
        // [-－]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)? by hand: asked of every cell of every row
        int i = token.charAt(0) == '-' || token.charAt(0) == '－' ? 1 : 0;
        if (i >= token.length() || !isDigit(token.charAt(i))) {
            return false;
        }
        while (i < token.length() && (isDigit(token.charAt(i)) || token.charAt(i) == ',' || token.charAt(i) == '，')) {
            i++;
        }
        if (i == token.length()) {
            return true;
        }
        if (token.charAt(i) != '.' && token.charAt(i) != '．' || i + 1 == token.length()) {
            return false;
        }
        for (i++; i < token.length(); i++) {
            if (!isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** A row of at least two cells, each a number or a dash, at least one a number. */
    static boolean isNumberRow(Item item) {
        String flat = item.flat();
        if (flat.isEmpty() || !(startsWithDigit(flat) || isDash(flat.substring(0, 1)))) {
            return false;
        }
        List<String> cells = tokens(item.flat());
        return cells.size() >= 2 && cells.stream().allMatch(c -> isNumber(c) || isDash(c))
                && cells.stream().anyMatch(Shapes::isNumber);
    }

    static int cellCount(Item item) {
        return tokens(item.flat()).size();
    }

    /** One number alone: a cell of the indicator grid on page 2. */
    static boolean isSingleNumber(Item item) {
        return item.lines().size() == 1 && isNumber(item.flat().strip());
    }

    /** 有/無 cells of 会計年度任用職員有無. */
    static boolean isYesNoRow(Item item) {
        String flat = item.flat();
        if (flat.isEmpty() || "有無-－―‐—ー".indexOf(flat.charAt(0)) < 0) {
            return false;
        }
        List<String> cells = tokens(item.flat());
        return !cells.isEmpty() && cells.stream().allMatch(c -> c.equals("有") || c.equals("無") || isDash(c))
                && cells.stream().anyMatch(c -> !isDash(c));
    }

    /** A row of at least two year headings (R01年度 … or 令和 4年度 …) and nothing else. */
    static boolean isYearHeader(Item item) {
        String flat = item.flat();
        if (flat.length() > 80) {
            return false;
        }
        return yearsIn(flat).size() >= 2 && WAREKI_YEAR.matcher(flat).replaceAll("").isBlank();
    }

    /** One year heading alone: 令和 6年度 at the top of page 1, or R01年度 over a page-2 grid column. */
    static boolean isSingleYear(Item item) {
        String flat = item.flat();
        if (flat.length() > 16) {
            return false;
        }
        return yearsIn(flat).size() == 1 && WAREKI_YEAR.matcher(flat).replaceAll("").isBlank();
    }

    static List<Integer> yearsIn(String text) {
        if (text.indexOf('度') < 0 || !text.contains("年度")) {
            return List.of();
        }
        List<Integer> years = new ArrayList<>();
        Matcher m = WAREKI_YEAR.matcher(text);
        while (m.find()) {
            FiscalYear.parseWareki(m.group()).ifPresent(y -> years.add(y.startYear()));
        }
        return years;
    }

    static Optional<String[]> budgetAccount(Item item) {
        if (!startsWithDigit(item.flat())) {
            return Optional.empty();
        }
        Matcher m = BUDGET_ACCOUNT.matcher(item.flat());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new String[] {m.group(1), m.group(2) == null ? "" : m.group(2).strip()});
    }

    static boolean isSheetNumber(Item item) {
        return startsWithDigit(item.flat()) && SHEET_NUMBER.matcher(item.flat()).matches();
    }

    static boolean isSmallNumbers(Item item) {
        return startsWithDigit(item.flat()) && SMALL_NUMBERS.matcher(item.flat()).matches();
    }

    static boolean isScore(Item item) {
        return item.flat().length() <= 1 && (SCORE.matcher(item.flat()).matches() || isDash(item.flat()));
    }

    static boolean isSdgLine(Item item) {
        return startsWithDigit(item.flat()) && SDG_LINE.matcher(item.flat()).matches();
    }

    /** Goal numbers of lines like 09産業と技術革新の基盤をつくろう, in printed order. */
    static List<Integer> sdgGoals(Item item) {
        List<Integer> goals = new ArrayList<>();
        for (String line : item.strippedLines()) {
            Matcher m = SDG.matcher(line);
            if (m.lookingAt()) {
                goals.add(Integer.parseInt(m.group(1)));
            }
        }
        return goals;
    }

    static boolean isPlanCode(String text) {
        return startsWithPlanCode(text) && PLAN_CODE.matcher(text.strip()).matches();
    }

    static Optional<Matcher> planRow(String text) {
        if (!startsWithPlanCode(text)) {
            return Optional.empty();
        }
        Matcher m = PLAN_ROW.matcher(text.strip());
        return m.matches() ? Optional.of(m) : Optional.empty();
    }

    /** An indicator kind, possibly followed on the same line by the unit printed next to it. */
    static Optional<IndicatorKind> kindPrefix(String text) {
        String stripped = text.strip();
        for (IndicatorKind kind : IndicatorKind.values()) {
            if (stripped.startsWith(kind.printed())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    static boolean isKind(Item item) {
        return item.lines().size() == 1 && kindPrefix(item.flat()).isPresent();
    }

    /** Numbers as printed: thousands separators and full-width digits allowed; a dash is no value. */
    static Optional<BigDecimal> number(String token) {
        if (!isNumber(token)) {
            return Optional.empty();
        }
        StringBuilder ascii = new StringBuilder(token.length());
        for (char c : token.toCharArray()) {
            if (c >= '０' && c <= '９') {
                ascii.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                ascii.append('.');
            } else if (c == '－') {
                ascii.append('-');
            } else if (c != ',' && c != '，') {
                ascii.append(c);
            }
        }
        return Optional.of(new BigDecimal(ascii.toString()));
    }

    /** Cells of a row, a dash or anything not a number being no value. */
    static List<Optional<BigDecimal>> numbers(Item item) {
        return tokens(item.flat()).stream().map(Shapes::number).toList();
    }

    /**
     * Printed width in full-width character cells: ASCII and half-width kana take half a cell. A
     * line that fills its field was wrapped by the form, so the next line continues it.
     */
    static double width(String line) {
        double width = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            width += (c < 0x7F || (c >= 0xFF61 && c <= 0xFF9F)) ? 0.5 : 1;
        }
        return width;
    }
}
