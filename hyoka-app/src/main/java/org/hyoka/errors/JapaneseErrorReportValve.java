package org.hyoka.errors;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.hyoka.security.SecurityHeaders;
import org.jspecify.annotations.Nullable;

/**
 * Tomcat's error report for what never reaches the application (a malformed request line, a bad
 * URL encoding, an unsupported transfer coding or HTTP version): the same Japanese page or problem
 * as the application's /error, with the security headers. The exception, if any, is never shown.
 */
final class JapaneseErrorReportValve extends ErrorReportValve {

    private final ErrorResponses responses;

    JapaneseErrorReportValve(ErrorResponses responses) {
        this.responses = responses;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int code = response.getStatus();
        // as Tomcat's own: only an error status, only if nothing was written, only once
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String path = path(request);
        ErrorResponses.Rendered answer = responses.render(ErrorStatus.of(code),
                Audience.of(path, request.getHeader("Accept")), path);
        try {
            SecurityHeaders.writeTo(response);
            response.setContentType(answer.type().toString());
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(answer.body());
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException gone) {
            // the client went away or the response cannot take a body any more: nothing left to tell
        }
    }

    /** The path as far as Tomcat could read it; a request line it could not parse has none. */
    private static String path(Request request) {
        try {
            String uri = request.getRequestURI();
            return uri == null ? "" : uri;
        } catch (RuntimeException unparsed) {
            return "";
        }
    }
}
