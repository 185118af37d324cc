package org.hyoka.opendata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** The catalog: the page /data for people, and the same datasets as DCAT (JSON-LD) for machines. */
@Controller
class CatalogController {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    private final Catalog catalog;
    private final TemplateEngine templates;

    CatalogController(Catalog catalog, TemplateEngine templates) {
        this.catalog = catalog;
        this.templates = templates;
    }

    @GetMapping("/data")
    ResponseEntity<String> page() {
        StringOutput html = new StringOutput();
        templates.render("data/catalog.jte", Map.of("catalog", CatalogPage.of(catalog.entries(), catalog.licence())),
                html);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache()).body(html.toString());
    }

    /** DCAT 2 in JSON-LD: a dcat:Catalog of dcat:Dataset, each with its dcat:Distribution. */
    @GetMapping("/data/catalog.jsonld")
    ResponseEntity<Map<String, Object>> dcat() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        Licence licence = catalog.licence();
        List<Object> datasets = new ArrayList<>();
        for (Catalog.Entry entry : catalog.entries()) {
            datasets.add(dataset(base, entry, entry.dataset().licence()));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", Map.of("dcat", "http://www.w3.org/ns/dcat#", "dct", "http://purl.org/dc/terms/",
                "foaf", "http://xmlns.com/foaf/0.1/", "xsd", "http://www.w3.org/2001/XMLSchema#"));
        root.put("@id", base + "/data/catalog.jsonld");
        root.put("@type", "dcat:Catalog");
        root.put("dct:title", "事務事業評価シート オープンデータ");
        root.put("dct:description", "公開済みの事務事業評価シートの表（CSV）と交換形式（JSON）。");
        root.put("dct:language", Map.of("@id", "http://id.loc.gov/vocabulary/iso639-1/ja"));
        root.put("dct:license", Map.of("@id", licence.url()));
        root.put("foaf:homepage", Map.of("@id", base + "/data"));
        root.put("dcat:dataset", datasets);
        return ResponseEntity.ok().contentType(JSON_LD).cacheControl(CacheControl.noCache()).body(root);
    }

    private static Map<String, Object> dataset(String base, Catalog.Entry entry, Licence licence) {
        Dataset dataset = entry.dataset();
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@id", base + "/data#" + dataset.name());
        node.put("@type", "dcat:Dataset");
        node.put("dct:identifier", dataset.name());
        node.put("dct:title", dataset.title());
        node.put("dct:description", dataset.description());
        if (!dataset.corpus()) {
            node.put("dct:publisher", Map.of("@type", "foaf:Organization", "foaf:name",
                    CkanPackages.organizationTitle(dataset)));
            node.put("dct:temporal", Map.of("@type", "dct:PeriodOfTime",
                    "dcat:startDate", typed(dataset.set().fiscalYear() + "-04-01", "xsd:date"),
                    "dcat:endDate", typed((dataset.set().fiscalYear() + 1) + "-03-31", "xsd:date")));
        }
        node.put("dct:issued", typed(dataset.set().firstSaved().toString(), "xsd:dateTime"));
        node.put("dct:modified", typed(dataset.lastModified().toString(), "xsd:dateTime"));
        node.put("dcat:keyword", CkanPackages.keywords(dataset));
        node.put("dct:license", Map.of("@id", licence.url()));
        node.put("dcat:landingPage", Map.of("@id", base + "/data#" + dataset.name()));
        List<Object> distributions = new ArrayList<>();
        for (Catalog.File file : entry.files()) {
            Map<String, Object> distribution = new LinkedHashMap<>();
            distribution.put("@id", base + file.href());
            distribution.put("@type", "dcat:Distribution");
            distribution.put("dct:title", file.distribution().title());
            distribution.put("dcat:accessURL", Map.of("@id", base + file.href()));
            distribution.put("dcat:downloadURL", Map.of("@id", base + file.href()));
            distribution.put("dcat:mediaType", file.distribution().mediaType().toString());
            distribution.put("dct:format", file.distribution().format());
            distribution.put("dct:license", Map.of("@id", licence.url()));
            distribution.put("dct:modified", typed(dataset.lastModified().toString(), "xsd:dateTime"));
            file.size().ifPresent(size -> distribution.put("dcat:byteSize",
                    typed(Long.toString(size), "xsd:nonNegativeInteger")));
            distributions.add(distribution);
        }
        node.put("dcat:distribution", distributions);
        return node;
    }

    private static Map<String, String> typed(String value, String type) {
        return Map.of("@value", value, "@type", type);
    }
}
