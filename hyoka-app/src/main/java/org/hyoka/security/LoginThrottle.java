package org.hyoka.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.hyoka.accounts.UserNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many failed sign-ins within a window, for one user name
 * or from one address, further attempts are refused until the oldest failure leaves the window.
 * Failures are kept in the database so that every instance behind a load balancer counts them.
 * A success clears the user name's failures but not the address's: one known account must not
 * reset the count of an address that guesses others. User names are counted in their canonical form
 * ({@link UserNames}), the form the account store looks up, so that "tanaka", " Tanaka\t" and
 * "ｔａｎａｋａ" share one count: callers may pass a name as it came in.
 */
@Component
public class LoginThrottle {

    static final int KEY_MAX = 100;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxPerUser;
    private final int maxPerAddress;
    private final Duration window;

    @Autowired
    LoginThrottle(JdbcTemplate jdbc,
            @Value("${hyoka.login.max-failures-per-user:5}") int maxPerUser,
            @Value("${hyoka.login.max-failures-per-address:30}") int maxPerAddress,
            @Value("${hyoka.login.failure-window:15m}") Duration window) {
        this(jdbc, Clock.systemUTC(), maxPerUser, maxPerAddress, window);
    }

    LoginThrottle(JdbcTemplate jdbc, Clock clock, int maxPerUser, int maxPerAddress, Duration window) {
        if (maxPerUser < 1 || maxPerAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("hyoka.login.*: limits must be at least 1 and the window positive");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxPerUser = maxPerUser;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    /** How long this user name, from this address, must wait before trying again; empty: may try now. */
    public Optional<Duration> waitFor(String username, String remoteAddr) {
        Instant now = clock.instant();
        OffsetDateTime since = now.minus(window).atOffset(ZoneOffset.UTC);
        Optional<Instant> byUser = freeAt(failures("username = ? AND NOT cleared", userKey(username), since),
                maxPerUser);
        Optional<Instant> byAddress = freeAt(failures("remote_addr = ?", key(remoteAddr), since), maxPerAddress);
        return byUser.map(u -> byAddress.filter(a -> a.isAfter(u)).orElse(u)).or(() -> byAddress)
                .map(free -> Duration.between(now, free))
                .filter(wait -> wait.compareTo(Duration.ZERO) > 0);
    }

    public void failed(String username, String remoteAddr) {
        Instant now = clock.instant();
        jdbc.update("DELETE FROM login_failure WHERE failed_at < ?", now.minus(window).atOffset(ZoneOffset.UTC));
        jdbc.update("INSERT INTO login_failure (username, remote_addr, failed_at) VALUES (?, ?, ?)",
                userKey(username), key(remoteAddr), now.atOffset(ZoneOffset.UTC));
    }

    public void succeeded(String username) {
        jdbc.update("UPDATE login_failure SET cleared = TRUE WHERE username = ? AND NOT cleared", userKey(username));
    }

    private List<Instant> failures(String condition, String key, OffsetDateTime since) {
        // the condition is one of two constants above, never input
        return jdbc.query("SELECT failed_at FROM login_failure WHERE " + condition + " AND failed_at > ? "
                + "ORDER BY failed_at", (row, n) -> row.getObject(1, OffsetDateTime.class).toInstant(), key, since);
    }

    /** With max failures allowed, the attempts are free again when enough of them have left the window. */
    private Optional<Instant> freeAt(List<Instant> failures, int max) {
        if (failures.size() < max) {
            return Optional.empty();
        }
        return Optional.of(failures.get(failures.size() - max).plus(window));
    }

    /** The account a name signs in as, however it was typed: the password check looks up the same form. */
    private static String userKey(String username) {
        return key(UserNames.canonical(username));
    }

    private static String key(String value) {
        return value.length() <= KEY_MAX ? value : value.substring(0, KEY_MAX);
    }
}
