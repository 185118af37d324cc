package org.hyoka.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The throttle's counting on both real databases, with a clock the test moves. */
class LoginThrottleIntegrationTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    private Instant now = Instant.parse("2025-06-01T09:00:00Z");

    private LoginThrottle throttle(JdbcTemplate jdbc) {
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        return new LoginThrottle(jdbc, clock, 3, 5, WINDOW);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void afterTooManyFailuresAUserWaitsUntilTheOldestLeavesTheWindow(TestDatabases.Kind kind) {
        LoginThrottle throttle = throttle(new JdbcTemplate(TestDatabases.fresh(kind)));

        throttle.failed("tanaka", "10.0.0.1");
        now = now.plus(Duration.ofMinutes(1));
        throttle.failed("tanaka", "10.0.0.1");
        assertThat(throttle.waitFor("tanaka", "10.0.0.1")).isEmpty();
        throttle.failed("tanaka", "10.0.0.2");

        assertThat(throttle.waitFor("tanaka", "10.0.0.9")).contains(Duration.ofMinutes(14));
        assertThat(throttle.waitFor("suzuki", "10.0.0.1")).as("another user from the same address").isEmpty();
        now = now.plus(Duration.ofMinutes(14));
        assertThat(throttle.waitFor("tanaka", "10.0.0.1")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anAddressGuessingManyNamesIsStoppedAndASuccessDoesNotClearIt(TestDatabases.Kind kind) {
        LoginThrottle throttle = throttle(new JdbcTemplate(TestDatabases.fresh(kind)));

        for (int i = 0; i < 5; i++) {
            throttle.failed("guess" + i, "192.0.2.66");
        }
        throttle.succeeded("guess0");

        assertThat(throttle.waitFor("someone-else", "192.0.2.66")).contains(WINDOW);
        assertThat(throttle.waitFor("someone-else", "192.0.2.1")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aSuccessfulSignInClearsTheUsersFailuresAndLongNamesAreCountedNotRefused(TestDatabases.Kind kind) {
        LoginThrottle throttle = throttle(new JdbcTemplate(TestDatabases.fresh(kind)));
        String longName = "x".repeat(5000);

        throttle.failed("sato", "10.0.0.1");
        throttle.failed("sato", "10.0.0.1");
        throttle.succeeded("sato");
        throttle.failed("sato", "10.0.0.1");
        for (int i = 0; i < 3; i++) {
            throttle.failed(longName, "10.0.0.3");
        }

        assertThat(throttle.waitFor("sato", "10.0.0.4")).isEmpty();
        assertThat(throttle.waitFor(longName, "10.0.0.4")).isPresent();
    }
}
