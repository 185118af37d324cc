package org.hyoka.cli;

/** Exit codes shared by every command, as the README documents them. */
final class ExitCodes {

    /** Everything read and nothing wrong. */
    static final int OK = 0;
    /** Input read, but some sheet has an error finding or is incomplete. */
    static final int FINDINGS = 1;
    /** Input could not be read at all: missing, a directory, not JSON, wrong format. */
    static final int BAD_INPUT = 2;

    private ExitCodes() {
    }

    static String oneLine(Throwable exception) {
        String message = exception.getMessage() == null ? exception.getClass().getSimpleName()
                : exception.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
