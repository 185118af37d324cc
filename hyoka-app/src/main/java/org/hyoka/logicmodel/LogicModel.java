package org.hyoka.logicmodel;

import java.util.List;

import org.hyoka.arithmetic.AchievementClass;
import org.hyoka.browse.Format;

/**
 * One plan entry's logic model: the entry, the published projects of one municipality and year that serve
 * it, each with its activity and outcome indicators, and the totals over them.
 */
public record LogicModel(String municipalityCode, String municipalityName, int fiscalYear, PlanKey key,
        String name, List<Project> projects, Totals totals) {

    public LogicModel {
        projects = List.copyOf(projects);
    }

    static LogicModel of(String municipalityCode, String municipalityName, int fiscalYear, PlanKey key, String name,
            List<Project> projects) {
        return new LogicModel(municipalityCode, municipalityName, fiscalYear, key, name, projects, Totals.of(projects));
    }

    /** 令和6年度. */
    public String year() {
        return Format.wareki(fiscalYear);
    }

    /**
     * The list of the entry's sheets: by 戦略プラン code, or by the tier's number. The list's {@code policy}
     * filter matches that number in any tier, so where a city repeats a number across tiers (政策 1 and
     * 施策 1) the list holds the sheets of both.
     */
    public java.util.Optional<String> listHref() {
        String base = "/sheets?municipalityCode=" + municipalityCode + "&fiscalYear=" + fiscalYear;
        String filter = key instanceof PlanKey.StrategicPlan plan ? "&strategicPlanCode=" + encoded(plan.code())
                : "&policy=" + encoded(((PlanKey.Policy) key).number());
        return java.util.Optional.of(base + filter);
    }

    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String indexHref() {
        return LogicModelPaths.index(municipalityCode, fiscalYear);
    }

    public String jsonHref() {
        return LogicModelPaths.json(municipalityCode, fiscalYear, key);
    }

    /** What the projects add up to. A project without a full cost counts as a project but adds no cost. */
    public record Totals(long fullCost, int projects, int projectsWithoutCost, int indicators, int met, int missed) {

        static Totals of(List<Project> projects) {
            long cost = 0;
            int withoutCost = 0;
            int indicators = 0;
            int met = 0;
            int missed = 0;
            for (Project project : projects) {
                if (project.fullCost() == null) {
                    withoutCost++;
                } else {
                    cost += project.fullCost();
                }
                for (IndicatorResult indicator : project.indicators()) {
                    indicators++;
                    met += indicator.achievement() == AchievementClass.MET ? 1 : 0;
                    missed += indicator.achievement() == AchievementClass.MISSED ? 1 : 0;
                }
            }
            return new Totals(cost, projects.size(), withoutCost, indicators, met, missed);
        }

        /** "－" when no project states a full cost, rather than a total of 0 that was never printed. */
        public String fullCostText() {
            return projectsWithoutCost == projects ? Format.MISSING : Format.yen(fullCost);
        }
    }
}
