package org.hyoka.tables.profile;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.tables.FlatTables;

/** The shipped profiles, a city's own profile file, and reading a table through a profile. */
public final class TableProfiles {

    private TableProfiles() {
    }

    /** taisho-ito-kekka, simple-list and hyoka-flat. */
    public static List<TableProfile> shipped() {
        throw new UnsupportedOperationException("not yet");
    }

    public static Optional<TableProfile> named(String name) {
        return shipped().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** A city's own profile file, checked; the exception's message is one Japanese line. */
    public static TableProfile load(InputStream json) throws ProfileException {
        throw new ProfileException("未実装です");
    }

    /** Every sheet of the table, or nothing and why; never throws for bad content. */
    public static ProfileRead read(TableProfile profile, FlatTables.Format format, byte[] content,
            MunicipalityCode municipality) {
        throw new UnsupportedOperationException("not yet");
    }
}
