package org.hyoka.importer.text;

import java.io.IOException;
import java.io.InputStream;

/** Bytes that can be read from their start as often as needed: a file, or bytes already in memory. */
@FunctionalInterface
public interface ByteSource {

    /** A new stream from the first byte; the caller closes it. */
    InputStream open() throws IOException;
}
