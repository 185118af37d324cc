package org.hyoka.evaluation;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A request of the evaluation API that ends in a problem (RFC 9457): its status, a title, a detail
 * in Japanese for the person behind the client, and extra members (the sides of a conflict …).
 */
final class ApiRefusal extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final Map<String, Object> properties;

    ApiRefusal(HttpStatus status, String title, String detail, Map<String, Object> properties) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.properties = Map.copyOf(properties);
    }

    static ApiRefusal badRequest(String detail) {
        return new ApiRefusal(HttpStatus.BAD_REQUEST, "Bad request", detail, Map.of());
    }

    static ApiRefusal notFound() {
        return new ApiRefusal(HttpStatus.NOT_FOUND, "Not found", EvaluationService.NOT_FOUND, Map.of());
    }

    static ApiRefusal forbidden(String reason) {
        return new ApiRefusal(HttpStatus.FORBIDDEN, "Refused", reason, Map.of());
    }

    static ApiRefusal invalid(List<?> problems) {
        return new ApiRefusal(HttpStatus.BAD_REQUEST, "Invalid sheet",
                problems.size() + "件の問題があるため保存しませんでした", Map.of("errors", problems));
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    Map<String, Object> properties() {
        return properties;
    }
}
