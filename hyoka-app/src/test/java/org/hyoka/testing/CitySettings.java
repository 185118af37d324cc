package org.hyoka.testing;

import java.util.EnumMap;
import java.util.Map;

import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.arithmetic.UnitCosts;
import org.hyoka.rubric.AssessmentItem;
import org.hyoka.rubric.Rubric;
import org.hyoka.settings.EvaluationSettings;
import org.hyoka.settings.SettingsChange;
import org.hyoka.workflow.Actor;

/**
 * For tests whose city is not つくば市: its office sets the same unit costs and rubric that ship for
 * つくば市, through the settings service as an office would, so that the sheets built from the つくば市
 * seed add up and prefill their comments in that city too.
 */
public final class CitySettings {

    private CitySettings() {
    }

    public static void likeTsukuba(EvaluationSettings settings, Actor office) {
        for (UnitCosts costs : UnitCostTable.standard().all()) {
            expectSaved(settings.setUnitCosts(Integer.toString(costs.fiscalYear()),
                    costs.fullTimeEmployee().toPlainString(), costs.overtimeHour().toPlainString(), office, "test"));
        }
        Rubric rubric = Rubric.standard();
        Map<AssessmentItem, Map<Integer, String>> comments = new EnumMap<>(AssessmentItem.class);
        for (AssessmentItem item : AssessmentItem.values()) {
            comments.put(item, rubric.commentsFor(item));
        }
        expectSaved(settings.setRubric(comments, office, "test"));
    }

    private static void expectSaved(SettingsChange change) {
        if (!(change instanceof SettingsChange.Saved)) {
            throw new AssertionError("the test city's settings were refused: " + change);
        }
    }
}
