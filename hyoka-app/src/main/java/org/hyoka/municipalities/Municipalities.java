package org.hyoka.municipalities;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.sheet.MunicipalityCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The municipalities registered as tenants (table municipality). A code is registered under the
 * name the national directory gives it, so that two spellings of one city never become two tenants.
 */
@Component
public class Municipalities {

    private final JdbcTemplate jdbc;
    private final MunicipalityDirectory directory = MunicipalityDirectory.shipped();

    Municipalities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Tenant> all() {
        return jdbc.query("SELECT code, name, open_data_licence, created_at FROM municipality ORDER BY code",
                (row, n) -> tenant(row));
    }

    public Optional<Tenant> find(String code) {
        return jdbc.query("SELECT code, name, open_data_licence, created_at FROM municipality WHERE code = ?",
                (row, n) -> tenant(row), code).stream().findFirst();
    }

    /** What the shipped national directory says of this code (its prefecture and name), if it knows it. */
    public Optional<MunicipalityDirectory.Entry> inDirectory(MunicipalityCode code) {
        return directory.lookup(code);
    }

    /**
     * The tenant of this code, registered now if it was not yet; empty if the national directory does
     * not know the code.
     */
    public Optional<Tenant> ensure(MunicipalityCode code) {
        Optional<Tenant> existing = find(code.value());
        if (existing.isPresent()) {
            return existing;
        }
        Optional<MunicipalityDirectory.Entry> entry = directory.lookup(code);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try {
            jdbc.update("INSERT INTO municipality (code, name, created_at) VALUES (?, ?, ?)", code.value(),
                    entry.get().name(), Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
        } catch (DuplicateKeyException registeredMeanwhile) {
            // another request registered it first: the same row
        }
        return find(code.value());
    }

    /**
     * What people call the city of this code: its registered name, else the national directory's, else
     * the code itself, so that whoever sees a page or a command's answer knows which city it was.
     */
    public String nameOf(String code) {
        return find(code).map(Tenant::name)
                .or(() -> MunicipalityCode.parse(code).flatMap(directory::lookup).map(MunicipalityDirectory.Entry::name))
                .orElse(code);
    }

    private static Tenant tenant(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Tenant(row.getString("code"), row.getString("name"), row.getString("open_data_licence"),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
