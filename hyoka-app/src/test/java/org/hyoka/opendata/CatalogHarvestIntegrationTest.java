package org.hyoka.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hyoka.testing.CoreWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog read as a CKAN harvester and a DCAT reader read it: parse the JSON, follow every
 * resource URL, and get the file with the content type and size the catalog announced.
 */
@CoreWebTest
class CatalogHarvestIntegrationTest {

    /** MockMvc's requests come to http://localhost, so that is the base of every absolute URL. */
    private static final String BASE = "http://localhost";

    @Autowired
    MockMvc mvc;

    private final JsonMapper json = JsonMapper.builder().build();

    private MockHttpServletResponse fetch(String url) throws Exception {
        assertThat(url).as("an absolute URL of this server").startsWith(BASE + "/");
        String relative = url.substring(BASE.length());
        int query = relative.indexOf('?');
        var request = get(query < 0 ? relative : relative.substring(0, query));
        if (query >= 0) {
            for (String pair : relative.substring(query + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                request.param(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private JsonNode action(String call, int status) throws Exception {
        MockHttpServletResponse response = fetch(BASE + "/api/3/action/" + call);
        assertThat(response.getStatus()).as(call).isEqualTo(status);
        assertThat(response.getContentType()).as(call).startsWith(MediaType.APPLICATION_JSON_VALUE);
        JsonNode body = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.get("help").asString()).startsWith(BASE);
        assertThat(body.get("success").asBoolean()).as(call).isEqualTo(status == 200);
        return body;
    }

    @Test
    void aCkanHarvesterListsShowsAndDownloadsEveryPackage() throws Exception {
        List<String> names = new ArrayList<>();
        action("package_list", 200).get("result").forEach(name -> names.add(name.asString()));
        assertThat(names).contains("hyoka-all", "hyoka-082201-2024");

        for (String name : names) {
            JsonNode p = action("package_show?id=" + name, 200).get("result");
            assertThat(p.get("name").asString()).isEqualTo(name);
            assertThat(p.get("id").asString()).matches("[0-9a-f-]{36}");
            for (String field : List.of("title", "notes", "license_title", "metadata_created", "metadata_modified")) {
                assertThat(p.get(field).asString()).as(name + " " + field).isNotBlank();
            }
            assertThat(p.get("license_id").asString()).isEqualTo("CC-BY-4.0");
            assertThat(p.get("metadata_modified").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}");
            assertThat(p.get("tags").size()).isPositive();
            assertThat(p.get("tags").get(0).get("name").asString()).isEqualTo("事務事業評価");
            assertThat(p.get("extras").isArray()).isTrue();
            if (!name.equals("hyoka-all")) {
                assertThat(p.get("organization").get("title").asString()).isNotBlank();
                assertThat(p.get("owner_org").asString()).isEqualTo(p.get("organization").get("id").asString());
            }
            assertThat(p.get("num_resources").asInt()).isEqualTo(p.get("resources").size()).isGreaterThanOrEqualTo(4);
            for (JsonNode resource : p.get("resources")) {
                MockHttpServletResponse file = fetch(resource.get("url").asString());
                String what = name + " " + resource.get("url").asString();
                assertThat(file.getStatus()).as(what).isEqualTo(200);
                assertThat(MediaType.parseMediaType(file.getContentType()).isCompatibleWith(
                        MediaType.parseMediaType(resource.get("mimetype").asString()))).as(what).isTrue();
                assertThat(resource.get("format").asString()).isIn("CSV", "JSON", "NDJSON", "ZIP", "PARQUET");
                assertThat(resource.get("last_modified").asString()).isEqualTo(p.get("metadata_modified").asString());
                if (!resource.get("size").isNull()) {
                    assertThat(resource.get("size").asLong()).as(what).isEqualTo(file.getContentAsByteArray().length);
                }
            }
        }
    }

    @Test
    void packageSearchPagesThroughEveryPackageAndMatchesWords() throws Exception {
        Set<String> listed = new LinkedHashSet<>();
        action("package_list", 200).get("result").forEach(name -> listed.add(name.asString()));

        Set<String> paged = new LinkedHashSet<>();
        for (int start = 0; start < listed.size() + 2; start += 2) {
            JsonNode result = action("package_search?rows=2&start=" + start, 200).get("result");
            assertThat(result.get("count").asInt()).isEqualTo(listed.size());
            assertThat(result.get("results").size()).isLessThanOrEqualTo(2);
            result.get("results").forEach(p -> paged.add(p.get("name").asString()));
        }
        JsonNode tsukuba = action("package_search?q=" + java.net.URLEncoder.encode("つくば市 令和6年度",
                StandardCharsets.UTF_8) + "&rows=100", 200).get("result");

        assertThat(paged).isEqualTo(listed);
        assertThat(tsukuba.get("count").asInt()).isEqualTo(1);
        assertThat(tsukuba.get("results").get(0).get("name").asString()).isEqualTo("hyoka-082201-2024");
        assertThat(action("package_search?q=存在しない語", 200).get("result").get("count").asInt()).isZero();
    }

    @Test
    void errorsAnswerAsCkanDoes() throws Exception {
        JsonNode missing = action("package_show?id=no-such-package", 404).get("error");
        JsonNode noId = action("package_show", 409).get("error");
        JsonNode badRows = action("package_search?rows=many", 409).get("error");

        assertThat(missing.get("__type").asString()).isEqualTo("Not Found Error");
        assertThat(noId.get("__type").asString()).isEqualTo("Validation Error");
        assertThat(noId.get("id").get(0).asString()).isEqualTo("Missing value");
        assertThat(badRows.get("rows").get(0).asString()).isEqualTo("Invalid integer");
    }

    @Test
    void theDcatCatalogDescribesEveryDatasetAndItsDownloads() throws Exception {
        MockHttpServletResponse response = fetch(BASE + "/data/catalog.jsonld");
        assertThat(response.getContentType()).startsWith("application/ld+json");
        JsonNode catalog = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));

        assertThat(catalog.get("@type").asString()).isEqualTo("dcat:Catalog");
        assertThat(catalog.get("@context").get("dcat").asString()).isEqualTo("http://www.w3.org/ns/dcat#");
        List<String> identifiers = new ArrayList<>();
        for (JsonNode dataset : catalog.get("dcat:dataset")) {
            assertThat(dataset.get("@type").asString()).isEqualTo("dcat:Dataset");
            identifiers.add(dataset.get("dct:identifier").asString());
            assertThat(dataset.get("dct:license").get("@id").asString())
                    .isEqualTo("https://creativecommons.org/licenses/by/4.0/deed.ja");
            for (JsonNode distribution : dataset.get("dcat:distribution")) {
                assertThat(distribution.get("@type").asString()).isEqualTo("dcat:Distribution");
                MockHttpServletResponse file = fetch(distribution.get("dcat:downloadURL").get("@id").asString());
                assertThat(file.getStatus()).isEqualTo(200);
                assertThat(file.getContentType()).startsWith(distribution.get("dcat:mediaType").asString());
                if (distribution.has("dcat:byteSize")) {
                    assertThat(distribution.get("dcat:byteSize").get("@value").asLong())
                            .isEqualTo(file.getContentAsByteArray().length);
                }
            }
        }
        assertThat(identifiers).contains("hyoka-all", "hyoka-082201-2024");
    }
}
