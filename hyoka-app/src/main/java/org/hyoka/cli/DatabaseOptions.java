package org.hyoka.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Which database a command works on: the H2 file database in {@code --data DIR} (default ./data), or
 * PostgreSQL given by URL. The password comes from an environment variable so it never appears in a
 * process list or a shell history.
 */
final class DatabaseOptions {

    /** The H2 database's file in the data directory (spring.datasource.url names it hyoka). */
    static final String H2_FILE = "hyoka.mv.db";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "./data",
            description = "directory of the H2 database (default: ${DEFAULT-VALUE})")
    Path dataDir = Path.of("./data");

    @Option(names = "--database-url", paramLabel = "URL",
            description = "JDBC URL of a PostgreSQL database, e.g. jdbc:postgresql://localhost/hyoka")
    @Nullable String databaseUrl;

    @Option(names = "--database-user", paramLabel = "USER", description = "database user")
    @Nullable String databaseUser;

    @Option(names = "--database-password-env", paramLabel = "VAR",
            description = "name of the environment variable holding the database password")
    @Nullable String databasePasswordEnv;

    @Spec(Spec.Target.MIXEE)
    @Nullable CommandSpec spec;

    /** Spring properties that point the application at the chosen database. */
    Map<String, Object> properties() {
        Map<String, Object> properties = new TreeMap<>();
        Path data = dataDir.toAbsolutePath().normalize();
        properties.put("hyoka.data-dir", data.toString());
        if (databaseUrl != null) {
            properties.put("spring.datasource.url", databaseUrl);
            if (databaseUser != null) {
                properties.put("spring.datasource.username", databaseUser);
            }
            properties.put("spring.datasource.password", password());
        }
        return properties;
    }

    /** Whether there is a database to read: a PostgreSQL URL, or an H2 database already in the directory. */
    boolean exists() {
        return databaseUrl != null || java.nio.file.Files.exists(dataDir.resolve(H2_FILE));
    }

    private String password() {
        if (databasePasswordEnv == null) {
            return "";
        }
        String value = System.getenv(databasePasswordEnv);
        if (value == null && spec != null) {
            throw new ParameterException(spec.commandLine(),
                    "environment variable " + databasePasswordEnv + " (--database-password-env) is not set");
        }
        return value == null ? "" : value;
    }
}
