package org.hyoka.errors;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hyoka.security.SecurityHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an error answer: the Japanese page (jte, Hyoka's layout) or the problem document. The same
 * text comes from the application's /error and from Tomcat's error report, so a reader cannot tell
 * which of them answered; neither ever shows an exception, a path or framework text.
 */
@Component
@ConditionalOnWebApplication
public class ErrorResponses {

    /** A finished answer: its media type and text. */
    record Rendered(MediaType type, String body) {

        byte[] bytes() {
            return body.getBytes(StandardCharsets.UTF_8);
        }
    }

    static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final TemplateEngine templates;
    private final JsonMapper json = JsonMapper.builder().build();
    private final String uploadLimits;

    ErrorResponses(TemplateEngine templates,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFile,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequest) {
        this.templates = templates;
        this.uploadLimits = "アップロードできるのは1ファイル" + size(maxFile) + "、1回の送信で合計" + size(maxRequest)
                + "までです。何も保存していません。ファイルを分けて、もう一度アップロードしてください。";
    }

    Rendered render(ErrorStatus status, Audience audience, String path) {
        ErrorStatus told = status.code() == ErrorStatus.CONTENT_TOO_LARGE && audience == Audience.PERSON
                ? status.withMessage(uploadLimits)
                : status;
        return audience == Audience.PROGRAM ? problem(told) : page(told, path);
    }

    /** The answer as the response, with the security headers (a request refused early comes without them). */
    void write(HttpServletResponse response, int code, Rendered answer) throws IOException {
        SecurityHeaders.writeTo(response);
        response.setStatus(code);
        response.setContentType(answer.type().toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] body = answer.bytes();
        response.setContentLength(body.length);
        try {
            OutputStream out = response.getOutputStream();
            out.write(body);
        } catch (IllegalStateException writerTaken) {
            // the failed handler had taken the writer; the page goes out through it instead
            response.getWriter().write(answer.body());
        }
    }

    private Rendered page(ErrorStatus status, String path) {
        String nextHref = "/sheets";
        String nextLabel = "シート一覧へ";
        if (status.code() == 401) {
            nextHref = "/login";
            nextLabel = "ログイン画面へ";
        } else if ((status.code() == ErrorStatus.CONTENT_TOO_LARGE || status.code() == ErrorStatus.INSUFFICIENT_STORAGE)
                && path.startsWith("/imports")) {
            nextHref = "/imports";
            nextLabel = "シートの取込みに戻る";
        }
        Map<String, Object> params = Map.of("status", status.code(), "title", status.title(),
                "message", status.message(), "nextHref", nextHref, "nextLabel", nextLabel);
        StringOutput output = new StringOutput(8 * 1024);
        templates.render("error.jte", params, output);
        return new Rendered(HTML, output.toString());
    }

    private Rendered problem(ErrorStatus status) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.title());
        problem.put("status", status.code());
        problem.put("detail", status.message());
        return new Rendered(MediaType.APPLICATION_PROBLEM_JSON, json.writeValueAsString(problem));
    }

    private static String size(DataSize size) {
        if (size.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + "MB";
        }
        if (size.toBytes() % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + "KB";
        }
        return size.toBytes() + "バイト";
    }
}
