package org.hyoka.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.generate.Municipalities;
import org.hyoka.generate.SheetGenerator;
import org.hyoka.generate.SheetStreamWriter;
import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes synthetic, plausible sheets as one interchange JSON array, for demos, load tests "
                + "and benchmarks. The same --seed gives the same sheets.",
                "Funding adds up to the settlement and 人件費計 follows the standard unit costs; municipality "
                        + "codes are real ones from the shipped table.",
                "They stand for published history: load them with import --publish to show them on the public "
                        + "pages (a plain import stores them as drafts)."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--sheets", paramLabel = "N", required = true, description = "number of sheets")
    private long sheets;

    @Option(names = "--municipalities", paramLabel = "M", defaultValue = "1",
            description = "number of municipalities to spread them over (default: ${DEFAULT-VALUE})")
    private int municipalities;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
    private @Nullable Path output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (sheets < 0) {
            throw new ParameterException(spec.commandLine(), "--sheets must be 0 or more");
        }
        SheetGenerator generator;
        try {
            generator = new SheetGenerator(Municipalities.choose(MunicipalityDirectory.shipped(), municipalities, seed),
                    UnitCostTable.standard(), seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        SheetStreamWriter writer = new SheetStreamWriter();
        if (output == null) {
            Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
            writer.write(generator.sheets(sheets), out);
        } else {
            try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                long written = writer.write(generator.sheets(sheets), out);
                spec.commandLine().getErr().println("hyoka: wrote " + written + " sheet(s) to " + output);
            }
        }
        return ExitCodes.OK;
    }
}
