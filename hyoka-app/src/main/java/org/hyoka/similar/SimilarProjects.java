package org.hyoka.similar;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.hyoka.search.SearchIndex;
import org.hyoka.search.SimilarHit;
import org.hyoka.settings.Population;
import org.hyoka.settings.Populations;
import org.hyoka.sheets.CorpusChanged;
import org.hyoka.sheets.SheetsSaved;
import org.hyoka.sheets.SheetsWithdrawn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Finds a sheet's similar projects: one More-Like-This query in the search index (published sheets of
 * other cities only), then one SQL for their costs, cost per unit and population, which again reads
 * published sheets only. The sheet page keeps a section until it is older than {@code max-age} AND
 * a publication, withdrawal or population has changed since ({@link #isCurrent}): other cities'
 * publications change the list, but rarely, and a page should not be rebuilt on every request.
 */
@Component
public class SimilarProjects {

    /** Five rows still read on a phone. */
    static final int MAX = 5;
    /**
     * Below this only words any sheet might use are shared: in the tests' corpora related sheets score
     * 0.26–0.9 and sheets about something else under 0.03 (SimilarSheetsUnitTest, SimilarProjectsIntegrationTest).
     */
    static final float MINIMUM = 0.2f;

    private final ObjectProvider<SearchIndex> index;
    private final JdbcTemplate jdbc;
    private final Duration maxAge;
    private final Clock clock;
    /** Counts publications, withdrawals and population changes: a section of an older count may be stale. */
    private final AtomicLong generation = new AtomicLong();

    SimilarProjects(ObjectProvider<SearchIndex> index, JdbcTemplate jdbc,
            @Value("${hyoka.similar.max-age:PT10M}") Duration maxAge) {
        this.index = index;
        this.jdbc = jdbc;
        this.maxAge = maxAge;
        this.clock = Clock.systemUTC();
    }

    /** The section of a published sheet: empty lists when the index is not there (commands) or finds none. */
    public SimilarSection of(long sheetId) {
        SearchIndex searchIndex = index.getIfAvailable();
        // while the index is being built it may lack the similar sheets: such a section is current only while young
        long at = searchIndex == null || !searchIndex.isReady() ? -1 : generation.get();
        List<SimilarHit> hits = searchIndex == null ? List.of() : searchIndex.similar(sheetId, MAX, MINIMUM);
        List<Long> ids = new ArrayList<>();
        ids.add(sheetId);
        hits.forEach(h -> ids.add(h.sheetId()));
        Map<Long, SimilarProject> rows = rows(ids);
        Optional<SimilarProject> self = Optional.ofNullable(rows.get(sheetId));
        List<SimilarProject> others = new ArrayList<>();
        for (SimilarHit hit : hits) {
            SimilarProject row = rows.get(hit.sheetId());
            if (row != null) {
                others.add(withSimilarity(row, hit.similarity()));
            }
        }
        return new SimilarSection(sheetId, self, others, at, clock.instant());
    }

    /** True while nothing changed since the section was computed, or it is younger than the maximum age. */
    public boolean isCurrent(SimilarSection section) {
        return section.generation() == generation.get()
                || Duration.between(section.computedAt(), clock.instant()).compareTo(maxAge) < 0;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onSaved(SheetsSaved saved) {
        generation.incrementAndGet();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onWithdrawn(SheetsWithdrawn withdrawn) {
        generation.incrementAndGet();
    }

    /** Another node's (or a command's) publications and withdrawals, from the change log. */
    @org.springframework.context.event.EventListener
    void onCorpusChanged(org.hyoka.sheets.CorpusChanged changed) {
        generation.incrementAndGet();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onPopulation(Populations.PopulationChanged changed) {
        generation.incrementAndGet();
    }

    /** Each published sheet's row with its first activity indicator that has a cost per unit, and its city's population. */
    private Map<Long, SimilarProject> rows(List<Long> ids) {
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        Map<Long, SimilarProject> rows = new LinkedHashMap<>();
        jdbc.query("SELECT s.id, s.municipality_code, s.municipality_name, s.fiscal_year, s.title, s.full_cost, "
                + "i.name AS indicator, i.unit, i.cost_per_unit, p.population, p.source, p.as_of "
                + "FROM sheet s "
                + "LEFT JOIN sheet_indicator i ON i.sheet_id = s.id AND i.kind = 'ACTIVITY' AND i.cost_per_unit IS NOT NULL "
                + "AND i.position = (SELECT MIN(j.position) FROM sheet_indicator j WHERE j.sheet_id = s.id "
                + "AND j.kind = 'ACTIVITY' AND j.cost_per_unit IS NOT NULL) "
                + "LEFT JOIN municipality_population p ON p.municipality_code = s.municipality_code "
                + "WHERE s.status = 'published' AND s.id IN (" + marks + ")", row -> {
                    String code = row.getString("municipality_code");
                    long fullCost = row.getLong("full_cost");
                    Long cost = row.wasNull() ? null : fullCost;
                    int residents = row.getInt("population");
                    Population population = row.wasNull() || code == null ? null
                            : new Population(code, residents, row.getString("source"),
                                    row.getObject("as_of", LocalDate.class));
                    BigDecimal perUnit = row.getBigDecimal("cost_per_unit");
                    String name = row.getString("municipality_name");
                    rows.put(row.getLong("id"), new SimilarProject(row.getLong("id"), code == null ? "" : code,
                            name == null ? "－" : name, row.getInt("fiscal_year"), row.getString("title"), cost,
                            row.getString("indicator"), row.getString("unit"), perUnit, population, 1f));
                }, ids.toArray());
        return rows;
    }

    private static SimilarProject withSimilarity(SimilarProject row, float similarity) {
        return new SimilarProject(row.id(), row.municipalityCode(), row.municipality(), row.fiscalYear(), row.title(),
                row.fullCost(), row.unitIndicator(), row.unit(), row.costPerUnit(), row.population(), similarity);
    }
}
