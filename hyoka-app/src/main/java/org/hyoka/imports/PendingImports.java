package org.hyoka.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetArrayWriter;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Sheet;
import org.hyoka.workflow.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Previews waiting for confirmation, for 30 minutes, in table {@code pending_import} (V20): every
 * application node sees them, so the confirmation may reach another node than the upload, and a
 * restart forgets nothing. What is kept is what confirming needs, the parsed sheets and the choice of
 * 公開: matching runs again at confirmation. Only the account that uploaded, still of the same
 * municipality, can confirm, and only once. Each account keeps its few latest previews, so one office
 * cannot crowd out another's.
 */
@Component
class PendingImports {

    static final Duration LIFETIME = Duration.ofMinutes(30);
    /** Previews an account may have waiting; an older one is dropped for a new upload. */
    static final int MAX_PER_OWNER = 5;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final long maxBytes;
    private final SheetJson writer = new SheetJson();
    // sheets a preview accepted were valid then; the stored codec reads them whatever newer text rules say
    private final SheetJson reader = SheetJson.forStoredDocuments();

    PendingImports(JdbcTemplate jdbc) {
        this(jdbc, Clock.systemUTC(), 64L << 20);
    }

    @Autowired
    PendingImports(JdbcTemplate jdbc, @Value("${hyoka.import.pending-max-bytes:67108864}") long maxBytes) {
        this(jdbc, Clock.systemUTC(), maxBytes);
    }

    PendingImports(JdbcTemplate jdbc, Clock clock, long maxBytes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** The preview's sheets were read for this administrator's own municipality. */
    void keep(ImportPreview preview, Actor owner) {
        String city = Objects.requireNonNull(owner.municipalityCode(), "the operator has no browser import");
        byte[] sheets = compressed(preview.sheets());
        Instant now = clock.instant();
        jdbc.update("DELETE FROM pending_import WHERE expires_at <= ?", at(now));
        jdbc.update("INSERT INTO pending_import (token, owner, municipality_code, publish, sheet_count, sheets, "
                + "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", preview.token(), owner.username(), city,
                preview.publish(), preview.sheets().size(), sheets, at(now), at(now.plus(LIFETIME)));
        List<String> newestFirst = jdbc.queryForList("SELECT token FROM pending_import WHERE owner = ? "
                + "ORDER BY created_at DESC, token", String.class, owner.username());
        newestFirst.stream().skip(MAX_PER_OWNER).forEach(token -> jdbc.update("DELETE FROM pending_import WHERE token = ?", token));
    }

    /** A preview of this account and its municipality, not yet expired nor confirmed. */
    Optional<Kept> peek(String token, Actor owner) {
        if (owner.municipalityCode() == null) {
            return Optional.empty();
        }
        return jdbc.query("SELECT publish, sheets, created_at FROM pending_import WHERE token = ? AND owner = ? "
                + "AND municipality_code = ? AND expires_at > ?", (row, n) -> new Stored(row.getBoolean("publish"),
                        row.getBytes("sheets"), row.getObject("created_at", OffsetDateTime.class).toInstant()),
                token, owner.username(), owner.municipalityCode(), at(clock.instant())).stream().findFirst()
                .flatMap(stored -> sheets(stored.sheets)
                        .map(sheets -> new Kept(token, stored.createdAt, stored.publish, sheets)));
    }

    /**
     * Removes and returns the preview: a second confirmation, on this node or another, finds nothing.
     * In the caller's transaction: an import that fails and rolls back leaves the preview to confirm again.
     */
    Optional<Kept> take(String token, Actor owner) {
        return peek(token, owner).filter(kept -> jdbc.update("DELETE FROM pending_import WHERE token = ? AND owner = ?",
                token, owner.username()) == 1);
    }

    /** What confirming imports: the sheets as the preview read them, as 公開 or 作成中. */
    record Kept(String token, Instant createdAt, boolean publish, List<Sheet> sheets) {
        Kept {
            sheets = List.copyOf(sheets);
        }
    }

    /** The upload is too large to keep for confirmation; the message says what to do, in Japanese. */
    static final class TooLargeException extends RuntimeException {
        TooLargeException(long maxBytes) {
            super("取込みの内容が大きすぎるため、確認のために保存できません（上限 " + (maxBytes >> 20)
                    + " MiB）。ファイルを分けて、もう一度アップロードしてください。");
        }
    }

    private record Stored(boolean publish, byte[] sheets, Instant createdAt) {
    }

    private byte[] compressed(List<Sheet> sheets) {
        Bounded bytes = new Bounded(maxBytes);
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes); SheetArrayWriter array = writer.arrayWriter(gzip)) {
            sheets.forEach(array::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private Optional<List<Sheet>> sheets(byte[] compressed) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            // a preview another version of Hyoka kept and this one cannot read: the office uploads again
            return reader.read(in) instanceof ReadResult.Valid valid ? Optional.of(valid.sheets()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    /** Compressed bytes, refused as soon as they pass the bound, before the whole upload is held twice. */
    private static final class Bounded extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long max;

        Bounded(long max) {
            this.max = max;
        }

        @Override
        public void write(int b) {
            check(1);
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            check(len);
            bytes.write(b, off, len);
        }

        private void check(int more) {
            if (bytes.size() + (long) more > max) {
                throw new TooLargeException(max);
            }
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }
}
