package org.hyoka.importer.parse;

import static org.hyoka.glossary.Field.*;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hyoka.glossary.Field;

/**
 * The label strings printed on the two pages of the 事務事業マネジメントシート. Where a printed label
 * is a field's label it comes from the glossary; the rest are pieces of the form's frame (cut
 * labels, units, bracket halves) that the text layer carries as separate runs. Labels are compared
 * with all whitespace removed, since the form pads some with ideographic spaces.
 */
final class Vocabulary {

    /** The title printed on page 1: one per sheet, so it marks where a sheet is. */
    static final String SHEET_TITLE = "事務事業マネジメントシート";

    static final Set<String> FIRST_PAGE_LABELS = squeezed(Stream.concat(
            Stream.of(TITLE, BUDGET_ACCOUNT, SECTION, ORGANIZATION, CONTINUITY, DELIVERY_MODEL, CATEGORY,
                    LEGAL_BASIS, INDIVIDUAL_PLANS, STRATEGIC_PLAN, MAYOR_PLEDGES, SDGS, TARGET_GROUP, PURPOSE,
                    INDICATORS, INDICATOR_NAME, INDICATOR_TARGET, INDICATOR_ACTUAL, PERIOD, COSTS,
                    CITIZEN_PARTICIPATION, BUDGET, SETTLEMENT, GENERAL_FUND, NATIONAL_PREFECTURAL_BONDS,
                    OTHER_FUNDS, PERSONNEL_COST, STAFF_FTE, STAFF_OVERTIME_HOURS, FISCAL_YEAR_STAFF,
                    PARTICIPATION_SHARING, PARTICIPATION_PLANNING, PARTICIPATION_IMPLEMENTATION,
                    PARTICIPATION_EVALUATION).map(Field::label),
            Stream.of(SHEET_TITLE, "事業の概要", "(取組内容)", "事業の基本情報", "概要", "指標の", "１", "（ ）",
                    "項目", "(千円)", "(人)", "(時間)", "(－)", "事", "業", "費 内", "訳", "件", "人", "費", "内")));

    static final Set<String> SECOND_PAGE_LABELS = squeezed(Stream.concat(
            Stream.of(DIRECTION, DIRECTION_REASON, INDICATOR_NAME, INDICATOR_TARGET, INDICATOR_ACTUAL, REVIEW,
                    PROGRESS, ASSESSMENT, OUTCOMES, CITIZEN_NEEDS, MUNICIPAL_INVOLVEMENT, PRIORITY,
                    IMPROVEMENT_GOAL, CHALLENGES_OPERATIONS).map(Field::label),
            Stream.of("２", "３", "４", "５", "指標の", "概要", "（", "）", "前年度の課", "題への対応", "組織、", "予算等",
                    "課", "題")));

    private Vocabulary() {
    }

    /** A label, or a label the form breaks over lines (指標の / 概要): every line of it a label. */
    static boolean isFirstPageLabel(String text) {
        return isIn(FIRST_PAGE_LABELS, text);
    }

    static boolean isSecondPageLabel(String text) {
        return isIn(SECOND_PAGE_LABELS, text);
    }

    /** Longer texts are never labels; most values are, so this spares squeezing them. */
    private static final int LONGEST_LABEL = 24;

    /** The first characters of all labels: most values start otherwise and need no look-up. */
    private static final boolean[] LABEL_START = new boolean[Character.MAX_VALUE + 1];

    static {
        Stream.concat(FIRST_PAGE_LABELS.stream(), SECOND_PAGE_LABELS.stream())
                .forEach(label -> LABEL_START[label.charAt(0)] = true);
    }

    private static boolean isIn(Set<String> labels, String text) {
        if (text.length() > LONGEST_LABEL * 2 || !startsLikeALabel(text)) {
            return false;
        }
        if (labels.contains(hasSpace(text) ? squeeze(text) : text)) {
            return true;
        }
        if (text.indexOf('\n') < 0) {
            return false;
        }
        for (String line : text.split("\n")) {
            if (!labels.contains(squeeze(line))) {
                return false;
            }
        }
        return true;
    }

    static boolean isLabel(String text) {
        return isFirstPageLabel(text) || isSecondPageLabel(text);
    }

    static boolean isSheetTitle(String text) {
        return text.length() <= LONGEST_LABEL * 2 && equalsIgnoringSpaces(text, SHEET_TITLE);
    }

    /** squeeze(text).equals(target) without building the squeezed string: asked of every item. */
    private static boolean equalsIgnoringSpaces(String text, String target) {
        int t = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
                continue;
            }
            if (t >= target.length() || target.charAt(t++) != c) {
                return false;
            }
        }
        return t == target.length();
    }

    private static boolean startsLikeALabel(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
                return LABEL_START[c];
            }
        }
        return false;
    }

    private static boolean hasSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
                return true;
            }
        }
        return false;
    }

    /** All whitespace removed, ideographic spaces included. */
    static String squeeze(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Set<String> squeezed(Stream<String> labels) {
        return labels.map(Vocabulary::squeeze).collect(Collectors.toUnmodifiableSet());
    }
}
