package org.hyoka.api;

import java.util.List;

import org.hyoka.interchange.SchemaProblem;

/** A request the API cannot take, described for an RFC 9457 problem: what is wrong and where. */
final class BadRequest extends RuntimeException {

    private final String title;
    private final List<SchemaProblem> errors;

    BadRequest(String title, String detail, List<SchemaProblem> errors) {
        super(detail);
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    static BadRequest parameter(String name, String message) {
        return new BadRequest("Invalid query parameter", "query parameter '" + name + "': " + message,
                List.of(new SchemaProblem(name, "parameter", message)));
    }

    String title() {
        return title;
    }

    List<SchemaProblem> errors() {
        return errors;
    }
}
