package org.hyoka.errors;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Who reads an error: a program gets a problem (application/problem+json), a person a page. Anything
 * under /api/ is read by programs; elsewhere only a client that asks for JSON more than for HTML gets
 * JSON, so a browser sending "*&#47;*" (as it does for a form post or a download) sees a page.
 */
enum Audience {
    PERSON, PROGRAM;

    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    static Audience of(String path, @Nullable String accept) {
        if (path.equals("/api") || path.startsWith("/api/")) {
            return PROGRAM;
        }
        if (accept == null || accept.isBlank()) {
            return PERSON;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unreadable) {
            return PERSON;
        }
        double html = 0;
        double json = 0;
        for (MediaType type : types) {
            if (type.includes(MediaType.TEXT_HTML)) {
                html = Math.max(html, type.getQualityValue());
            }
            if (!type.isWildcardType() && !type.isWildcardSubtype() && (type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || type.isCompatibleWith(PROBLEM_JSON) || type.getSubtype().endsWith("+json"))) {
                json = Math.max(json, type.getQualityValue());
            }
        }
        return json > html ? PROGRAM : PERSON;
    }
}
