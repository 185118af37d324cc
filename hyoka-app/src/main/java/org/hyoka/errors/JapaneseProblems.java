package org.hyoka.errors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The base of the APIs' exception handlers: Spring MVC's standard problems (wrong method, media type,
 * unreadable body …), told with the Japanese title and text of their status instead of Spring's English.
 * A status our own code raised keeps the detail it gave.
 */
public abstract class JapaneseProblems extends ResponseEntityExceptionHandler {

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception exception, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(exception, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            ErrorStatus told = ErrorStatus.of(status.value());
            problem.setTitle(told.title());
            if (!(exception instanceof ResponseStatusException) || problem.getDetail() == null) {
                problem.setDetail(told.message());
            }
        }
        return response;
    }
}
