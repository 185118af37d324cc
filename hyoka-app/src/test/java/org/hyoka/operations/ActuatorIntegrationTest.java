package org.hyoka.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.hyoka.accounts.NewAccount;
import org.hyoka.accounts.UserAccounts;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.testing.CoreWebTest;
import org.hyoka.workflow.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The actuator as a load balancer and an operator's Prometheus see it: health public and reporting the
 * search index in readiness, metrics only for the operator, with Hyoka's own meters among them.
 */
@CoreWebTest
class ActuatorIntegrationTest {

    private static final String PASSWORD = "a-long-enough-secret";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void accounts() {
        if (accounts.find("metrics-operator").isEmpty()) {
            accounts.add(new NewAccount("metrics-operator", PASSWORD.toCharArray(), Role.OPERATOR, null, null));
            accounts.add(new NewAccount("metrics-office", PASSWORD.toCharArray(), Role.ADMINISTRATOR, "082201", null));
        }
    }

    @Test
    void livenessAndReadinessArePublicAndReadinessWaitsForTheSearchIndexAndTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.searchIndex.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                // anonymous callers learn UP or not, never the details
                .andExpect(jsonPath("$.components.searchIndex.details").doesNotExist());
        mvc.perform(get("/actuator/health/readiness").with(httpBasic("metrics-operator", PASSWORD)))
                .andExpect(jsonPath("$.components.searchIndex.details.indexedSheets").isNumber());
    }

    @Test
    void prometheusIsRefusedToAnonymousUsersAndToACitysOfficeAndShowsHyokasMetersToTheOperator() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("metrics-office", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("metrics-operator", "wrong-password")))
                .andExpect(status().isUnauthorized());

        // a public list page twice: the second comes from the anonymous page cache
        mvc.perform(get("/sheets")).andExpect(status().isOk());
        mvc.perform(get("/sheets")).andExpect(status().isOk());
        String scrape = mvc.perform(get("/actuator/prometheus").with(httpBasic("metrics-operator", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(scrape).contains("hyoka_sheets_saved_total", "hyoka_search_index_ready 1.0",
                "hyoka_search_index_lag_sheets", "hyoka_search_index_last_commit_age_seconds",
                "hyoka_cache_hit_ratio{cache=\"facets\"}", "hyoka_cache_misses_total{cache=\"search_results\"}",
                "hyoka_cache_hits_total{cache=\"sheet_pages\"}");
        assertThat(scrape.lines().filter(l -> l.startsWith("hyoka_cache_hits_total{cache=\"public_pages\"}")))
                .singleElement().asString().doesNotEndWith(" 0.0");
        assertThat(scrape).contains("http_server_requests_seconds_count");
    }

    @Test
    void everyPublicCachesHitsAndMissesReachPrometheusAsCaffeineCountsThem() throws Exception {
        mvc.perform(get("/sheets")).andExpect(status().isOk());
        mvc.perform(get("/sheets/1")).andExpect(status().isOk());
        String before = scrape();
        mvc.perform(get("/sheets")).andExpect(status().isOk());
        mvc.perform(get("/sheets/1")).andExpect(status().isOk());
        String after = scrape();

        for (String cache : List.of("public_pages", "public_sheets", "sheet_pages", "facets", "dashboards")) {
            // Spring Boot's cache meters of the manager's Caffeine caches, and Hyoka's own over the same statistics
            assertThat(after).contains("cache_gets_total{cache=\"" + cache + "\",cache_manager=\"cacheManager\",name=\""
                    + cache + "\",result=\"hit\"}", "hyoka_cache_hit_ratio{cache=\"" + cache + "\"}",
                    "cache_evictions_total{cache=\"" + cache + "\"");
        }
        // the list page again and the sheet page's bytes again are hits, and the meters say so
        for (String cache : List.of("public_pages", "public_sheets")) {
            String hits = "hyoka_cache_hits_total{cache=\"" + cache + "\"}";
            String gets = "cache_gets_total{cache=\"" + cache + "\",cache_manager=\"cacheManager\",name=\""
                    + cache + "\",result=\"hit\"}";
            assertThat(value(after, hits)).isGreaterThan(value(before, hits));
            assertThat(value(after, gets)).isEqualTo(value(after, hits));
        }
    }

    @Test
    void aCommittedImportIsCountedWithItsSheets() throws Exception {
        double imports = value(scrape(), "hyoka_imports_total");
        double added = value(scrape(), "hyoka_imports_sheets_total{outcome=\"added\"}");
        // a draft (not published): nothing of it reaches the pages other tests of this context read
        String document = Fixtures.expectedJson(1).replaceFirst("\"title\": \"[^\"]*\"",
                "\"title\": \"メトリクスの確認に取り込んだ事業\"");
        mvc.perform(post("/api/sheets").with(httpBasic("metrics-office", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(document)).andExpect(status().isCreated());

        String after = scrape();
        assertThat(value(after, "hyoka_imports_total")).isEqualTo(imports + 1);
        assertThat(value(after, "hyoka_imports_sheets_total{outcome=\"added\"}")).isEqualTo(added + 1);
    }

    private String scrape() throws Exception {
        return mvc.perform(get("/actuator/prometheus").with(httpBasic("metrics-operator", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** A sample's value; 0 for a counter not registered yet (no import so far in this context). */
    private static double value(String scrape, String series) {
        return scrape.lines().filter(l -> l.startsWith(series + " ")).findFirst()
                .map(l -> Double.parseDouble(l.substring(series.length() + 1).trim())).orElse(0.0);
    }
}
