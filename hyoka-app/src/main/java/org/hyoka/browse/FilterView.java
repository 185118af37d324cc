package org.hyoka.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hyoka.sheet.FiscalYear;
import org.jspecify.annotations.Nullable;

/** One filter of the list as a select: its values under the other filters, each with its count. */
public record FilterView(String name, String label, List<Option> options) {

    public record Option(String value, String label, long count, boolean selected) {
    }

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

    private static String label(String name, String value, MunicipalityNames municipalityNames) {
        return switch (name) {
            case "fiscalYear" -> wareki(value);
            case "sdg" -> sdg(value);
            case "municipalityCode" -> municipalityNames.nameOf(value);
            case "form" -> Labels.form(value);
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
