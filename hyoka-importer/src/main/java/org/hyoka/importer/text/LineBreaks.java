package org.hyoka.importer.text;

import java.io.IOException;
import java.io.Reader;

/**
 * Text with CR LF and lone CR turned into LF and a leading U+FEFF dropped, as it is read: how every
 * decoded text reaches the parser, whatever tool wrote its line breaks.
 */
final class LineBreaks extends Reader {

    private final Reader in;
    private boolean first = true;
    private boolean afterCr;

    LineBreaks(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        while (true) {
            int read = in.read(buffer, offset, length);
            if (read < 0) {
                return -1;
            }
            int kept = offset;
            for (int i = offset; i < offset + read; i++) {
                char c = buffer[i];
                boolean bom = first && c == '\uFEFF';
                first = false;
                boolean lfOfCrLf = afterCr && c == '\n';
                afterCr = c == '\r';
                if (!bom && !lfOfCrLf) {
                    buffer[kept++] = c == '\r' ? '\n' : c;
                }
            }
            if (kept > offset || length == 0) {
                return kept - offset;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
