package org.hyoka.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hyoka.arithmetic.AchievementClass;
import org.hyoka.sheet.FiscalYear;
import org.hyoka.sheet.IndicatorKind;
import org.jspecify.annotations.Nullable;

/** One filter of the list as a select: its values under the other filters, each with its count. */
public record FilterView(String name, String label, List<Option> options) {

    /** @param count sheets with this value, or {@link #UNCOUNTED} for a filter that has no facet counts */
    public record Option(String value, String label, long count, boolean selected) {

        public boolean counted() {
            return count != UNCOUNTED;
        }
    }

    static final long UNCOUNTED = -1;

    public FilterView {
        options = List.copyOf(options);
    }

    static FilterView of(String name, Map<String, Long> counts, @Nullable String selected,
            MunicipalityNames municipalityNames) {
        List<Option> options = new ArrayList<>();
        boolean selectedListed = false;
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            boolean isSelected = entry.getKey().equals(selected);
            selectedListed |= isSelected;
            options.add(new Option(entry.getKey(), label(name, entry.getKey(), municipalityNames), entry.getValue(),
                    isSelected));
        }
        if (selected != null && !selectedListed) {
            // a chosen value that no sheet has still shows as chosen, with its count of 0
            options.add(0, new Option(selected, label(name, selected, municipalityNames), 0, true));
        }
        return new FilterView(name, Labels.FILTERS.get(name), options);
    }

    /**
     * A filter the dashboard links to, without counts (an EXISTS per value would cost a query each): its
     * values from the vocabulary, or only the chosen one for a free value such as a policy number.
     */
    static FilterView uncounted(String name, List<String> values, @Nullable String selected) {
        java.util.LinkedHashMap<String, Long> options = new java.util.LinkedHashMap<>();
        values.forEach(value -> options.put(value, UNCOUNTED));
        if (selected != null) {
            options.putIfAbsent(selected, UNCOUNTED);
        }
        List<Option> listed = new ArrayList<>();
        options.forEach((value, count) -> listed.add(new Option(value, label(name, value, MunicipalityNames.NONE), count,
                value.equals(selected))));
        return new FilterView(name, Labels.FILTERS.get(name), listed);
    }

    private static String label(String name, String value, MunicipalityNames municipalityNames) {
        return switch (name) {
            case "fiscalYear" -> wareki(value);
            case "sdg" -> sdg(value);
            case "municipalityCode" -> municipalityNames.nameOf(value);
            case "form" -> Labels.form(value);
            case "achievement" -> AchievementClass.fromCode(value).map(AchievementClass::label).orElse(value);
            case "indicatorKind" -> Labels.indicatorKind(value).map(IndicatorKind::printed).orElse(value);
            default -> value;
        };
    }

    private static String wareki(String value) {
        try {
            return FiscalYear.of(Integer.parseInt(value)).toWareki() + "（" + value + "）";
        } catch (IllegalArgumentException notAYear) {
            return value;
        }
    }

    private static String sdg(String value) {
        try {
            return Labels.sdg(Integer.parseInt(value));
        } catch (NumberFormatException notAGoal) {
            return value;
        }
    }
}
