package org.hyoka.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.hyoka.fixtures.SheetBuilder;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheets.CorpusChanged;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.StoredSheet;
import org.hyoka.testing.CoreWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The dashboards' numbers are kept per scope until the public corpus changes: this node's publications and
 * withdrawals empty the cache at once, another node's when its change log arrives ({@link CorpusChanged}). The
 * sheets are 山形市's, which no other test uses; the national scope is checked too (every city moves it).
 */
@CoreWebTest
class DashboardCacheIntegrationTest {

    private static final String CITY = "06201" + MunicipalityCode.checkDigit("06201");
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    DashboardCache cache;

    @Autowired
    Dashboards dashboards;

    @Autowired
    DashboardRepository repository;

    @Autowired
    SheetRepository sheets;

    @Autowired
    ApplicationEventPublisher events;

    private final SheetRepository otherNode;

    @Autowired
    DashboardCacheIntegrationTest(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.otherNode = new SheetRepository(jdbc, transactions, event -> { });
    }

    private static StoredSheet published(SheetRepository by) {
        int n = NEXT.incrementAndGet();
        return by.saveAll(List.of(SheetBuilder.aSheet().inFiscalYear(2023).numbered("YG-" + n).titled("山形の事業" + n)
                .ofMunicipality(CITY, "山形市").build())).get(0);
    }

    /** What the page would show if counted now, past the cache. */
    private DashboardCache.Numbers counted(DashboardScope scope) {
        return new DashboardCache.Numbers(dashboards.all(scope), repository.municipalities(), repository.years(scope));
    }

    @Test
    void anotherNodesPublicationShowsWhenItsChangeArrivesAndNotBefore() {
        published(sheets);
        DashboardScope city = new DashboardScope(CITY, 2023);
        DashboardCache.Numbers cityBefore = cache.of(city);
        DashboardCache.Numbers nationalBefore = cache.of(DashboardScope.ALL);

        StoredSheet other = published(otherNode);

        assertThat(counted(city)).as("the database has moved on").isNotEqualTo(cityBefore);
        assertThat(cache.of(city)).as("kept").isSameAs(cityBefore);
        assertThat(cache.of(DashboardScope.ALL)).isSameAs(nationalBefore);

        events.publishEvent(new CorpusChanged(List.of(other.id()), List.of(), Set.of(CITY)));

        assertThat(cache.of(city)).isEqualTo(counted(city)).isNotEqualTo(cityBefore);
        assertThat(cache.of(DashboardScope.ALL)).isEqualTo(counted(DashboardScope.ALL)).isNotEqualTo(nationalBefore);
    }

    @Test
    void thisNodesPublicationAndWithdrawalShowAtOnce() {
        DashboardScope city = new DashboardScope(CITY, 2023);
        published(sheets);
        DashboardCache.Numbers before = cache.of(city);

        StoredSheet added = published(sheets);
        DashboardCache.Numbers afterPublication = cache.of(city);
        assertThat(afterPublication).isEqualTo(counted(city)).isNotEqualTo(before);

        sheets.withdraw(added.id(), "この庁内で取り消した", Instant.now());
        assertThat(cache.of(city)).isEqualTo(counted(city)).isNotEqualTo(afterPublication);
    }
}
