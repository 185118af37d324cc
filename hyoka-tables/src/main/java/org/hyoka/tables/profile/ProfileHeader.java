package org.hyoka.tables.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The header row matched against a profile: where each column the profile names is, which columns are
 * left out as personal data, and what does not fit (a column missing, a column the profile does not know).
 * Columns of a year block share their headers; the k-th occurrence of a block header is block k.
 */
final class ProfileHeader {

    /** Where a profile's column is; -1 for an optional column the table does not have. */
    private final Map<String, Integer> single = new HashMap<>();
    /** Block header (normalised) → its column in each block. */
    private final Map<String, List<Integer>> blocks = new HashMap<>();
    private final Map<String, Integer> asked = new HashMap<>();
    private final Map<String, List<Integer>> askedBlocks = new HashMap<>();
    final List<String> problems = new ArrayList<>();
    final List<String> leftOut = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    /** Columns that are read or deliberately left out; a value anywhere else is refused. */
    final Set<Integer> known = new LinkedHashSet<>();
    final List<String> headers;

    ProfileHeader(TableProfile profile, List<String> headers, IntFunction<String> columnName) {
        this.headers = List.copyOf(headers);
        Map<String, List<Integer>> byName = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String name = Headers.normalise(headers.get(i));
            if (!name.isEmpty()) {
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(i);
            }
        }
        Set<String> personal = new LinkedHashSet<>();
        for (TableProfile.PersonalColumn column : profile.personal()) {
            String name = Headers.normalise(column.column());
            personal.add(name);
            for (int index : byName.getOrDefault(name, List.of())) {
                known.add(index);
                leftOut.add(Headers.leftOut(headers.get(index), columnName.apply(index), column.reason()));
            }
        }
        for (TableProfile.IgnoredColumn column : profile.ignored()) {
            for (int index : byName.getOrDefault(Headers.normalise(column.column()), List.of())) {
                known.add(index);
                notes.add("「" + Headers.oneLine(headers.get(index)) + "」（" + columnName.apply(index) + "）: "
                        + column.reason() + "のため取り込みませんでした");
            }
        }
        if (profile.yearBlocks() != null) {
            int count = profile.yearBlocks().offsets().size();
            for (TableProfile.BlockColumn column : profile.yearBlocks().columns()) {
                String name = Headers.normalise(column.header());
                List<Integer> found = byName.getOrDefault(name, List.of());
                if (found.size() != count) {
                    problems.add("「" + column.header() + "」列が" + count + "つ（年度ごとに1つ）あるはずですが、" + found.size()
                            + "つです");
                }
                blocks.put(name, found);
                known.addAll(found);
            }
        }
        for (Required column : required(profile)) {
            String name = Headers.normalise(column.header());
            List<Integer> found = byName.getOrDefault(name, List.of());
            if (found.isEmpty()) {
                single.put(name, -1);
                if (!column.optional()) {
                    problems.add("「" + column.header() + "」列がありません");
                }
            } else if (found.size() > 1 && !blocks.containsKey(name)) {
                problems.add("「" + column.header() + "」列が" + found.size() + "つあります（"
                        + String.join("、", found.stream().map(columnName::apply).toList()) + "）");
            } else {
                single.put(name, found.get(0));
                known.add(found.get(0));
            }
        }
        for (Map.Entry<String, List<Integer>> entry : byName.entrySet()) {
            for (int index : entry.getValue()) {
                if (known.contains(index) || personal.contains(entry.getKey())) {
                    continue;
                }
                var reason = Headers.personalData(entry.getKey());
                if (reason.isPresent()) {
                    known.add(index);
                    leftOut.add(Headers.leftOut(headers.get(index), columnName.apply(index), reason.get()));
                } else {
                    problems.add("「" + Headers.oneLine(headers.get(index)) + "」列（" + columnName.apply(index)
                            + "）はこのプロファイルにありません");
                }
            }
        }
    }

    /** The column of a header the profile names once; -1 if the table may and does lack it. */
    int column(String header) {
        // asked for every cell of every row: the profile's header text is normalised once
        return asked.computeIfAbsent(header, h -> {
            Integer index = single.get(Headers.normalise(h));
            if (index == null) {
                throw new IllegalArgumentException("not a column of the profile: " + h);
            }
            return index;
        });
    }

    /** The column of a block header in block {@code block}. */
    int column(String header, int block) {
        return askedBlocks.computeIfAbsent(header, h -> blocks.get(Headers.normalise(h))).get(block);
    }

    private record Required(String header, boolean optional) {
    }

    /** Every column the profile reads (normalised), year-block headers included. */
    static List<String> mappedColumns(TableProfile profile) {
        List<String> out = new ArrayList<>(required(profile).stream().map(r -> Headers.normalise(r.header())).toList());
        if (profile.yearBlocks() != null) {
            profile.yearBlocks().columns().forEach(c -> out.add(Headers.normalise(c.header())));
        }
        return out;
    }

    private static List<Required> required(TableProfile profile) {
        List<Required> out = new ArrayList<>();
        profile.fields().forEach(f -> f.columns().forEach(c -> out.add(new Required(c, f.optional()))));
        if (profile.budgetAccounts() != null) {
            profile.budgetAccounts().columns().forEach(c -> out.add(new Required(c, false)));
        }
        profile.flags().forEach(f -> out.add(new Required(f.column(), false)));
        for (TableProfile.IndicatorColumns indicator : profile.indicators()) {
            out.add(new Required(indicator.name(), false));
            if (indicator.unit() != null) {
                out.add(new Required(indicator.unit(), false));
            }
        }
        for (TableProfile.AssessmentColumns item : profile.assessmentItems()) {
            if (item.verdict() != null) {
                out.add(new Required(item.verdict(), false));
            }
            if (item.comment() != null) {
                out.add(new Required(item.comment(), false));
            }
        }
        profile.extraTexts().forEach(t -> t.columns().forEach(c -> out.add(new Required(c, false))));
        return out;
    }
}
