package org.hyoka.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every response carries. Spring Security writes them on the requests it sees
 * ({@link SecurityConfiguration}); error responses are also written where it does not run: a request
 * its firewall rejected, and the errors Tomcat answers itself before any filter (a malformed request
 * line, a bad URL encoding, an unsupported transfer coding). Those write these, the same values.
 */
public final class SecurityHeaders {

    /**
     * Only our own scripts and style sheets, so that a stored text that ever slipped through unescaped
     * could not run or restyle the page. Style attributes are allowed (style-src-attr) because ECharts
     * sizes and positions its charts with them; an attribute can neither run script nor select elements.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'; form-action 'self'";

    /** Spring Security's defaults and our two additions, in the order it writes them. */
    private static final Map<String, String> ON_EVERY_RESPONSE = onEveryResponse();

    private SecurityHeaders() {
    }

    /** Sets (never adds) each header, so a response Spring Security already saw ends up with one of each. */
    public static void writeTo(HttpServletResponse response) {
        ON_EVERY_RESPONSE.forEach(response::setHeader);
    }

    public static Map<String, String> all() {
        return ON_EVERY_RESPONSE;
    }

    private static Map<String, String> onEveryResponse() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-XSS-Protection", "0");
        headers.put("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        headers.put("Pragma", "no-cache");
        headers.put("Expires", "0");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("Referrer-Policy", "same-origin");
        return Collections.unmodifiableMap(headers);
    }
}
