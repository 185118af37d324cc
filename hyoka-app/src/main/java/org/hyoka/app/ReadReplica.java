package org.hyoka.app;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.zaxxer.hikari.HikariDataSource;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A PostgreSQL streaming replica for the public's reads, when {@code hyoka.datasource.replica.url} is
 * set (with {@code .username}, {@code .password}). A statement goes to the replica only when all of
 * these hold: it runs outside any transaction (a transaction's {@code setAutoCommit(false)} sends its
 * connection to the primary before any statement), during a GET or HEAD request that carries no
 * session cookie and no Authorization header (a reader who never signed in; anyone else may have just
 * saved and must read it back). Everything else, start-up (Flyway) and the command line included,
 * uses the primary. A reader may see a publication a replication lag late; a public page never writes
 * outside a transaction, so the replica's refusal of writes is never met. A replica that gives no connection
 * (down, restarting) is left for the primary for {@code hyoka.datasource.replica.retry-after} (30 s).
 */
@Component
@ConditionalOnProperty("hyoka.datasource.replica.url")
class ReadReplica implements BeanPostProcessor {

    private final Environment environment;

    ReadReplica(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (!"dataSource".equals(name) || !(bean instanceof DataSource primary)) {
            return bean;
        }
        HikariDataSource replica = new HikariDataSource();
        replica.setPoolName("hyoka-replica");
        replica.setJdbcUrl(environment.getRequiredProperty("hyoka.datasource.replica.url"));
        replica.setUsername(environment.getProperty("hyoka.datasource.replica.username",
                environment.getProperty("spring.datasource.username", "")));
        replica.setPassword(environment.getProperty("hyoka.datasource.replica.password",
                environment.getProperty("spring.datasource.password", "")));
        replica.setReadOnly(true);
        replica.setMaximumPoolSize(environment.getProperty("hyoka.datasource.replica.maximum-pool-size", Integer.class, 10));
        // a replica that does not answer is left for the primary quickly (ReplicaFallback), not after 30 s
        replica.setConnectionTimeout(environment.getProperty("hyoka.datasource.replica.connection-timeout",
                Duration.class, Duration.ofSeconds(2)).toMillis());
        replica.setInitializationFailTimeout(-1);
        return routing(primary, replica, environment.getProperty("server.servlet.session.cookie.name", "HYOKA_SESSION"),
                Clock.systemUTC(), environment.getProperty("hyoka.datasource.replica.retry-after", Duration.class,
                        Duration.ofSeconds(30)));
    }

    /**
     * The primary, with read-only connections taken from the replica for anonymous reads, or from the primary
     * for {@code retryAfter} once the replica gave none.
     */
    static DataSource routing(DataSource primary, DataSource replica, String sessionCookie, Clock clock,
            Duration retryAfter) {
        LazyConnectionDataSourceProxy lazy = new LazyConnectionDataSourceProxy(primary);
        // a lazy connection marked read-only is opened on the replica at its first statement
        lazy.setReadOnlyDataSource(new ReplicaFallback(replica, primary, clock, retryAfter));
        return new Routing(lazy, sessionCookie);
    }

    private static final class Routing extends DelegatingDataSource {
        private final String sessionCookie;

        Routing(DataSource lazy, String sessionCookie) {
            super(lazy);
            this.sessionCookie = sessionCookie;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection lazy = super.getConnection();
            if (!anonymousRead()) {
                return lazy;
            }
            lazy.setReadOnly(true);
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("setAutoCommit") && Boolean.FALSE.equals(args[0])) {
                            // a transaction begins (Spring Session's save, any write): on the primary
                            lazy.setReadOnly(false);
                        }
                        try {
                            return method.invoke(lazy, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        private boolean anonymousRead() {
            if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
                return false;
            }
            HttpServletRequest request = attributes.getRequest();
            return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                    && request.getHeader("Authorization") == null
                    && (request.getCookies() == null || Arrays.stream(request.getCookies())
                            .noneMatch(cookie -> cookie.getName().equals(sessionCookie)));
        }
    }
}
