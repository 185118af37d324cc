package org.hyoka.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on PostgreSQL, the production database: Flyway builds the schema, the
 * sample sheets load on first start, and the public pages, search and API answer from it.
 */
@SpringBootTest(classes = HyokaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hyoka.sample-data.enabled=true", "hyoka.data-dir=target/postgres-app-test-data"})
class PostgresApplicationIntegrationTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = TestDatabases.freshPostgresUrl();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSampleSheetsAreServedFromPostgresByThePagesTheSearchAndTheApi() throws Exception {
        HttpResponse<String> list = get("/sheets");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("8件中", "情報通信ネットワーク運営業務", "証拠に基づく政策立案");

        HttpResponse<String> search = get("/search?q=%E7%94%9F%E6%88%90AI");
        assertThat(search.body()).contains("情報化推進事業");

        HttpResponse<String> api = get("/api/sheets?fiscalYear=2024&size=20");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"municipalityCode\":\"082201\"");
    }
}
