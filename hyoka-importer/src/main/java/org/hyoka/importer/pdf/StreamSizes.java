package org.hyoka.importer.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.jspecify.annotations.Nullable;

/**
 * The decoded size of each stream, found by decoding it into a counter that stops at
 * {@link PdfLimits#streamBytes()}: a decompression bomb ends there instead of filling memory. PDFBox
 * itself decodes a stream whole, so every stream of the file is measured before PDFBox is let near it.
 */
final class StreamSizes {

    /** Image codecs: the text reader never decodes them, so the bytes entering them are the size. */
    private static final Set<COSName> IMAGE_CODECS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION, COSName.JBIG2_DECODE);

    private final ReadingBudget budget;
    private final Map<COSStream, Long> sizes = new IdentityHashMap<>();

    StreamSizes(ReadingBudget budget) {
        this.budget = budget;
    }

    /** Parses every object in the cross-reference table and measures every stream among them. */
    void measureAll(COSDocument document) throws IOException {
        for (COSObjectKey key : List.copyOf(document.getXrefTable().keySet())) {
            budget.clocks();
            COSBase object = document.getObjectFromPool(key).getObject();
            if (object instanceof COSStream stream) {
                of(stream);
            }
        }
    }

    long of(COSStream stream) throws IOException {
        Long known = sizes.get(stream);
        if (known != null) {
            return known;
        }
        long size = measure(stream);
        sizes.put(stream, size);
        return size;
    }

    private long measure(COSStream stream) throws IOException {
        List<COSName> filters = filters(stream);
        byte[] input;
        try (InputStream raw = stream.createRawInputStream()) {
            input = raw.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, budget.limits().streamBytes() + 1));
        }
        budget.decodedStream(input.length);
        for (int i = 0; i < filters.size(); i++) {
            if (IMAGE_CODECS.contains(filters.get(i))) {
                return input.length;
            }
            boolean last = i + 1 == filters.size();
            Bounded out = new Bounded(budget, !last);
            FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(new ByteArrayInputStream(input), out, stream, i);
            if (last) {
                return out.count;
            }
            input = out.kept();
        }
        return input.length;
    }

    private static List<COSName> filters(COSStream stream) {
        COSBase filter = stream.getFilters();
        if (filter instanceof COSName name) {
            return List.of(name);
        }
        if (filter instanceof COSArray array) {
            return array.toList().stream().filter(COSName.class::isInstance).map(COSName.class::cast).toList();
        }
        return List.of();
    }

    /** Counts what a filter writes and refuses the byte beyond the limit; keeps it only for a next filter. */
    private static final class Bounded extends OutputStream {
        private final ReadingBudget budget;
        private final @Nullable ByteArrayOutputStream kept;
        private long count;

        Bounded(ReadingBudget budget, boolean keep) {
            this.budget = budget;
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            long before = count;
            count += len;
            budget.decodedStream(count);
            if (before >> 20 != count >> 20) {
                budget.clocks();
            }
            if (kept != null) {
                kept.write(b, off, len);
            }
        }

        byte[] kept() {
            return kept == null ? new byte[0] : kept.toByteArray();
        }
    }
}
