package org.hyoka.importer;

import java.util.List;

import org.hyoka.sheet.Sheet;

/**
 * The results of importing several inputs, in the order given. The exit code for the command line:
 * 2 if any input is unreadable, else 1 if any sheet is incomplete, else 0.
 */
public record ImportRun(List<InputResult> inputs) {

    public static final int COMPLETE = 0;
    public static final int INCOMPLETE = 1;
    public static final int UNREADABLE = 2;

    public ImportRun {
        inputs = List.copyOf(inputs);
    }

    /** All imported sheets of all inputs, in input order. */
    public List<Sheet> sheets() {
        return inputs.stream().filter(InputResult.Read.class::isInstance)
                .flatMap(r -> ((InputResult.Read) r).importedSheets().stream()).toList();
    }

    public int exitCode() {
        if (inputs.stream().anyMatch(InputResult.Unreadable.class::isInstance)) {
            return UNREADABLE;
        }
        boolean complete = inputs.stream().allMatch(r -> r instanceof InputResult.Read read && read.complete());
        return complete ? COMPLETE : INCOMPLETE;
    }

    public List<String> reportLines() {
        return inputs.stream().flatMap(r -> r.reportLines().stream()).toList();
    }
}
