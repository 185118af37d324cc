package org.hyoka.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;

/** Reads a file named on the command line, turning every way it can fail into a one-line reason. */
final class InputFiles {

    private InputFiles() {
    }

    /** The file's bytes, or a one-line reason why there are none. */
    static Read readBytes(Path file) {
        if (Files.isDirectory(file)) {
            return new Read.Failed(file + ": is a directory, not a file");
        }
        try {
            return new Read.Bytes(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return new Read.Failed(file + ": no such file");
        } catch (AccessDeniedException e) {
            return new Read.Failed(file + ": permission denied");
        } catch (IOException e) {
            return new Read.Failed(file + ": cannot be read (" + ExitCodes.oneLine(e) + ")");
        }
    }

    static ReadResult readSheets(Path file, SheetJson json) {
        Read read = readBytes(file);
        if (read instanceof Read.Failed failed) {
            return new ReadResult.Unreadable(failed.reason());
        }
        return prefixed(file, json.read(((Read.Bytes) read).content()));
    }

    private static ReadResult prefixed(Path file, ReadResult result) {
        return result instanceof ReadResult.Unreadable unreadable
                ? new ReadResult.Unreadable(file + ": " + unreadable.reason())
                : result;
    }

    sealed interface Read {
        record Bytes(byte[] content) implements Read {
        }

        record Failed(String reason) implements Read {
        }
    }
}
