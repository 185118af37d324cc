package org.hyoka.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.hyoka.arithmetic.Achievement;
import org.hyoka.arithmetic.CostFigures;
import org.hyoka.arithmetic.IndicatorFigures;
import org.hyoka.arithmetic.SheetFigures;
import org.hyoka.glossary.Field;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SchemaProblem;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.FiscalYear;
import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "calc", mixinStandardHelpOptions = true,
        description = {"Prints the figures Hyoka derives from a sheet: full cost per year, achievement per "
                + "indicator and year, and the full cost of one unit of each indicator's actual.",
                "Directions that nobody confirmed are proposals and are marked so.",
                "Exit codes: 0 done, 2 the file could not be read or breaks the format."})
final class CalcCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.json", description = "interchange JSON: one sheet or an array")
    private Path file;

    @Option(names = "--json", description = "print the figures as JSON instead of tables")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SheetJson codec = new SheetJson();
        ReadResult result = InputFiles.readSheets(file, codec);
        if (result instanceof ReadResult.Unreadable unreadable) {
            err.println("hyoka: " + unreadable.reason());
            return ExitCodes.BAD_INPUT;
        }
        if (result instanceof ReadResult.Invalid invalid) {
            SchemaProblem first = invalid.problems().get(0);
            err.println("hyoka: " + file + ": does not follow the interchange format: " + first.toLine()
                    + (invalid.problems().size() > 1 ? " (and " + (invalid.problems().size() - 1) + " more; "
                            + "run 'hyoka validate' to list them)" : ""));
            return ExitCodes.BAD_INPUT;
        }
        List<Sheet> sheets = ((ReadResult.Valid) result).sheets();
        if (json) {
            out.println(FiguresJson.write(sheets));
        } else {
            sheets.forEach(sheet -> out.print(tables(sheet)));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String tables(Sheet sheet) {
        SheetFigures figures = SheetFigures.of(sheet);
        StringBuilder text = new StringBuilder();
        text.append(sheet.sheetNumber() == null ? "" : sheet.sheetNumber() + " ").append(sheet.title())
                .append("（").append(sheet.fiscalYear().toWareki()).append("）\n\n");
        text.append(Field.FULL_COST.label()).append("（千円）\n");
        TextTable costs = new TextTable(new String[] {"年度", "基準", "事業費", Field.PERSONNEL_COST.label(),
                Field.FULL_COST.label(), "前年度比"}, false, false, true, true, true, true);
        for (CostFigures year : figures.costs()) {
            costs.add(FiscalYear.of(year.fiscalYear()).toWareki(), year.basis().label(),
                    String.format("%,d", year.programCost()), String.format("%,d", year.personnelCost()),
                    String.format("%,d", year.fullCost()), change(year));
        }
        text.append(costs.render()).append('\n');
        for (IndicatorFigures indicator : figures.indicators()) {
            text.append("指標").append(indicator.slot()).append(' ').append(indicator.name())
                    .append("（").append(indicator.unit() == null ? "単位なし" : indicator.unit()).append("、")
                    .append(directionText(indicator)).append("）\n");
            TextTable years = new TextTable(new String[] {"年度", Field.INDICATOR_TARGET.label(),
                    Field.INDICATOR_ACTUAL.label(), Field.INDICATOR_ACHIEVEMENT.label(),
                    Field.UNIT_COST.label() + "（千円）"}, false, true, true, true, true);
            for (IndicatorFigures.YearFigures year : indicator.years()) {
                years.add(FiscalYear.of(year.fiscalYear()).toShortWareki(), number(year.target()),
                        number(year.actual()), achievement(year.achievement()), number(year.costPerUnit()));
            }
            text.append(years.render()).append('\n');
        }
        return text.toString();
    }

    private static String directionText(IndicatorFigures indicator) {
        if (indicator.direction() == null) {
            return "方向未確定";
        }
        String name = switch (indicator.direction()) {
            case HIGHER_IS_BETTER -> "多いほど良い";
            case LOWER_IS_BETTER -> "少ないほど良い";
            case REFERENCE_ONLY -> "参考指標";
        };
        return indicator.directionProposed() ? name + "（提案: " + indicator.proposalReason() + "）" : name;
    }

    static String achievement(Achievement achievement) {
        if (achievement instanceof Achievement.Rate rate) {
            return rate.percent().toPlainString() + "%" + (rate.met() ? "" : " 未達");
        }
        if (achievement instanceof Achievement.ZeroTarget zero) {
            return zero.met() ? "達成（目標0）" : "未達（目標0）";
        }
        return ((Achievement.NotApplicable) achievement).reason().label();
    }

    private static String change(CostFigures year) {
        if (year.changeRatio() == null) {
            return "-";
        }
        BigDecimal percent = year.changeRatio().movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        return (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
    }

    private static String number(@Nullable BigDecimal value) {
        if (value == null) {
            return "-";
        }
        BigDecimal shown = value.scale() > 1 ? value.setScale(1, RoundingMode.HALF_UP) : value;
        return String.format("%,." + Math.max(0, shown.scale()) + "f", shown);
    }
}
