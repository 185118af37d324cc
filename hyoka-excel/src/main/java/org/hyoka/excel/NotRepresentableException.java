package org.hyoka.excel;

/**
 * The sheet holds something the form's workbook has no place for (an indicator's years spread
 * wider than its six columns, a list entry with a line break in it). Rather than drop it, the
 * workbook is not written; the message says, in Japanese, what does not fit.
 */
public final class NotRepresentableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotRepresentableException(String message) {
        super(message);
    }
}
