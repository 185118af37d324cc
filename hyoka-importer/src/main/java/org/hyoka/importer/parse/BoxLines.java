package org.hyoka.importer.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the blank line between two text boxes is missing (text copied from a PDF viewer, another
 * extractor), decides from the shapes of two adjacent lines whether the second continues the first's
 * box, as a reader of the printed form would: labels and rows of numbers are boxes of their own; a
 * line continues a box where the line before it filled the box's width (the form wrapped it), where
 * it starts with punctuation or a conjunction (the wrap fell before it), where it is the next entry
 * of a list the box began, or where two short titles in a row are both laws (根拠法令等 is one box).
 */
final class BoxLines {

    /** The widest boxes of the form (事業の概要, 目的, 成果 …) wrap at 47–48 full-width cells. */
    private static final double WIDE_BOX_FULL = 46.5;
    /**
     * A line this wide that does not end a phrase may have been wrapped early (the form breaks before
     * a word that would not fit): it was, where the next line ends the sentence or the bracket, or
     * is itself a full line.
     */
    private static final double WIDE_BOX_WRAPPED = 40;
    /** 根拠法令等 and 個別計画 wrap at 24 cells. */
    private static final double NARROW_BOX_MIN = ItemReader.FULL_FIELD_WIDTH;
    private static final double NARROW_BOX_MAX = 24.5;

    private static final Pattern CONTINUING_START = Pattern.compile("^([。、，,．）)」』]|また、|なお、|さらに|ただし、)");
    private static final Pattern LAW = Pattern.compile(".*(法|法律|条例|規則|規程|要綱|要領|ポリシー|基準|政令|省令)$");

    private BoxLines() {
    }

    /**
     * A text whose blank lines outnumber the line breaks inside its runs this many times over was
     * spaced by its extractor: every box ends in a blank line, and a run is one box (wrapped at
     * whatever width its cell has), except where a label or a row of numbers stands in it.
     */
    private static final int SPACED = 3;

    static boolean spaced(int blankLines, int breaksInRuns) {
        return blankLines >= SPACED * (long) breaksInRuns;
    }

    /**
     * Whether {@code line} (not indented, with no blank line before it) continues the box whose lines
     * so far are {@code box}. In a spaced text only labels and rows of numbers cut a run (a sheet
     * glued to the one before it); elsewhere the shapes of the lines decide.
     */
    static boolean continues(List<SourceLine> box, String line, boolean spaced) {
        String previous = box.get(box.size() - 1).text().strip();
        String next = line.strip();
        if (previous.isEmpty() || next.isEmpty()) {
            return false;
        }
        boolean previousLabel = Vocabulary.isLabel(previous);
        if (previousLabel != Vocabulary.isLabel(next) || isTabular(previous) || isTabular(next)) {
            return false;
        }
        if (spaced || previousLabel) {
            // labels of a spaced text stay as the extractor ran them; elsewhere each label is a box
            return spaced;
        }
        if (CONTINUING_START.matcher(next).lookingAt()) {
            return true;
        }
        if (Texts.LOGICAL_LINE_START.matcher(next).lookingAt()
                && (next.charAt(0) == '※' || Texts.LOGICAL_LINE_START.matcher(box.get(0).text().strip()).lookingAt())) {
            return true;
        }
        double width = Shapes.width(previous);
        boolean endsPhrase = endsPhrase(previous);
        if (width >= WIDE_BOX_FULL || (width >= WIDE_BOX_WRAPPED && !endsPhrase
                && (endsPhrase(next) || Shapes.width(next) >= WIDE_BOX_FULL))) {
            return true;
        }
        if (width >= NARROW_BOX_MIN && width <= NARROW_BOX_MAX && !endsPhrase && !endsPhrase(next)) {
            return true;
        }
        return box.size() == 1 && LAW.matcher(previous).matches() && LAW.matcher(next).matches();
    }

    /**
     * Indicator 1's name is drawn as one line right above its years (R01年度 … R06年度): a line so
     * placed that is no sentence is a box of its own, even when the line before it filled its box.
     */
    static boolean namesIndicatorAbove(String line, String next) {
        String stripped = line.strip();
        return !next.isBlank() && !stripped.isEmpty() && !stripped.endsWith("。")
                && Shapes.isYearHeader(Item.of(0, List.of(new SourceLine(0, next)), false));
    }

    private static boolean endsPhrase(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '。' || last == '）' || last == ')';
    }

    private static boolean isTabular(String line) {
        Item probe = Item.of(0, List.of(new SourceLine(0, line)), false);
        return Shapes.isNumberRow(probe) || Shapes.isYearHeader(probe) || Shapes.isYesNoRow(probe)
                || Shapes.isSingleYear(probe);
    }
}
