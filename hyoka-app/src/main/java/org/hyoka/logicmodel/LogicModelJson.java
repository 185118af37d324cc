package org.hyoka.logicmodel;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The JSON of the logic model: the page's content, with codes where the page prints labels. */
final class LogicModelJson {

    private LogicModelJson() {
    }

    /** A plan entry: type "strategic-plan" with its code, or "policy" with its tier and number. */
    record Entry(String type, @Nullable String code, @Nullable String tier, @Nullable String number, String label,
            String name) {

        static Entry of(PlanKey key, String name) {
            if (key instanceof PlanKey.StrategicPlan plan) {
                return new Entry("strategic-plan", plan.code(), null, null, key.label(), name);
            }
            PlanKey.Policy policy = (PlanKey.Policy) key;
            return new Entry("policy", null, policy.tier().code(), policy.number(), key.label(), name);
        }
    }

    record Index(String municipalityCode, int fiscalYear, List<IndexEntry> entries) {
        static Index of(String municipalityCode, int fiscalYear, List<PlanEntrySummary> entries) {
            return new Index(municipalityCode, fiscalYear, entries.stream().map(e -> new IndexEntry(
                    Entry.of(e.key(), e.name()), e.projects(), e.fullCost(), e.href(),
                    LogicModelPaths.json(municipalityCode, fiscalYear, e.key()))).toList());
        }
    }

    /** fullCost in 千円, over the entry's published projects. */
    record IndexEntry(Entry entry, int projects, @Nullable Long fullCost, String href, String json) {
    }

    record Model(String municipalityCode, String municipalityName, int fiscalYear, Entry entry,
            List<ProjectJson> projects, LogicModel.Totals totals) {
        static Model of(LogicModel model) {
            return new Model(model.municipalityCode(), model.municipalityName(), model.fiscalYear(),
                    Entry.of(model.key(), model.name()), model.projects().stream().map(ProjectJson::of).toList(),
                    model.totals());
        }
    }

    /** activity: 活動（結果）指標 and 対象指標; outcome: 成果指標; other: 参考指標 and indicators of no kind. */
    record ProjectJson(long id, @Nullable String sheetNumber, String title, String organization,
            @Nullable Long fullCost, String href, List<IndicatorJson> activity, List<IndicatorJson> outcome,
            List<IndicatorJson> other) {
        static ProjectJson of(Project p) {
            return new ProjectJson(p.id(), p.sheetNumber(), p.title(), p.organization(), p.fullCost(), p.href(),
                    p.activity().stream().map(IndicatorJson::of).toList(),
                    p.outcome().stream().map(IndicatorJson::of).toList(),
                    p.other().stream().map(IndicatorJson::of).toList());
        }
    }

    /** kind: the IndicatorKind name; achievement: the AchievementClass code; ratio: 1 = target reached exactly. */
    record IndicatorJson(String name, @Nullable String kind, @Nullable String unit, @Nullable BigDecimal target,
            @Nullable BigDecimal actual, String achievement, String achievementLabel, @Nullable BigDecimal ratio,
            @Nullable BigDecimal costPerUnit) {
        static IndicatorJson of(IndicatorResult i) {
            return new IndicatorJson(i.name(), i.kind() == null ? null : i.kind().name(), i.unit(), i.target(),
                    i.actual(), i.achievement().code(), i.achievement().label(), i.ratio(), i.costPerUnit());
        }
    }
}
