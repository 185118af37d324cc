package org.hyoka.browse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.hyoka.tables.DataDictionary;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The data dictionary, generated from the field descriptor: a page for people and the same as CSV. */
@Controller
class DataDictionaryController {

    private final Pages pages;
    private final byte[] csv;

    DataDictionaryController(Pages pages) {
        this.pages = pages;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            DataDictionary.writeCsv(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.csv = out.toByteArray();
    }

    @GetMapping("/data/dictionary")
    ResponseEntity<String> page() {
        return pages.html(HttpStatus.OK, "dictionary", Map.of("rows", DictionaryRow.all(),
                "header", DataDictionary.HEADER));
    }

    @GetMapping("/data/dictionary.csv")
    ResponseEntity<byte[]> csv() {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("データ辞書.csv", StandardCharsets.UTF_8).build().toString())
                .body(csv);
    }
}
