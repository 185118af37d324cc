package org.hyoka.tables.profile;

import java.util.List;
import java.util.Map;

import org.hyoka.sheet.SheetForm;
import org.jspecify.annotations.Nullable;

/**
 * How one kind of table maps to the sheet's fields: the file format of docs/profiles.md, read by
 * {@link TableProfiles#load}. Columns are named by their header text as printed; the reader compares
 * them normalised (NFKC, without spaces and line breaks), so {@code 事業費計  （A）} is {@code 事業費計(A)}.
 * Field names are the interchange paths of {@link org.hyoka.glossary.SheetFields} within their group.
 *
 * @param name the profile's name as a command line and the import page give it (taisho-ito-kekka)
 * @param version the profile's own version ("profileVersion"), raised when its mapping changes
 * @param title a short Japanese title for the import page
 * @param description what table the profile reads, in Japanese
 * @param kind whether the profile maps columns itself or is Hyoka's own flat table
 * @param form the form of the sheets it makes
 * @param worksheet the worksheet of a workbook to read (null: the first)
 * @param headerRow the row of the headers, from 1 (rows above it are ignored: 大船渡市's filler row)
 * @param firstDataRow the first row of data, from 1
 * @param amountUnit 千円 or 円: amounts in 円 are divided by 1000 where exact, refused where not
 * @param notStated cell texts that mean "not stated" (「-」)
 * @param fields sheet-level fields, each from one column or several joined
 * @param budgetAccounts 予算科目 split into columns and joined into codes, or null
 * @param flags columns that name a plan with a mark (○), appended to a list field
 * @param yearBlocks repeated blocks of cost and indicator columns, one per fiscal year, or null
 * @param indicators each indicator's name, unit, kind and symbol columns
 * @param assessmentItems named assessment items, each a verdict column and a comment column
 * @param extraTexts labelled texts the core does not name (so that nothing printed is dropped)
 * @param personal columns that hold personal data: never read
 * @param ignored columns that are not data (a row number), each with the reason, reported as a note
 */
public record TableProfile(
        String name,
        int version,
        String title,
        String description,
        Kind kind,
        SheetForm form,
        @Nullable String worksheet,
        int headerRow,
        int firstDataRow,
        AmountUnit amountUnit,
        List<String> notStated,
        List<FieldColumns> fields,
        @Nullable BudgetAccounts budgetAccounts,
        List<Flag> flags,
        @Nullable YearBlocks yearBlocks,
        List<IndicatorColumns> indicators,
        List<AssessmentColumns> assessmentItems,
        List<ExtraTextColumns> extraTexts,
        List<PersonalColumn> personal,
        List<IgnoredColumn> ignored) {

    /** The version of the profile format this reader understands. */
    public static final int FORMAT_VERSION = 1;

    public TableProfile {
        notStated = List.copyOf(notStated);
        fields = List.copyOf(fields);
        flags = List.copyOf(flags);
        indicators = List.copyOf(indicators);
        assessmentItems = List.copyOf(assessmentItems);
        extraTexts = List.copyOf(extraTexts);
        personal = List.copyOf(personal);
        ignored = List.copyOf(ignored);
    }

    public enum Kind {
        /** The profile maps the table's columns itself. */
        COLUMNS,
        /** Hyoka's own flat table ({@link org.hyoka.tables.FlatTables#read}). */
        HYOKA_FLAT
    }

    public enum AmountUnit {
        THOUSAND_YEN("千円"),
        YEN("円");

        private final String printed;

        AmountUnit(String printed) {
            this.printed = printed;
        }

        public String printed() {
            return printed;
        }
    }

    /** How a year cell is written: as the Gregorian year, or as a year of 令和 when it has no era (7 → 2025). */
    public enum YearEra {
        GREGORIAN,
        REIWA
    }

    /**
     * One sheet-level field from one column, or from several joined with {@code join} (政策番号 十の位 + 一の位 → 04).
     *
     * @param split a pattern with named groups that splits the joined text into several fields, or null
     * @param vocabulary printed text → value (after {@code stripNumber})
     * @param stripNumber whether a leading number is removed (１　現状維持 → 現状維持)
     * @param era how a year field is written
     * @param optional whether the table may lack the column
     */
    public record FieldColumns(@Nullable String field, List<String> columns, String join, @Nullable Split split,
            Map<String, String> vocabulary, boolean stripNumber, YearEra era, boolean optional) {
        public FieldColumns {
            columns = List.copyOf(columns);
            vocabulary = Map.copyOf(vocabulary);
        }
    }

    /**
     * @param pattern a regular expression with named groups, matched against the whole text
     * @param groups group name → field
     * @param otherwise the field that takes the whole text when the pattern does not match
     */
    public record Split(String pattern, Map<String, String> groups, String otherwise) {
        public Split {
            groups = Map.copyOf(groups);
        }
    }

    /**
     * 予算科目 in columns (会計, 款, 項, 目, 事業) joined with {@code join}; a cell holding several lines holds
     * several accounts: the first goes to {@code budgetAccount.code}, the rest to additionalBudgetAccounts.
     */
    public record BudgetAccounts(List<String> columns, String join) {
        public BudgetAccounts {
            columns = List.copyOf(columns);
        }
    }

    /** A column that marks (○) that the project belongs to a plan: {@code value} is appended to {@code field}. */
    public record Flag(String column, List<String> marks, String field, String value) {
        public Flag {
            marks = List.copyOf(marks);
        }
    }

    /**
     * Blocks of columns with the same headers, one per fiscal year, in the table's order.
     *
     * @param offsets each block's fiscal year relative to the sheet's (−1: the year before)
     * @param values per block, whether its indicator values are actuals or targets
     * @param assumption why the blocks are these years (Japanese), reported with every read
     * @param columns the headers of one block
     */
    public record YearBlocks(List<Integer> offsets, List<ValueKind> values, String assumption, List<BlockColumn> columns) {
        public YearBlocks {
            offsets = List.copyOf(offsets);
            values = List.copyOf(values);
            columns = List.copyOf(columns);
        }
    }

    public enum ValueKind {
        ACTUAL,
        TARGET
    }

    /** A column of a year block: a cost field ({@code costs[].…}) or the value of an indicator (by its id). */
    public record BlockColumn(String header, @Nullable String cost, @Nullable String indicator) {
    }

    /**
     * @param id how the year blocks name it (its symbol, ア)
     * @param symbol the symbol the form prints, or null
     * @param kind 活動指標, 対象指標, 成果指標, 参考指標, or null
     * @param name the header of its name column; an empty name means no indicator
     * @param unit the header of its unit column, or null
     */
    public record IndicatorColumns(String id, @Nullable String symbol, @Nullable String kind, String name,
            @Nullable String unit) {
    }

    /** A named assessment item: its name (from the profile; the question header is not data), verdict and comment columns. */
    public record AssessmentColumns(String name, @Nullable String verdict, @Nullable String comment) {
    }

    /**
     * A labelled text from one column or several; {@code format} places them ({0}, {1} …), else they are joined
     * with a line break.
     */
    public record ExtraTextColumns(String label, List<String> columns, @Nullable String format) {
        public ExtraTextColumns {
            columns = List.copyOf(columns);
        }
    }

    /** @param reason what the column holds (職員の氏名, 電話番号) */
    public record PersonalColumn(String column, String reason) {
    }

    public record IgnoredColumn(String column, String reason) {
    }
}
