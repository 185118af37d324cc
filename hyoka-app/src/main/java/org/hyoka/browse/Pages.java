package org.hyoka.browse;

import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** Renders a precompiled jte page into a response, with the status and caching headers a page needs. */
@Component
class Pages {

    static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

    private final TemplateEngine templates;

    Pages(TemplateEngine templates) {
        this.templates = templates;
    }

    String render(String template, Map<String, Object> params) {
        StringOutput output = new StringOutput(32 * 1024);
        templates.render(template + ".jte", params, output);
        return output.toString();
    }

    ResponseEntity<String> html(HttpStatus status, String template, Map<String, Object> params) {
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noCache())
                .body(render(template, params));
    }

    ResponseEntity<String> html(HttpStatus status, String template, Map<String, Object> params,
            CacheControl cacheControl, String etag, long lastModified) {
        return ResponseEntity.status(status).contentType(HTML).cacheControl(cacheControl).eTag(etag)
                .lastModified(lastModified).body(render(template, params));
    }

    ResponseEntity<String> badRequest(String message) {
        return html(HttpStatus.BAD_REQUEST, "message", Map.of("title", "指定が正しくありません", "message", message));
    }

    ResponseEntity<String> notFound(String message) {
        return html(HttpStatus.NOT_FOUND, "message", Map.of("title", "見つかりません", "message", message));
    }
}
