package org.hyoka.imports;

/** A file as the user gave it: its name (only to tell its type and to report) and its bytes. */
public record UploadedFile(String name, byte[] content) {
}
