package org.hyoka.errors;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The database out of reach (restarted, the network cut, the pool waited in vain for a connection) is
 * a 503 with the Japanese "ただいま利用できません" page or problem and a Retry-After, not the general 500:
 * nothing is wrong with the request, it will work again once the database is back. Outermost of the
 * filters, before the session filter, because a signed-in request reads its session from the database
 * before any controller runs; the answer is written here, since an error dispatch would read it again.
 */
@Component
@ConditionalOnWebApplication
class DatabaseUnavailableFilter extends OncePerRequestFilter implements Ordered {

    /** Seconds a client is asked to wait; a PostgreSQL restart takes a few. */
    static final String RETRY_AFTER = "5";

    private final ErrorResponses responses;

    DatabaseUnavailableFilter(ErrorResponses responses) {
        this.responses = responses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!databaseUnavailable(failure) || response.isCommitted()) {
                throw failure;
            }
            response.resetBuffer();
            response.setHeader("Retry-After", RETRY_AFTER);
            String path = request.getRequestURI().substring(request.getContextPath().length());
            responses.write(response, 503, responses.render(ErrorStatus.of(503),
                    Audience.of(path, request.getHeader("Accept")), path));
        }
    }

    /** Whether the failure, or any of its causes, says the database could not be reached or went away. */
    static boolean databaseUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // a rollback on the broken connection fails in turn and hides the failure behind it
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && databaseUnavailable(rollback.getApplicationException())) {
                return true;
            }
            // 08: connection exception; 57P01–57P03: the server shutting down or not yet accepting connections
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        // inside the character encoding filter (highest precedence), outside the session filter (MIN_VALUE + 50)
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
