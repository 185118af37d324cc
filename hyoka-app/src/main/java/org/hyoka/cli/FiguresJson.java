package org.hyoka.cli;

import java.util.List;

import org.hyoka.arithmetic.Achievement;
import org.hyoka.arithmetic.CostFigures;
import org.hyoka.arithmetic.IndicatorFigures;
import org.hyoka.arithmetic.SheetFigures;
import org.hyoka.sheet.Sheet;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The derived figures as JSON, for scripts: the same numbers the tables show, unformatted. */
final class FiguresJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private FiguresJson() {
    }

    static String write(List<Sheet> sheets) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Sheet sheet : sheets) {
            SheetFigures figures = SheetFigures.of(sheet);
            ObjectNode node = array.addObject();
            node.put("sheetNumber", sheet.sheetNumber());
            node.put("title", sheet.title());
            node.put("fiscalYear", sheet.fiscalYear().startYear());
            ArrayNode costs = node.putArray("costs");
            for (CostFigures year : figures.costs()) {
                ObjectNode cost = costs.addObject();
                cost.put("fiscalYear", year.fiscalYear());
                cost.put("basis", year.basis().name().toLowerCase(java.util.Locale.ROOT));
                cost.put("programCost", year.programCost());
                cost.put("personnelCost", year.personnelCost());
                cost.put("fullCost", year.fullCost());
                cost.put("changeFromPreviousYear", year.changeFromPreviousYear());
                cost.put("changeRatio", year.changeRatio());
            }
            ArrayNode indicators = node.putArray("indicators");
            for (IndicatorFigures indicator : figures.indicators()) {
                ObjectNode item = indicators.addObject();
                item.put("slot", indicator.slot());
                item.put("name", indicator.name());
                item.put("unit", indicator.unit());
                item.put("direction", indicator.direction() == null ? null : indicator.direction().code());
                item.put("directionProposed", indicator.directionProposed());
                item.put("proposalReason", indicator.proposalReason());
                item.put("cumulative", indicator.cumulative());
                ArrayNode years = item.putArray("years");
                for (IndicatorFigures.YearFigures year : indicator.years()) {
                    ObjectNode y = years.addObject();
                    y.put("fiscalYear", year.fiscalYear());
                    y.put("target", year.target());
                    y.put("actual", year.actual());
                    achievement(y.putObject("achievement"), year.achievement());
                    y.put("costPerUnit", year.costPerUnit());
                }
            }
        }
        return MAPPER.writeValueAsString(array);
    }

    private static void achievement(ObjectNode node, Achievement achievement) {
        if (achievement instanceof Achievement.Rate rate) {
            node.put("kind", "rate");
            node.put("ratio", rate.ratio());
            node.put("met", rate.met());
        } else if (achievement instanceof Achievement.ZeroTarget zero) {
            node.put("kind", "zeroTarget");
            node.put("met", zero.met());
        } else {
            node.put("kind", "notApplicable");
            node.put("reason", ((Achievement.NotApplicable) achievement).reason().name());
        }
    }
}
