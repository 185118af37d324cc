package org.hyoka.accounts;

import java.nio.CharBuffer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

import org.hyoka.audit.AuditActions;
import org.hyoka.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-time links {@link AccountAdministration} issues: the person who holds one sets their own
 * password, once, before it expires, while the account is enabled. The token is looked up by its
 * hash; the link is spent in the same transaction that stores the new password.
 */
@Service
public class PasswordLinks {

    /** Where a link leads; the token follows. */
    public static final String PATH = "/password-reset/";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final AccountAdministration administration;
    private final UserAccounts accounts;
    private final AuditLog audit;

    PasswordLinks(JdbcTemplate jdbc, PasswordEncoder encoder, AccountAdministration administration,
            UserAccounts accounts, AuditLog audit) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.administration = administration;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The account a link is for, while it can still be used. */
    public Optional<Account> holder(String token) {
        return usable(token);
    }

    @Transactional
    public PasswordSetting use(String token, char[] password, char[] repeated, String from) {
        try {
            if (token.isEmpty() || token.length() > 100) {
                return new PasswordSetting.Unusable();
            }
            // two tabs sending the same link at once: the second waits here and then finds it spent
            jdbc.queryForList("SELECT token_hash FROM password_reset_token WHERE token_hash = ? FOR UPDATE",
                    String.class, Secrets.hash(token));
            Optional<Account> holder = usable(token);
            if (holder.isEmpty()) {
                return new PasswordSetting.Unusable();
            }
            Account account = holder.get();
            if (!Arrays.equals(password, repeated)) {
                return new PasswordSetting.Invalid("2つのパスワードが一致しません。同じものを2回入力してください。");
            }
            // the rules every new account's password follows
            Optional<String> problem = new NewAccount(account.username(), password, account.role(),
                    account.municipalityCode(), account.division()).problem();
            if (problem.isPresent()) {
                return new PasswordSetting.Invalid(AccountAdministration.japanese(problem.get()));
            }
            jdbc.update("UPDATE password_reset_token SET used_at = ? WHERE token_hash = ?",
                    Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC), Secrets.hash(token));
            jdbc.update("DELETE FROM password_reset_token WHERE user_id = ? AND used_at IS NULL", account.id());
            jdbc.update("UPDATE app_user SET password_hash = ? WHERE id = ?", encoder.encode(CharBuffer.wrap(password)),
                    account.id());
            administration.endSessions(account.username());
            audit.record(account.actor(), from, AuditActions.PASSWORD_SET, null,
                    "アカウント「" + account.username() + "」がワンタイムリンクで自分のパスワードを設定しました。");
            return new PasswordSetting.Set(account.username());
        } finally {
            Arrays.fill(password, '\0');
            Arrays.fill(repeated, '\0');
        }
    }

    /** Unused, unexpired, of an enabled account. */
    private Optional<Account> usable(String token) {
        if (token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.query("SELECT u.username FROM password_reset_token t JOIN app_user u ON u.id = t.user_id "
                + "WHERE t.token_hash = ? AND t.used_at IS NULL AND t.expires_at > ? AND u.enabled", (row, n) -> row.getString(1), Secrets.hash(token),
                Instant.now().atOffset(ZoneOffset.UTC)).stream().findFirst()
                .flatMap(accounts::find);
    }
}
