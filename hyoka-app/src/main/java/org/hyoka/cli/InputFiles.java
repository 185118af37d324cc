package org.hyoka.cli;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

import org.hyoka.importer.SheetImporter;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;

/**
 * Reads a file named on the command line, turning every way it can fail into a one-line reason. Every
 * command reads its input through here, under one limit, so that {@code /dev/zero}, a pipe nobody writes
 * to or a file of many gigabytes is refused at once instead of filling the memory or waiting forever.
 */
final class InputFiles {

    /**
     * The largest file a command reads: the importer's limit, the one definition. A generated file of
     * 100,000 sheets is about 410 MB; a city's published PDFs are a few MB each.
     */
    static final long MAX_BYTES = SheetImporter.MAX_INPUT_BYTES;

    private static final String TOO_LARGE = "is larger than " + MAX_BYTES / (1024 * 1024) + " MiB, the largest "
            + "file Hyoka reads; split it into several files";

    private InputFiles() {
    }

    /** Why the file cannot be read (without its name), before anything is read from it; empty when it can. */
    static Optional<String> refusal(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.of("no such file");
        } catch (AccessDeniedException e) {
            return Optional.of("permission denied");
        } catch (IOException e) {
            return Optional.of("cannot be read (" + ExitCodes.oneLine(e) + ")");
        }
        if (attributes.isDirectory()) {
            return Optional.of("is a directory, not a file");
        }
        if (!attributes.isRegularFile()) {
            // a device never ends (/dev/zero) and a pipe may never start: only files have a size to check
            return Optional.of("is not a regular file (a device, pipe or socket); save the input to a file "
                    + "and name that file");
        }
        if (attributes.size() > MAX_BYTES) {
            return Optional.of(TOO_LARGE);
        }
        return Optional.empty();
    }

    /**
     * The file's bytes as a stream that fails once it has given more than the limit (a file may grow
     * after it was checked); the caller closes it.
     */
    static InputStream open(Path file) throws IOException {
        return new BufferedInputStream(new Limited(Files.newInputStream(file)), 1 << 16);
    }

    /** The sheets of an interchange file, read by the one reader, or a one-line reason why not. */
    static ReadResult readSheets(Path file, SheetJson json) {
        Optional<String> refusal = refusal(file);
        if (refusal.isPresent()) {
            return new ReadResult.Unreadable(file + ": " + refusal.get());
        }
        try (InputStream in = open(file)) {
            return prefixed(file, json.read(in));
        } catch (AccessDeniedException e) {
            return new ReadResult.Unreadable(file + ": permission denied");
        } catch (IOException e) {
            return new ReadResult.Unreadable(file + ": cannot be read (" + ExitCodes.oneLine(e) + ")");
        }
    }

    private static ReadResult prefixed(Path file, ReadResult result) {
        return result instanceof ReadResult.Unreadable unreadable && !unreadable.reason().startsWith(file + ": ")
                ? new ReadResult.Unreadable(file + ": " + unreadable.reason())
                : result;
    }

    /** Counts what it gives; past the limit it fails with the same reason as the size check. */
    private static final class Limited extends FilterInputStream {
        private long given;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            given += n;
            if (given > MAX_BYTES) {
                throw new IOException(TOO_LARGE);
            }
        }
    }
}
