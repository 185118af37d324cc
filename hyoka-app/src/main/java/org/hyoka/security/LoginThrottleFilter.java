package org.hyoka.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Stops a sign-in attempt before the password is checked when {@link LoginThrottle} says to wait:
 * the login form is sent back to the login page with the wait in minutes, an API request with
 * HTTP Basic credentials gets 429 and Retry-After.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> username = attemptedUsername(request);
        Optional<Duration> wait = username.flatMap(name -> throttle.waitFor(name, request.getRemoteAddr()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
        if (isFormLogin(request)) {
            response.sendRedirect(request.getContextPath() + "/login?throttled=" + minutes);
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.get().toSeconds() + 1));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"title\":\"サインインの失敗が続いたため一時的に受け付けていません\","
                + "\"status\":429,\"detail\":\"約" + minutes + "分後にもう一度お試しください。\"}");
    }

    private static final RequestMatcher FORM_LOGIN = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/login");

    private static boolean isFormLogin(HttpServletRequest request) {
        return FORM_LOGIN.matches(request);
    }

    private static Optional<String> attemptedUsername(HttpServletRequest request) {
        if (isFormLogin(request)) {
            return Optional.ofNullable(request.getParameter("username"));
        }
        return basicUsername(request.getHeader(HttpHeaders.AUTHORIZATION));
    }

    private static Optional<String> basicUsername(@Nullable String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            // not Base64: BasicAuthenticationFilter refuses it on its own
            return Optional.empty();
        }
    }
}
