package org.hyoka.opendata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.hyoka.sheet.FiscalYear;
import org.hyoka.sheets.PublishedSheets.PublishedSet;

/**
 * One dataset of the catalog: the published sheets of a municipality × year, or of every municipality
 * and year (the corpus), with the files it is offered as.
 */
record Dataset(PublishedSet set, Licence licence) {

    /** Sheets are dated in Japan: a sheet published at 00:30 JST on 1 April is of 1 April. */
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /**
     * Changes when the bytes of the files change for the same sheets (a new column, a new format): 2 since
     * schema 1.1 (the 対象・意図・結果 form's columns in the tables).
     */
    static final String FORMAT_VERSION = "2";
    static final String CORPUS_PATH = "all";

    boolean corpus() {
        return set.municipalityCode() == null;
    }

    /** The CKAN name: hyoka-082201-2024, or hyoka-all for the corpus. */
    String name() {
        return corpus() ? "hyoka-" + CORPUS_PATH : "hyoka-" + set.municipalityCode() + "-" + set.fiscalYear();
    }

    /** A stable UUID for CKAN's id, derived from the name. */
    String id() {
        return UUID.nameUUIDFromBytes(name().getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** つくば市 令和6年度 事務事業評価シート. */
    String title() {
        if (corpus()) {
            return "事務事業評価シート（全自治体・全年度）";
        }
        String city = set.municipalityName() == null ? set.municipalityCode() : set.municipalityName();
        return city + " " + FiscalYear.of(set.fiscalYear()).toWareki() + " 事務事業評価シート";
    }

    String description() {
        String scope = corpus() ? "Hyokaで公開しているすべての自治体・年度" : title().replace(" 事務事業評価シート", "");
        return scope + "の事務事業評価シート（公開済みのもの、" + set.sheets() + "件）。"
                + "シートの内容、指標の推移、コストの推移を表（CSV）で、シート全体を交換形式（JSON）で提供します。";
    }

    /** /data/082201/2024 or /data/all: the directory of its files. */
    String path() {
        return OpenDataLinks.CATALOG + "/" + (corpus() ? CORPUS_PATH : set.municipalityCode() + "/" + set.fiscalYear());
    }

    String href(Distribution distribution) {
        return distribution == Distribution.ZIP ? path() + ".zip" : path() + "/" + distribution.file();
    }

    /** 082201_2024_sheets.csv: a download's name that says what it is. */
    String downloadName(Distribution distribution) {
        String prefix = corpus() ? "hyoka_all" : set.municipalityCode() + "_" + set.fiscalYear();
        return distribution == Distribution.ZIP ? prefix + ".zip" : prefix + "_" + distribution.file();
    }

    List<Distribution> distributions() {
        return Arrays.stream(Distribution.values()).filter(d -> d.offeredFor(this)).toList();
    }

    Instant lastModified() {
        return set.lastSaved();
    }

    LocalDate lastModifiedDate() {
        return set.lastSaved().atZone(JAPAN).toLocalDate();
    }

    /**
     * The entity tag of one file: a digest of what decides its bytes, so it changes after any publish
     * in the set, and is the same on every instance and after a restart.
     */
    String etag(Distribution distribution) {
        String state = String.join("|", FORMAT_VERSION, licence.id(), name(), distribution.name(),
                Long.toString(set.sheets()), set.lastSaved().toString(), Long.toString(set.idSum()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
