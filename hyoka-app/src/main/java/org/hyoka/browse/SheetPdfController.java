package org.hyoka.browse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.hyoka.publish.SheetPdf;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheets.SheetSummary;
import org.hyoka.sheets.Volumes;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Published sheets as the printed form: one sheet at /sheets/{id}.pdf and a municipality's bound
 * volume of a year at /sheets/volume.pdf. Only published sheets: the repository reads no draft.
 */
@Controller
class SheetPdfController {

    private static final int FIRST_YEAR = 1989;
    private static final int LAST_YEAR = 2200;

    private final SheetPageCache cache;
    private final Volumes volumes;
    private final Pages pages;
    private final MissingSheets missing;

    SheetPdfController(SheetPageCache cache, Volumes volumes, Pages pages, MissingSheets missing) {
        this.cache = cache;
        this.volumes = volumes;
        this.pages = pages;
        this.missing = missing;
    }

    @GetMapping("/sheets/{id}.pdf")
    ResponseEntity<?> sheet(@PathVariable String id, WebRequest request) {
        Optional<SheetPage> found = MissingSheets.parse(id).flatMap(cache::find);
        if (found.isEmpty()) {
            return missing.answer(id);
        }
        SheetPage page = found.get();
        String etag = "\"pdf-" + page.etag().replace("\"", "") + "\"";
        if (request.checkNotModified(etag, page.savedAt().toEpochMilli())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        SheetPdf.Rendered pdf = SheetPdf.render(List.of(page.sheet()), false);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).eTag(etag)
                .lastModified(page.savedAt().toEpochMilli())
                .header(HttpHeaders.CONTENT_DISPOSITION, inline("sheet-" + page.id() + ".pdf"))
                .body(pdf.bytes());
    }

    /** Streamed: the servlet's stream gets the PDF as PDFBox saves it, never a copy of it on the heap. */
    @GetMapping("/sheets/volume.pdf")
    ResponseEntity<StreamingResponseBody> volume(@RequestParam(required = false) @Nullable String municipality,
            @RequestParam(required = false) @Nullable String year) {
        Optional<MunicipalityCode> code = municipality == null ? Optional.empty() : MunicipalityCode.parse(municipality);
        Optional<Integer> fiscalYear = year(year);
        if (code.isEmpty() || fiscalYear.isEmpty()) {
            return streamed(pages.badRequest("冊子には自治体（全国地方公共団体コード、例: 082201）と年度（西暦、例: 2024）を"
                    + "指定してください。"));
        }
        List<SheetSummary> contents = volumes.contents(code.get().value(), fiscalYear.get());
        if (contents.isEmpty()) {
            return streamed(pages.notFound("この自治体・年度の公開済みの事務事業評価シートはありません。"));
        }
        StreamingResponseBody body = out -> volumes.write(contents, fiscalYear.get(), out);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        inline("volume-" + code.get().value() + "-" + fiscalYear.get() + ".pdf"))
                .body(body);
    }

    /** A page as the stream type this handler declares (Spring picks its streaming support by that type). */
    private static ResponseEntity<StreamingResponseBody> streamed(ResponseEntity<String> page) {
        byte[] body = page.getBody() == null ? new byte[0] : page.getBody().getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.status(page.getStatusCode()).headers(page.getHeaders()).body(out -> out.write(body));
    }

    private static String inline(String filename) {
        return ContentDisposition.inline().filename(filename).build().toString();
    }

    private static Optional<Integer> year(@Nullable String text) {
        try {
            return text == null ? Optional.empty()
                    : Optional.of(Integer.parseInt(text.strip())).filter(y -> y >= FIRST_YEAR && y <= LAST_YEAR);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
