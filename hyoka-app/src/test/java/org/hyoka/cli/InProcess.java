package org.hyoka.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in the test's own JVM, as {@code ./hyoka} would, and keeps what it printed. */
final class InProcess {

    /** What one run of the command line ended with and printed on standard output and standard error. */
    record Outcome(int exit, String out, String err) {
    }

    private InProcess() {
    }

    static Outcome hyoka(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Hyoka.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Outcome(exit, out.toString(), err.toString());
    }
}
