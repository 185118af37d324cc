package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes audit_log append-only in the database itself, so that not even a bug or a hand-typed SQL
 * statement of the application's own account can rewrite history: UPDATE and DELETE fail. The SQL
 * differs per vendor, hence Java: a PL/pgSQL trigger on PostgreSQL, a Java trigger on H2.
 */
public class V3_1__audit_log_append_only extends BaseJavaMigration {

    static final String H2_TRIGGER_CLASS = "org.hyoka.audit.AppendOnlyH2Trigger";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName();
        try (Statement statement = connection.createStatement()) {
            if (product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
                statement.execute("""
                        CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN
                            RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
                                USING ERRCODE = 'insufficient_privilege';
                        END
                        $$""");
                statement.execute("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
                        + "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()");
                statement.execute("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                        + "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()");
            } else if (product.toLowerCase(java.util.Locale.ROOT).contains("h2")) {
                statement.execute("CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log "
                        + "FOR EACH ROW CALL '" + H2_TRIGGER_CLASS + "'");
            }
        }
    }
}
