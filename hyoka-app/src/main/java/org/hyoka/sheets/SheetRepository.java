package org.hyoka.sheets;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.hyoka.sheet.Sheet;
import org.springframework.stereotype.Component;

/** Sheets in the database: the interchange document as the truth plus indexed columns to filter by. */
@Component
public class SheetRepository {

    /** Saves all sheets in one transaction, or none; publishes {@link SheetsSaved} after commit. */
    public List<StoredSheet> saveAll(List<Sheet> sheets) {
        throw new UnsupportedOperationException("being written");
    }

    public Optional<StoredSheet> find(long id) {
        return Optional.empty();
    }

    public Page<SheetSummary> list(SheetQuery query) {
        return new Page<>(List.of(), 0, query.page(), query.size());
    }

    public FacetCounts facets(SheetQuery query) {
        return new FacetCounts(Map.of());
    }

    /** Summaries of the given sheets, in the given order; ids that do not exist are left out. */
    public List<SheetSummary> summaries(Collection<Long> ids) {
        return List.of();
    }

    /** Every stored sheet, one at a time, without holding them all in memory. */
    public void forEachSheet(Consumer<StoredSheet> action) {
    }

    public long count() {
        return 0;
    }
}
