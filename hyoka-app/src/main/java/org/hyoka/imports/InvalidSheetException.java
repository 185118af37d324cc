package org.hyoka.imports;

import java.util.List;

import org.hyoka.interchange.SchemaProblem;

/** A sheet in a stream breaks the format; thrown mid-save, it rolls the whole save back. */
public final class InvalidSheetException extends RuntimeException {

    private final List<SchemaProblem> problems;

    public InvalidSheetException(String message, List<SchemaProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<SchemaProblem> problems() {
        return problems;
    }
}
