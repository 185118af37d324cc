package org.hyoka.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.hyoka.accounts.AccountUser;
import org.hyoka.caching.CacheNames;
import org.hyoka.fixtures.SheetBuilder;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.CorpusChanged;
import org.hyoka.sheets.SheetQuery;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.SheetSort;
import org.hyoka.sheets.StoredSheet;
import org.hyoka.testing.CoreWebTest;
import org.hyoka.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The public caches (anonymous list pages, anonymous sheet pages, sheet page models, facet counts) as
 * two nodes on one database see them. "Another node" is a second repository on the same database
 * whose events go nowhere, as another JVM's do: its changes stay invisible here until the
 * {@link CorpusChanged} its change log yields arrives, while this node's own saves and withdrawals
 * reach every cache at once. The sheets are 秋田市's, which no other test uses.
 */
@CoreWebTest
class PublicCachesIntegrationTest {

    private static final String CITY = "05201" + MunicipalityCode.checkDigit("05201");
    private static final int YEAR = 2023;
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    SheetRepository repository;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    FacetCache facets;

    @Autowired
    SheetPageCache sheetPages;

    @Autowired
    CacheManager caches;

    private final SheetRepository otherNode;

    @Autowired
    PublicCachesIntegrationTest(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.otherNode = new SheetRepository(jdbc, transactions, event -> { });
    }

    private static Sheet sheet(String number, String title) {
        return SheetBuilder.aSheet().inFiscalYear(YEAR).numbered(number).titled(title)
                .ofMunicipality(CITY, "秋田市").build();
    }

    private static String marker(String what) {
        return what + NEXT.incrementAndGet();
    }

    private StoredSheet published(SheetRepository by, String title) {
        return by.saveAll(List.of(sheet("AK-" + NEXT.incrementAndGet(), title))).get(0);
    }

    private StoredSheet republished(SheetRepository by, StoredSheet stored, String title) {
        return by.publish(stored.id(), sheet(java.util.Objects.requireNonNull(stored.sheet().sheetNumber()), title));
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        return response.getStatus() + " " + response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String list() throws Exception {
        return body(get("/sheets").param("municipalityCode", CITY));
    }

    private String page(StoredSheet stored) throws Exception {
        return body(get("/sheets/" + stored.id()));
    }

    private String modelTitle(StoredSheet stored) {
        return sheetPages.find(stored.id()).map(page -> page.sheet().title()).orElse("(なし)");
    }

    private long counted() {
        return facets.facets(new SheetQuery(CITY, null, null, null, null, null, null, null, null,
                SheetSort.NUMBER, 0, 1)).byFilter().get("fiscalYear").getOrDefault(Integer.toString(YEAR), 0L);
    }

    /** Every cache holds what it shows of the sheet: the list and facets, the page's model and its bytes. */
    private void fill(StoredSheet stored) throws Exception {
        list();
        counted();
        page(stored);
        page(stored);
    }

    @Test
    void anotherNodesPublicationReachesEveryCacheWithItsCorpusChangedAndNotBefore() throws Exception {
        StoredSheet shown = published(repository, marker("秋田の旧名称事業"));
        String renamed = marker("秋田の新名称事業");
        String added = marker("秋田の追加事業");
        fill(shown);
        long before = counted();

        StoredSheet changed = republished(otherNode, shown, renamed);
        StoredSheet other = published(otherNode, added);

        assertThat(list()).contains(shown.sheet().title()).doesNotContain(renamed, added);
        assertThat(counted()).isEqualTo(before);
        assertThat(page(shown)).contains(shown.sheet().title()).doesNotContain(renamed);
        assertThat(modelTitle(shown)).isEqualTo(shown.sheet().title());

        events.publishEvent(new CorpusChanged(List.of(changed.id(), other.id()), List.of(), Set.of(CITY)));

        assertThat(list()).contains(renamed, added).doesNotContain(shown.sheet().title());
        assertThat(counted()).isEqualTo(before + 1);
        assertThat(page(shown)).startsWith("200 ").contains(renamed);
        assertThat(modelTitle(shown)).isEqualTo(renamed);
    }

    @Test
    void anotherNodesWithdrawalReachesEveryCacheWithItsCorpusChangedAndNotBefore() throws Exception {
        StoredSheet withdrawn = published(repository, marker("秋田の取消事業"));
        fill(withdrawn);
        long before = counted();

        otherNode.withdraw(withdrawn.id(), "他のノードで取り消した", Instant.now());

        assertThat(list()).contains(withdrawn.sheet().title());
        assertThat(counted()).isEqualTo(before);
        assertThat(page(withdrawn)).startsWith("200 ");

        events.publishEvent(new CorpusChanged(List.of(), List.of(withdrawn.id()), Set.of(CITY)));

        assertThat(list()).doesNotContain(withdrawn.sheet().title());
        assertThat(counted()).isEqualTo(before - 1);
        assertThat(page(withdrawn)).startsWith("410 ");
        assertThat(sheetPages.find(withdrawn.id())).isEmpty();
    }

    @Test
    void thisNodesPublicationAndWithdrawalReachEveryCacheAtOnce() throws Exception {
        StoredSheet shown = published(repository, marker("秋田の改称前事業"));
        String renamed = marker("秋田の改称後事業");
        fill(shown);
        long before = counted();

        // SheetsSaved, after commit
        republished(repository, shown, renamed);
        StoredSheet added = published(repository, marker("秋田の新規事業"));

        assertThat(list()).contains(renamed, added.sheet().title()).doesNotContain(shown.sheet().title());
        assertThat(counted()).isEqualTo(before + 1);
        assertThat(page(shown)).contains(renamed);
        assertThat(modelTitle(shown)).isEqualTo(renamed);

        fill(added);
        // SheetsWithdrawn, after commit
        repository.withdraw(added.id(), "この庁内で取り消した", Instant.now());

        assertThat(list()).doesNotContain(added.sheet().title());
        assertThat(counted()).isEqualTo(before);
        assertThat(page(added)).startsWith("410 ");
    }

    @Test
    void aSignedInReaderIsNeverAnsweredFromTheAnonymousPages() throws Exception {
        StoredSheet shown = published(repository, marker("秋田の職員閲覧事業"));
        String renamed = marker("秋田の職員閲覧事業（改）");
        fill(shown);
        long[] anonymous = {gets(CacheNames.PUBLIC_PAGES), gets(CacheNames.PUBLIC_SHEETS)};
        // a change the anonymous pages do not know of yet
        republished(otherNode, shown, renamed);
        var staff = user(new AccountUser("akita-reader", Role.REVIEWER, CITY, null, true, null));

        assertThat(body(get("/sheets").param("municipalityCode", CITY).with(staff))).contains(renamed);
        assertThat(body(get("/sheets/" + shown.id()).with(staff))).startsWith("200 ");
        assertThat(body(get("/search").param("q", "秋田").with(staff))).startsWith("200 ");

        assertThat(new long[] {gets(CacheNames.PUBLIC_PAGES), gets(CacheNames.PUBLIC_SHEETS)}).containsExactly(anonymous);
        assertThat(list()).doesNotContain(renamed);
    }

    /** Lookups of the cache so far, hits and misses. */
    private long gets(String name) {
        var stats = ((CaffeineCache) caches.getCache(name)).getNativeCache().stats();
        return stats.requestCount();
    }
}
