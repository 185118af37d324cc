package org.hyoka.importer.parse;

import java.io.IOException;
import java.io.Reader;

/**
 * A text that can be read from its start more than once, with LF line breaks: the streaming parser
 * reads it twice (once to learn how its extractor spaced it, once to cut it into sheets).
 */
@FunctionalInterface
public interface TextSource {

    /** A new reader from the first character; the caller closes it. */
    Reader open() throws IOException;
}
