package org.hyoka.logicmodel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyoka.arithmetic.AchievementClass;
import org.hyoka.browse.Format;
import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.StrategicPlanEntry;
import org.hyoka.sheets.SheetRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Logic models read from the derived tables: two queries for an entry's page (its projects, their
 * indicators), one per tier kind for the index. Only published sheets of the one municipality and year
 * asked for are read. The 戦略プラン's printed title is in the documents only, so one document per entry
 * is read for it; the policy hierarchy's names are in sheet_policy.
 */
@Component
class LogicModels {

    private static final String PUBLISHED = "s.status = 'published' AND s.municipality_code = ? AND s.fiscal_year = ?";
    private static final String IN_PLAN = "EXISTS (SELECT 1 FROM sheet_strategic_plan p WHERE p.sheet_id = s.id "
            + "AND p.code = ?)";
    private static final String IN_POLICY = "EXISTS (SELECT 1 FROM sheet_policy p WHERE p.sheet_id = s.id "
            + "AND p.tier = ? AND p.number = ?)";

    private final JdbcTemplate jdbc;
    private final SheetRepository repository;

    LogicModels(JdbcTemplate jdbc, SheetRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    /** The municipality × year pairs with published sheets, to choose an index from. */
    List<Choice> choices() {
        return jdbc.query("SELECT s.municipality_code, MAX(s.municipality_name) AS name, s.fiscal_year, COUNT(*) AS n "
                + "FROM sheet s WHERE s.status = 'published' AND s.municipality_code IS NOT NULL "
                + "GROUP BY s.municipality_code, s.fiscal_year ORDER BY s.municipality_code, s.fiscal_year DESC",
                (rs, i) -> new Choice(rs.getString(1), Format.text(rs.getString(2)), rs.getInt(3), rs.getInt(4)));
    }

    /** Every plan entry of the municipality's year: 戦略プラン codes, then 政策, 施策 and 基本事業. */
    List<PlanEntrySummary> index(String municipalityCode, int fiscalYear) {
        List<PlanEntrySummary> entries = new ArrayList<>();
        Map<String, Long> firstSheet = new LinkedHashMap<>();
        List<Object[]> plans = jdbc.query("SELECT p.code, COUNT(*), SUM(s.full_cost), MIN(s.id) FROM sheet s "
                + "JOIN (SELECT DISTINCT sheet_id, code FROM sheet_strategic_plan) p ON p.sheet_id = s.id WHERE "
                + PUBLISHED + " GROUP BY p.code ORDER BY p.code",
                (rs, i) -> new Object[] {rs.getString(1), rs.getInt(2), sum(rs.getBigDecimal(3)), rs.getLong(4)},
                municipalityCode, fiscalYear);
        for (Object[] plan : plans) {
            firstSheet.put((String) plan[0], (Long) plan[3]);
        }
        Map<String, String> titles = planTitles(firstSheet);
        for (Object[] plan : plans) {
            PlanKey key = new PlanKey.StrategicPlan((String) plan[0]);
            // the first sheet's 取組; a code groups several, which the entry's page lists
            String title = titles.getOrDefault((String) plan[0], Format.MISSING) + ((Integer) plan[1] > 1 ? " など" : "");
            entries.add(new PlanEntrySummary(key, title,
                    (Integer) plan[1], (Long) plan[2], LogicModelPaths.page(municipalityCode, fiscalYear, key)));
        }
        List<PlanEntrySummary> policies = new ArrayList<>(jdbc.query("SELECT p.tier, p.number, MIN(p.name), COUNT(*), "
                + "SUM(s.full_cost) FROM sheet s JOIN sheet_policy p ON p.sheet_id = s.id WHERE " + PUBLISHED
                + " AND p.number IS NOT NULL GROUP BY p.tier, p.number",
                (rs, i) -> {
                    String number = rs.getString(2);
                    String name = Format.text(rs.getString(3));
                    int projects = rs.getInt(4);
                    Long cost = sum(rs.getBigDecimal(5));
                    return PlanKey.Tier.fromCode(rs.getString(1)).map(tier -> {
                        PlanKey key = new PlanKey.Policy(tier, number);
                        return new PlanEntrySummary(key, name, projects, cost,
                                LogicModelPaths.page(municipalityCode, fiscalYear, key));
                    }).orElse(null);
                },
                municipalityCode, fiscalYear).stream().filter(e -> e != null).toList());
        policies.sort(Comparator.comparing((PlanEntrySummary e) -> ((PlanKey.Policy) e.key()).tier())
                .thenComparing(e -> ((PlanKey.Policy) e.key()).number()));
        entries.addAll(policies);
        return entries;
    }

    /** The entry's model, or empty when no published sheet of the municipality's year serves it. */
    Optional<LogicModel> model(String municipalityCode, int fiscalYear, PlanKey key) {
        String condition;
        Object[] parameters;
        if (key instanceof PlanKey.StrategicPlan plan) {
            condition = PUBLISHED + " AND " + IN_PLAN;
            parameters = new Object[] {municipalityCode, fiscalYear, plan.code()};
        } else {
            PlanKey.Policy policy = (PlanKey.Policy) key;
            condition = PUBLISHED + " AND " + IN_POLICY;
            parameters = new Object[] {municipalityCode, fiscalYear, policy.tier().code(), policy.number()};
        }
        List<Row> rows = jdbc.query("SELECT s.id, s.sheet_number, s.title, s.department, s.division, s.full_cost, "
                + "s.municipality_name FROM sheet s WHERE " + condition + " ORDER BY s.sheet_number NULLS LAST, s.id",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Format.joined(rs.getString(4), rs.getString(5)), (Long) rs.getObject(6, Long.class),
                        Format.text(rs.getString(7))),
                parameters);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, List<IndicatorResult>> indicators = new LinkedHashMap<>();
        jdbc.query("SELECT i.sheet_id, i.position, i.name, i.kind, i.unit, i.target, i.actual, i.achievement, "
                + "i.ratio, i.cost_per_unit FROM sheet_indicator i JOIN sheet s ON s.id = i.sheet_id WHERE "
                + condition + " ORDER BY i.sheet_id, i.position",
                rs -> {
                    indicators.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new IndicatorResult(
                            rs.getInt(2), rs.getString(3), kind(rs.getString(4)), rs.getString(5),
                            rs.getBigDecimal(6), rs.getBigDecimal(7),
                            AchievementClass.fromCode(rs.getString(8)).orElse(AchievementClass.NO_TARGET),
                            rs.getBigDecimal(9), rs.getBigDecimal(10)));
                }, parameters);
        List<Project> projects = rows.stream().map(row -> new Project(row.id(), row.sheetNumber(), row.title(),
                row.organization(), row.fullCost(), indicators.getOrDefault(row.id(), List.of()))).toList();
        return Optional.of(LogicModel.of(municipalityCode, rows.get(0).municipalityName(), fiscalYear, key,
                name(key, rows.stream().map(Row::id).toList(), municipalityCode, fiscalYear), projects));
    }

    /**
     * A 戦略プラン code groups several 取組, each sheet printing its own: the distinct ones of the projects,
     * from their documents (read in batches). The policy tiers' names are in sheet_policy.
     */
    private String name(PlanKey key, List<Long> projects, String municipalityCode, int fiscalYear) {
        if (key instanceof PlanKey.StrategicPlan plan) {
            java.util.Set<String> printed = new java.util.LinkedHashSet<>();
            try {
                repository.inOrder(projects).forEachRemaining(stored -> stored.sheet().strategicPlan().stream()
                        .filter(e -> plan.code().equals(e.code())).map(LogicModels::printed)
                        .forEach(printed::add));
            } catch (IllegalStateException withdrawnMeanwhile) {
                // a sheet withdrawn since the first query: its 取組 is no longer the public's to read
            }
            printed.remove(Format.MISSING);
            return printed.isEmpty() ? Format.MISSING : String.join("／", printed);
        }
        PlanKey.Policy policy = (PlanKey.Policy) key;
        return jdbc.queryForList("SELECT MIN(p.name) FROM sheet s JOIN sheet_policy p ON p.sheet_id = s.id WHERE "
                + PUBLISHED + " AND p.tier = ? AND p.number = ?", String.class, municipalityCode, fiscalYear,
                policy.tier().code(), policy.number()).stream().filter(n -> n != null).findFirst().orElse(Format.MISSING);
    }

    /** 施策2 取組1 データ利活用研修の実施…: each code's entry as the first sheet naming it prints it, one batched read. */
    private Map<String, String> planTitles(Map<String, Long> firstSheetOfCode) {
        Map<Long, String> codeOf = new LinkedHashMap<>();
        firstSheetOfCode.forEach((code, id) -> codeOf.put(id, code));
        Map<String, String> titles = new LinkedHashMap<>();
        try {
            repository.inOrder(new ArrayList<>(codeOf.keySet())).forEachRemaining(stored -> {
                String code = codeOf.get(stored.id());
                stored.sheet().strategicPlan().stream().filter(e -> code.equals(e.code())).findFirst()
                        .map(LogicModels::printed).ifPresent(title -> titles.put(code, title));
            });
        } catch (IllegalStateException withdrawnMeanwhile) {
            // a sheet withdrawn since the first query: the codes read so far keep their names
        }
        return titles;
    }

    private static String printed(StrategicPlanEntry entry) {
        List<String> parts = new ArrayList<>();
        if (entry.policy() != null && !entry.policy().isBlank()) {
            parts.add("施策" + entry.policy());
        }
        if (entry.initiative() != null && !entry.initiative().isBlank()) {
            parts.add("取組" + entry.initiative());
        }
        if (entry.title() != null && !entry.title().isBlank()) {
            parts.add(entry.title());
        }
        return parts.isEmpty() ? Format.MISSING : String.join(" ", parts);
    }

    /** SUM of BIGINT is NUMERIC on PostgreSQL and BIGINT on H2; null when no row has a cost. */
    private static @Nullable Long sum(@Nullable BigDecimal sum) {
        return sum == null ? null : sum.longValueExact();
    }

    private static @Nullable IndicatorKind kind(@Nullable String name) {
        if (name == null) {
            return null;
        }
        try {
            return IndicatorKind.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private record Row(long id, @Nullable String sheetNumber, String title, String organization,
            @Nullable Long fullCost, String municipalityName) {
    }
}
