package org.hyoka.opendata;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Datasets as CKAN's action API describes a package, with the fields package_show returns, so that a
 * CKAN harvester (ckanext-harvest's CKAN harvester, as Japanese portals run) can copy them. A
 * municipality is the package's organization.
 */
final class CkanPackages {

    /** CKAN's timestamps: UTC without an offset, microseconds. */
    private static final DateTimeFormatter CKAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    private CkanPackages() {
    }

    static Map<String, Object> of(String base, Catalog.Entry entry, Licence licence) {
        Dataset dataset = entry.dataset();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", dataset.id());
        p.put("name", dataset.name());
        p.put("title", dataset.title());
        p.put("notes", dataset.description());
        p.put("type", "dataset");
        p.put("state", "active");
        p.put("private", false);
        p.put("license_id", licence.id());
        p.put("license_title", licence.title());
        p.put("license_url", licence.url());
        p.put("url", base + "/data#" + dataset.name());
        p.put("version", null);
        p.put("author", null);
        p.put("author_email", null);
        p.put("maintainer", null);
        p.put("maintainer_email", null);
        p.put("metadata_created", time(dataset.set().firstSaved()));
        p.put("metadata_modified", time(dataset.lastModified()));
        Map<String, Object> organization = organization(dataset);
        p.put("owner_org", organization == null ? null : organization.get("id"));
        p.put("organization", organization);
        List<Object> resources = new ArrayList<>();
        for (int position = 0; position < entry.files().size(); position++) {
            resources.add(resource(base, dataset, entry.files().get(position), position));
        }
        p.put("resources", resources);
        p.put("num_resources", resources.size());
        List<Object> tags = keywords(dataset).stream().<Object>map(CkanPackages::tag).toList();
        p.put("tags", tags);
        p.put("num_tags", tags.size());
        p.put("groups", List.of());
        p.put("relationships_as_object", List.of());
        p.put("relationships_as_subject", List.of());
        p.put("extras", extras(base, dataset));
        return p;
    }

    /** つくば市 (or the code, when no sheet names its municipality). */
    static String organizationTitle(Dataset dataset) {
        String name = dataset.set().municipalityName();
        return name == null ? String.valueOf(dataset.set().municipalityCode()) : name;
    }

    static List<String> keywords(Dataset dataset) {
        List<String> keywords = new ArrayList<>(List.of("事務事業評価", "行政評価", "EBPM"));
        if (!dataset.corpus()) {
            keywords.add(organizationTitle(dataset));
            keywords.add(dataset.set().fiscalYear() + "年度");
        }
        return keywords;
    }

    private static @Nullable Map<String, Object> organization(Dataset dataset) {
        if (dataset.corpus()) {
            return null;
        }
        String name = "municipality-" + dataset.set().municipalityCode();
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("id", uuid(name));
        organization.put("name", name);
        organization.put("title", organizationTitle(dataset));
        organization.put("type", "organization");
        organization.put("description", "全国地方公共団体コード " + dataset.set().municipalityCode());
        organization.put("image_url", "");
        organization.put("is_organization", true);
        organization.put("approval_status", "approved");
        organization.put("state", "active");
        organization.put("created", time(dataset.set().firstSaved()));
        return organization;
    }

    private static Map<String, Object> resource(String base, Dataset dataset, Catalog.File file, int position) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", uuid(dataset.name() + "/" + file.distribution().name()));
        r.put("package_id", dataset.id());
        r.put("name", dataset.downloadName(file.distribution()));
        r.put("description", file.distribution().title());
        r.put("url", base + file.href());
        r.put("format", file.distribution().format());
        r.put("mimetype", file.distribution().mediaType().toString());
        r.put("size", file.size().isPresent() ? file.size().getAsLong() : null);
        r.put("hash", "");
        r.put("created", time(dataset.set().firstSaved()));
        r.put("last_modified", time(dataset.lastModified()));
        r.put("metadata_modified", time(dataset.lastModified()));
        r.put("position", position);
        r.put("state", "active");
        r.put("url_type", null);
        r.put("resource_type", null);
        return r;
    }

    private static Map<String, Object> tag(String keyword) {
        Map<String, Object> tag = new LinkedHashMap<>();
        tag.put("id", uuid("tag/" + keyword));
        tag.put("name", keyword);
        tag.put("display_name", keyword);
        tag.put("state", "active");
        tag.put("vocabulary_id", null);
        return tag;
    }

    private static List<Object> extras(String base, Dataset dataset) {
        List<Object> extras = new ArrayList<>();
        if (!dataset.corpus()) {
            extras.add(Map.of("key", "全国地方公共団体コード", "value", dataset.set().municipalityCode()));
            extras.add(Map.of("key", "評価年度", "value", Integer.toString(dataset.set().fiscalYear())));
        }
        extras.add(Map.of("key", "シート数", "value", Long.toString(dataset.set().sheets())));
        extras.add(Map.of("key", "データ辞書", "value", base + "/data/dictionary"));
        return extras;
    }

    /** The tags' names, space-separated, for package_search to match. */
    static String tagNames(Map<String, Object> ckanPackage) {
        return ((List<?>) ckanPackage.get("tags")).stream().map(tag -> String.valueOf(((Map<?, ?>) tag).get("name")))
                .reduce("", (a, b) -> a + " " + b);
    }

    static String time(Instant instant) {
        return CKAN_TIME.format(instant);
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
