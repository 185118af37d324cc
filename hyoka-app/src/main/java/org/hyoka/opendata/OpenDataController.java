package org.hyoka.opendata;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Optional;

import org.hyoka.opendata.DatasetSizes.Counter;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The files of the open data, streamed straight from the database cursor into the response. Each
 * carries its licence (a Link header, rel="license"), an ETag and Last-Modified: a client that has the
 * current file gets 304 without a sheet being read, and after a publish the ETag is another.
 */
@Controller
class OpenDataController {

    private final Datasets datasets;
    private final OpenDataExports exports;
    private final DatasetSizes sizes;

    OpenDataController(Datasets datasets, OpenDataExports exports, DatasetSizes sizes) {
        this.datasets = datasets;
        this.exports = exports;
        this.sizes = sizes;
    }

    @GetMapping("/data/{municipality}/{year}/{file}")
    void file(@PathVariable String municipality, @PathVariable String year, @PathVariable String file,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(datasets.of(municipality, year), Distribution.ofFile(file), request, response);
    }

    @GetMapping("/data/{municipality}/{year}.zip")
    void zip(@PathVariable String municipality, @PathVariable String year, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        serve(datasets.of(municipality, year), Optional.of(Distribution.ZIP), request, response);
    }

    @GetMapping("/data/all/{file}")
    void corpus(@PathVariable String file, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        serve(datasets.corpus(), Distribution.ofFile(file), request, response);
    }

    private void serve(Optional<Dataset> found, Optional<Distribution> kind, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (found.isEmpty() || kind.isEmpty() || !kind.get().offeredFor(found.get())) {
            notFound(response);
            return;
        }
        Dataset dataset = found.get();
        Distribution distribution = kind.get();
        String etag = dataset.etag(distribution);
        response.setHeader(HttpHeaders.CACHE_CONTROL,
                CacheControl.maxAge(Duration.ZERO).cachePublic().mustRevalidate().getHeaderValue());
        response.setHeader(HttpHeaders.LINK, "<" + dataset.licence().url() + ">; rel=\"license\"");
        // sets ETag and Last-Modified, and the 304 when the client's copy is current
        if (new ServletWebRequest(request, response).checkNotModified(etag, dataset.lastModified().toEpochMilli())) {
            return;
        }
        response.setContentType(distribution.mediaType().toString());
        if (distribution.format().equals("CSV") || distribution == Distribution.ZIP || distribution.parquet()) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(dataset.downloadName(distribution)).build().toString());
        }
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        CountingStream out = new CountingStream(response.getOutputStream());
        exports.write(dataset, distribution, out);
        out.flush();
        sizes.served(dataset, distribution, out.counter.bytes);
    }

    private static void notFound(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8)
                .toString());
        response.getWriter().write("このデータセットはありません。一覧は /data をご覧ください"
                + "（公開済みのシートがある自治体・年度だけが、データセットになります）。\n");
    }

    /** Buffers for the socket and counts, so that serving a file also tells its size. */
    private static final class CountingStream extends BufferedOutputStream {
        final Counter counter = new Counter();

        CountingStream(OutputStream out) {
            super(out, 64 * 1024);
        }

        @Override
        public synchronized void write(int b) throws IOException {
            super.write(b);
            counter.bytes++;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            super.write(b, off, len);
            counter.bytes += len;
        }
    }
}
