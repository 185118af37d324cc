package org.hyoka.accounts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.hyoka.municipalities.Municipalities;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.workflow.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Accounts in table app_user. Passwords are hashed on the way in and never leave as text. Names are
 * stored and looked up in their {@link UserNames#canonical canonical} form, so every spelling of a
 * name that sign-in accepts reaches the same account, and the throttle counts them as one.
 */
@Component
public class UserAccounts implements UserDetailsService {

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final Municipalities municipalities;

    UserAccounts(JdbcTemplate jdbc, PasswordEncoder encoder, Municipalities municipalities) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.municipalities = municipalities;
    }

    public AddResult add(NewAccount account) {
        try {
            Optional<String> problem = account.problem();
            if (problem.isPresent()) {
                return new AddResult.Refused(problem.get());
            }
            if (account.municipalityCode() != null && MunicipalityCode.parse(account.municipalityCode())
                    .flatMap(municipalities::ensure).isEmpty()) {
                return new AddResult.Refused("municipality " + account.municipalityCode() + " is not in the national "
                        + "directory of municipalities (全国地方公共団体コードにありません)");
            }
            String hash = encoder.encode(java.nio.CharBuffer.wrap(account.password()));
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                var statement = connection.prepareStatement("INSERT INTO app_user (username, password_hash, role, "
                        + "municipality_code, division, created_at) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
                statement.setString(1, account.username());
                statement.setString(2, hash);
                statement.setString(3, account.role().name());
                statement.setString(4, account.municipalityCode());
                statement.setString(5, account.division());
                statement.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
                return statement;
            }, key);
            return new AddResult.Added(key.getKeyAs(Number.class).longValue());
        } catch (DuplicateKeyException e) {
            return new AddResult.Refused("user " + account.username() + " already exists (このユーザー名は登録済みです)");
        } finally {
            Arrays.fill(account.password(), '\0');
        }
    }

    public long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Long.class);
        return count == null ? 0 : count;
    }

    /** The account of this name (in any of its spellings, see {@link UserNames}), if any, enabled or not. */
    public Optional<Account> find(String username) {
        return jdbc.query("SELECT id, username, role, municipality_code, division, enabled FROM app_user "
                + "WHERE username = ?", (row, n) -> new Account(row.getLong("id"), row.getString("username"),
                        Role.valueOf(row.getString("role")), row.getString("municipality_code"),
                        row.getString("division"), row.getBoolean("enabled")),
                UserNames.canonical(username)).stream().findFirst();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        List<UserDetails> users = jdbc.query("SELECT username, password_hash, role, municipality_code, division, "
                + "enabled FROM app_user WHERE username = ?", (row, n) -> new AccountUser(row.getString("username"),
                        Role.valueOf(row.getString("role")), row.getString("municipality_code"),
                        row.getString("division"), row.getBoolean("enabled"), row.getString("password_hash")),
                UserNames.canonical(username));
        if (users.isEmpty()) {
            throw new UsernameNotFoundException("no such user");
        }
        return users.get(0);
    }
}
