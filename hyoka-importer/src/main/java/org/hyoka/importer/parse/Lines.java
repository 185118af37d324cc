package org.hyoka.importer.parse;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a text one after the other, as {@code text.split("\n", -1)} gives them: at least one,
 * and an empty last line after a final line break. A string's lines are cut from it; a reader's are
 * read as they come, so that a long text is never held whole.
 */
interface Lines {

    boolean hasNext();

    /** The next line, without its line break; only when {@link #hasNext()}. */
    String next() throws IOException;

    static Lines of(String text) {
        return new Lines() {
            private int position;
            private boolean ended;

            @Override
            public boolean hasNext() {
                return !ended;
            }

            @Override
            public String next() {
                int end = text.indexOf('\n', position);
                if (end < 0) {
                    ended = true;
                    return text.substring(position);
                }
                String line = text.substring(position, end);
                position = end + 1;
                return line;
            }
        };
    }

    static Lines of(Reader reader) {
        return new Lines() {
            private final char[] buffer = new char[1 << 13];
            private final StringBuilder line = new StringBuilder();
            private int position;
            private int limit;
            private boolean ended;

            @Override
            public boolean hasNext() {
                return !ended;
            }

            @Override
            public String next() throws IOException {
                line.setLength(0);
                while (true) {
                    if (position == limit) {
                        int read = reader.read(buffer);
                        if (read < 0) {
                            ended = true;
                            return line.toString();
                        }
                        position = 0;
                        limit = read;
                    }
                    for (int i = position; i < limit; i++) {
                        if (buffer[i] == '\n') {
                            line.append(buffer, position, i - position);
                            position = i + 1;
                            return line.toString();
                        }
                    }
                    line.append(buffer, position, limit - position);
                    position = limit;
                }
            }
        };
    }
}
