package org.hyoka.interchange;

/**
 * One way a document breaks the interchange format: where (a JSON path such as
 * {@code $[0].costs[2].generalFund}), which schema rule, and what to do about it in plain words.
 */
public record SchemaProblem(String path, String rule, String message) {

    public String toLine() {
        return path + ": " + message + " [" + rule + "]";
    }
}
