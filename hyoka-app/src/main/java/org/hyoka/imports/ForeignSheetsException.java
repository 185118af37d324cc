package org.hyoka.imports;

/**
 * An administrator's import holds sheets of another municipality (or of none): refused as a whole,
 * nothing saved. The message is the one the person reads.
 */
public final class ForeignSheetsException extends RuntimeException {

    public ForeignSheetsException(String message) {
        super(message);
    }
}
