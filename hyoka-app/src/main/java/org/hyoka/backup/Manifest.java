package org.hyoka.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** A backup's manifest as read back: the schema version and, per table, its columns and digest. */
record Manifest(String schemaVersion, Map<String, Entry> tables) {

    record Entry(List<String> columns, TableDigest digest) {
    }

    static Manifest read(Path dir) {
        JsonNode root;
        try {
            root = Rendering.JSON.readTree(Files.readString(dir.resolve(DatabaseBackup.MANIFEST)));
        } catch (NoSuchFileException e) {
            throw new BackupRefused(dir + " is not a Hyoka backup: it has no " + DatabaseBackup.MANIFEST);
        } catch (IOException e) {
            throw new BackupRefused("cannot read the backup's manifest: " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new BackupRefused("the backup's manifest is damaged: " + e.getOriginalMessage(), e);
        }
        if (!DatabaseBackup.FORMAT.equals(root.path("format").asString(""))
                || root.path("formatVersion").asInt(0) != DatabaseBackup.FORMAT_VERSION) {
            throw new BackupRefused(dir + " is not a Hyoka backup of format " + DatabaseBackup.FORMAT_VERSION);
        }
        Map<String, Entry> tables = new TreeMap<>();
        for (JsonNode table : root.path("tables")) {
            String name = table.path("name").asString("");
            List<String> columns = new ArrayList<>();
            table.path("columns").forEach(c -> columns.add(c.asString("")));
            if (name.isEmpty() || columns.isEmpty() || !table.path("sha256").isString()) {
                throw new BackupRefused("the backup's manifest is damaged: a table without name, columns or digest");
            }
            tables.put(name, new Entry(columns, new TableDigest(name, table.path("rows").asLong(-1),
                    table.path("sha256").asString(""))));
        }
        return new Manifest(root.path("schemaVersion").asString(""), new LinkedHashMap<>(tables));
    }
}
