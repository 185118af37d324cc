package org.hyoka.glossary;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of value a sheet field holds, with the one text form every table export writes and reads
 * back: the interchange value (what {@link FieldDescriptor#read} returns) to a cell and back unchanged.
 * An empty cell is "not stated" (null); a 0 is 0.
 */
public enum ValueType {
    TEXT("文字列", "String"),
    /** A list of texts, one entry a line (根拠法令等, 個別計画, 市長公約). */
    LINES("文字列（1行に1件）", "List<String>"),
    INTEGER("整数", "Integer"),
    /** A decimal kept with its printed scale: 1.50 stays 1.50. */
    DECIMAL("数値", "BigDecimal"),
    /** 千円 as an integer. */
    AMOUNT("金額（整数）", "Long"),
    /** A fiscal year as the Gregorian year in which it starts (令和6年度 = 2024). */
    YEAR("年度（西暦の開始年）", "Integer"),
    /** 有 or 無. */
    BOOLEAN("有無（有／無）", "Boolean"),
    /** One word of a fixed vocabulary, listed in {@link FieldDescriptor#choices()}. */
    CHOICE("選択肢", "String"),
    /** Digits that name something, kept as text so that leading zeros stay (082201). */
    CODE("コード", "String"),
    /** Whole numbers separated by commas (SDGs goals: 9,16,17). */
    INTEGER_LIST("整数の並び（カンマ区切り）", "List<Integer>");

    private final String label;
    private final String javaType;

    ValueType(String label, String javaType) {
        this.label = label;
        this.javaType = javaType;
    }

    /** The type as the data dictionary names it. */
    public String label() {
        return label;
    }

    /** The Java type that {@link FieldDescriptor#read} returns for this kind. */
    public String javaType() {
        return javaType;
    }

    /** The cell text of an interchange value; null (not stated) and an empty list are the empty cell. */
    public String format(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        return switch (this) {
            case LINES -> String.join("\n", strings(value));
            case INTEGER_LIST -> String.join(",", strings(value));
            case BOOLEAN -> ((Boolean) value) ? "有" : "無";
            case DECIMAL -> ((BigDecimal) value).toPlainString();
            default -> value.toString();
        };
    }

    /**
     * The interchange value of a cell, or the reason (Japanese, one sentence) it is not one. Digits may be
     * full-width and amounts may carry thousands separators, as clerks type them.
     */
    public Parsed parse(String cell, List<String> choices) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return new Parsed.Value(null);
        }
        try {
            return switch (this) {
                case TEXT -> new Parsed.Value(cell);
                case LINES -> {
                    List<String> lines = cell.lines().map(String::strip)
                            .filter(line -> !line.isEmpty()).toList();
                    yield new Parsed.Value(lines.isEmpty() ? null : lines);
                }
                case INTEGER, YEAR -> new Parsed.Value(Integer.valueOf(number(text)));
                case AMOUNT -> new Parsed.Value(Long.valueOf(number(text)));
                case DECIMAL -> new Parsed.Value(new BigDecimal(number(text)));
                case BOOLEAN -> text.equals("有") ? new Parsed.Value(Boolean.TRUE)
                        : text.equals("無") ? new Parsed.Value(Boolean.FALSE)
                        : new Parsed.Invalid("「有」か「無」で書いてください（値: " + text + "）");
                case CHOICE -> choices.contains(text) ? new Parsed.Value(text)
                        : new Parsed.Invalid("「" + text + "」は選択肢（" + String.join("、", choices) + "）にありません");
                case CODE -> text.chars().allMatch(Character::isLetterOrDigit) ? new Parsed.Value(text)
                        : new Parsed.Invalid("コードは英数字で書いてください（値: " + text + "）");
                case INTEGER_LIST -> {
                    List<Integer> numbers = new ArrayList<>();
                    for (String part : digits(text).split(",")) {
                        numbers.add(Integer.valueOf(part.strip()));
                    }
                    yield new Parsed.Value(numbers);
                }
            };
        } catch (NumberFormatException e) {
            return new Parsed.Invalid(switch (this) {
                case AMOUNT -> "千円単位の整数で書いてください（値: " + text + "）";
                case YEAR -> "西暦の年度（例: 2024）で書いてください（値: " + text + "）";
                case INTEGER_LIST -> "カンマで区切った整数で書いてください（例: 9,16）（値: " + text + "）";
                case DECIMAL -> "数値で書いてください（値: " + text + "）";
                default -> "整数で書いてください（値: " + text + "）";
            });
        }
    }

    /** The result of reading one cell. */
    public sealed interface Parsed {
        /** @param value the interchange value, null for an empty cell */
        record Value(@Nullable Object value) implements Parsed {
        }

        record Invalid(String reason) implements Parsed {
        }
    }

    private static String digits(String text) {
        // most cells are plain ASCII already: NFKC would only copy them
        return text.chars().allMatch(c -> c < 0x80) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    /** A number as typed: full-width digits, thousands separators (1,234) and a Unicode minus allowed. */
    private static String number(String text) {
        String ascii = digits(text).replace('−', '-');
        return ascii.indexOf(',') >= 0 && GROUPED.matcher(ascii).matches() ? ascii.replace(",", "") : ascii;
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }
}
