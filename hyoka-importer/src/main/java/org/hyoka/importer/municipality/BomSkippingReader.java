package org.hyoka.importer.municipality;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** Drops a byte order mark at the start: the shipped CSV has one and it would rename the first column. */
final class BomSkippingReader extends FilterReader {

    private boolean started;

    BomSkippingReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = super.read();
            }
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (!started && n > 0) {
            started = true;
            if (buffer[offset] == '\uFEFF') {
                System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                return n - 1 == 0 ? read(buffer, offset, length) : n - 1;
            }
        }
        return n;
    }
}
