package org.hyoka.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hyoka.arithmetic.Finding;
import org.hyoka.glossary.Field;
import org.hyoka.glossary.FieldGroup;
import org.hyoka.glossary.SheetPaths;
import org.hyoka.sheet.Sheet;

/**
 * {@link QualityRule#COPIED_TEXT}: the same prose in the same field of two sheets of one municipality and
 * year. Texts are grouped by a key in one pass, so the cost grows with the number of texts, not of pairs.
 */
final class CopiedTexts {

    /** Shorter texts (特になし。, 継続して実施する。) are naturally shared and not worth a warning. */
    static final int MIN_CHARACTERS = 20;

    /**
     * The fields in which a sheet says in its own words what its project is, did and will do. Not the score
     * comments: stock phrases from the rubric are a rule of their own.
     */
    static final Set<Field> PROSE = Set.of(Field.PURPOSE, Field.ACTIVITIES, Field.OVERVIEW, Field.MEANS_PREVIOUS_YEAR,
            Field.MEANS_CURRENT_YEAR, Field.RESULT, Field.RESPONSE_TO_PREVIOUS_ISSUES, Field.OUTCOMES,
            Field.CHALLENGES_OPERATIONS, Field.CHALLENGES_ORGANIZATION_AND_BUDGET, Field.IMPROVEMENT_GOAL,
            Field.IMPROVEMENT_ISSUES, Field.DIRECTION_REASON, Field.MANAGER_SUMMARY);

    /** At most this many other sheets are named in one finding; the rest are counted. */
    private static final int NAMED = 3;

    private record Key(String municipality, int fiscalYear, Field field, String text) {
    }

    private record Place(int index, String path) {
    }

    private CopiedTexts() {
    }

    /** The findings of each sheet, by its index in {@code sheets}. */
    static Map<Integer, List<Finding>> findings(List<Sheet> sheets) {
        Map<Key, List<Place>> places = new LinkedHashMap<>();
        for (int i = 0; i < sheets.size(); i++) {
            Sheet sheet = sheets.get(i);
            int index = i;
            SheetPaths.visit(sheet, (path, field, value, year, slot) -> {
                if (field.group() == FieldGroup.SHEET && PROSE.contains(field.field()) && value instanceof String text) {
                    String normalized = withoutWhitespace(text);
                    if (normalized.length() >= MIN_CHARACTERS) {
                        places.computeIfAbsent(new Key(municipality(sheet), sheet.fiscalYear().startYear(), field.field(),
                                normalized), k -> new ArrayList<>()).add(new Place(index, path));
                    }
                }
            });
        }
        Map<Integer, List<Finding>> findings = new HashMap<>();
        for (Map.Entry<Key, List<Place>> entry : places.entrySet()) {
            List<Place> same = entry.getValue();
            if (same.size() < 2) {
                continue;
            }
            for (Place place : same) {
                List<Place> others = same.stream().filter(p -> p.index() != place.index()).toList();
                findings.computeIfAbsent(place.index(), k -> new ArrayList<>())
                        .add(finding(sheets, place, others, entry.getKey().field()));
            }
        }
        return findings;
    }

    private static Finding finding(List<Sheet> sheets, Place place, List<Place> others, Field field) {
        Sheet sheet = sheets.get(place.index());
        StringBuilder named = new StringBuilder();
        for (Place other : others.subList(0, Math.min(NAMED, others.size()))) {
            named.append(named.isEmpty() ? "" : "、").append(SheetQuality.name(other.index(), sheets.get(other.index())));
        }
        if (others.size() > NAMED) {
            named.append(" ほか").append(others.size() - NAMED).append("件");
        }
        // 業務 alone does not say where on the sheet: 課題（業務）, 方向性（理由）
        int dot = field.path().indexOf('.');
        String own = SheetPaths.label(sheet.form(), place.path());
        String label = dot < 0 ? own : Field.byPath(field.path().substring(0, dot))
                .map(parent -> parent.label() + "（" + own + "）").orElse(own);
        return QualityRule.COPIED_TEXT.finding(field, null, null, null, null,
                label + "が" + named + "と同じ文です");
    }

    private static String municipality(Sheet sheet) {
        if (sheet.municipality() == null) {
            return "";
        }
        if (sheet.municipality().code() != null) {
            return sheet.municipality().code().value();
        }
        String name = sheet.municipality().name();
        return name == null ? "" : name;
    }

    /** Line breaks and spaces differ with the width a text was printed in; the words do not. */
    static String withoutWhitespace(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
