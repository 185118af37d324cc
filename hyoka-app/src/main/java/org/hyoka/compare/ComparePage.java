package org.hyoka.compare;

import java.util.List;
import java.util.stream.IntStream;

/** The comparison: one column per sheet, as many indicator rows as the sheet with the most indicators needs. */
public record ComparePage(List<CompareColumn> columns) {

    public ComparePage {
        columns = List.copyOf(columns);
    }

    /** The row per resident is shown when at least one city has entered its population. */
    public boolean perResident() {
        return columns.stream().anyMatch(c -> c.population().isPresent());
    }

    public List<Integer> indicatorRows() {
        int most = columns.stream().mapToInt(c -> c.indicators().size()).max().orElse(0);
        return IntStream.range(0, most).boxed().toList();
    }
}
