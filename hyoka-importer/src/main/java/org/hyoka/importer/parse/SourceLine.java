package org.hyoka.importer.parse;

/** One line of the input as it was read, with its 1-based line number for reports. */
public record SourceLine(int number, String text) {
}
