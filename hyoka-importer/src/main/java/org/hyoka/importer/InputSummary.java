package org.hyoka.importer;

import java.util.ArrayList;
import java.util.List;

import org.hyoka.importer.parse.SourceLine;

/**
 * What one input gave when its sheets were handed on as they were read
 * ({@link SheetImporter#importFile(java.nio.file.Path, java.util.Optional, java.util.function.Consumer)}):
 * an {@link InputResult} without its sheets, so that a run over many large files holds one sheet at a time
 * and still reports every input as {@link InputResult} and {@link ImportRun} do.
 */
public sealed interface InputSummary {

    String source();

    /** The input's report lines, as {@link InputResult#reportLines()}. */
    List<String> reportLines();

    /** The sheets went on; their count, how many were imported (not rejected), and whether all are complete. */
    record Read(String source, String encoding, int sheets, int imported, boolean complete, List<String> reportLines)
            implements InputSummary {
        public Read {
            reportLines = List.copyOf(reportLines);
        }
    }

    /** Nothing of it counts; sheets handed on before an error half-way through are to be thrown away. */
    record Unreadable(InputResult.Unreadable input) implements InputSummary {
        @Override
        public String source() {
            return input.source();
        }

        @Override
        public List<String> reportLines() {
            return input.reportLines();
        }
    }

    static InputSummary of(InputResult result) {
        if (result instanceof InputResult.Unreadable unreadable) {
            return new Unreadable(unreadable);
        }
        InputResult.Read read = (InputResult.Read) result;
        return new Read(read.source(), read.encoding(), read.sheets().size(), read.importedSheets().size(),
                read.complete(), read.reportLines());
    }

    /** The exit code of a run over these inputs, by the rule of {@link ImportRun#exitCode()}. */
    static int exitCode(List<InputSummary> inputs) {
        if (inputs.stream().anyMatch(Unreadable.class::isInstance)) {
            return ImportRun.UNREADABLE;
        }
        return inputs.stream().allMatch(i -> ((Read) i).complete()) ? ImportRun.COMPLETE : ImportRun.INCOMPLETE;
    }

    /** Sums up the sheets of one text as they go by, keeping only what the report says of each. */
    final class Tally {
        private final String source;
        private final List<String> sheetLines = new ArrayList<>();
        private int sheets;
        private int imported;
        private boolean complete = true;

        Tally(String source) {
            this.source = source;
        }

        void add(SheetResult sheet) {
            sheets++;
            imported += sheet instanceof SheetResult.Imported ? 1 : 0;
            complete &= sheet.complete();
            sheetLines.addAll(sheet.reportLines(source));
        }

        Read read(String encoding, List<SourceLine> outsideSheets) {
            List<String> lines = new ArrayList<>(InputResult.outsideLines(source, outsideSheets));
            lines.addAll(sheetLines);
            return new Read(source, encoding, sheets, imported, complete && outsideSheets.isEmpty(), lines);
        }
    }
}
