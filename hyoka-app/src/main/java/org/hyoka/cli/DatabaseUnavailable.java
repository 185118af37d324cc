package org.hyoka.cli;

import java.sql.SQLException;
import java.util.Optional;

/**
 * A command could not open its database: one line that says why and what to do, instead of the
 * chain of Spring bean failures that carries it.
 */
final class DatabaseUnavailable extends RuntimeException {

    /** H2's "Database may be already in use": the file is locked by a process that does not share it. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    /** The database failure somewhere in the causes of a failed start, if that is what it was. */
    static Optional<DatabaseUnavailable> in(Throwable failure, String dataDir) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                if (sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                    return Optional.of(new DatabaseUnavailable("the database in " + dataDir + " is open in another "
                            + "program that does not share it (a hyoka serve of an older version, or an H2 tool): "
                            + "stop that program and run the command again", failure));
                }
                return Optional.of(new DatabaseUnavailable("cannot open the database: "
                        + ExitCodes.oneLine(sql), failure));
            }
        }
        return Optional.empty();
    }
}
