package org.hyoka.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.hyoka.arithmetic.AchievementClass;
import org.hyoka.browse.Format;
import org.hyoka.browse.Labels;
import org.hyoka.dashboard.DashboardTable.Cell;
import org.hyoka.dashboard.DashboardTable.Chart;
import org.hyoka.dashboard.DashboardTable.Series;
import org.hyoka.glossary.Field;
import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.MunicipalityCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The dashboard's tables for a scope: which ones a scope shows, their headers, cells and links. 部, 課, plan
 * codes and policy numbers are a city's own words, so those tables appear only for one municipality.
 */
@Component
class Dashboards {

    static final String SHEETS = "シート数";
    static final String COST = Field.FULL_COST.label() + "（千円）";
    private static final String INDICATORS = "指標数";

    private final DashboardRepository repository;
    private final MunicipalityDirectory directory = MunicipalityDirectory.shipped();
    private final Map<String, Function<DashboardScope, DashboardTable>> tables = new LinkedHashMap<>();

    Dashboards(DashboardRepository repository) {
        this.repository = repository;
        tables.put("municipalities", this::municipalities);
        tables.put("cost-trend", this::trend);
        tables.put("cost-by-department", this::byDepartment);
        tables.put("cost-by-division", this::byDivision);
        tables.put("direction", this::direction);
        tables.put("achievement-by-division", this::achievementByDivision);
        tables.put("achievement-by-kind", this::achievementByKind);
        tables.put("sdgs", this::sdgs);
        tables.put("strategic-plans", this::strategicPlans);
        tables.put("policies", this::policies);
    }

    List<DashboardTable> all(DashboardScope scope) {
        return tables.keySet().stream().filter(id -> shown(id, scope)).map(id -> tables.get(id).apply(scope)).toList();
    }

    private static boolean shown(String id, DashboardScope scope) {
        return switch (id) {
            case "municipalities" -> scope.municipalityCode() == null;
            case "cost-trend", "direction", "achievement-by-kind", "sdgs" -> true;
            default -> scope.municipalityCode() != null;
        };
    }

    String municipalityName(String code) {
        return MunicipalityCode.parse(code).flatMap(directory::lookup).map(e -> e.prefecture() + " " + e.name())
                .orElse(code);
    }

    private DashboardTable municipalities(DashboardScope scope) {
        List<List<Cell>> rows = new ArrayList<>();
        Bars bars = new Bars();
        for (Aggregate group : repository.costByMunicipality(scope)) {
            String code = group.key(0);
            String name = code == null ? Format.MISSING : municipalityName(code);
            String list = Links.sheets(scope, "municipalityCode", code);
            // the name opens that city's dashboard; the numbers open its list
            String dashboard = code == null ? null
                    : Links.dashboard("/dashboard", new DashboardScope(code, scope.fiscalYear()));
            rows.add(List.of(text(name, dashboard), count(group.sheets(), list), count(group.cost(), list)));
            bars.add(name, group.cost(), list);
        }
        return new DashboardTable("municipalities", "自治体ごとの" + Field.FULL_COST.label(),
                "自治体名から、その自治体のダッシュボードを開けます。", List.of(Field.MUNICIPALITY.label(), SHEETS, COST), rows,
                bars.chart(COST));
    }

    private DashboardTable trend(DashboardScope scope) {
        DashboardScope years = scope.allYears();
        List<Aggregate> groups = repository.costByMunicipalityAndYear(years);
        List<List<Cell>> rows = new ArrayList<>();
        List<String> categories = groups.stream().map(g -> g.key(1)).filter(y -> y != null).distinct().sorted()
                .map(y -> y).toList();
        Map<String, Series> series = new LinkedHashMap<>();
        for (Aggregate group : groups) {
            String code = group.key(0);
            String year = group.key(1);
            String list = Links.sheets(DashboardScope.ALL, "municipalityCode", code, "fiscalYear", year);
            String name = code == null ? Format.MISSING : municipalityName(code);
            rows.add(List.of(text(name, list), text(year == null ? Format.MISSING : yearLabel(year), list),
                    count(group.sheets(), list), count(group.cost(), list)));
            int at = categories.indexOf(year);
            if (at >= 0) {
                Series line = series.computeIfAbsent(name, n -> new Series(n, new ArrayList<>(zeros(categories.size())),
                        new ArrayList<>(nulls(categories.size()))));
                line.values().set(at, group.cost());
                line.hrefs().set(at, list);
            }
        }
        return new DashboardTable("cost-trend", Field.FULL_COST.label() + "の推移",
                scope.fiscalYear() == null ? "" : "推移は、選んだ年度に限らず保有するすべての年度を示します。",
                List.of(Field.MUNICIPALITY.label(), Field.FISCAL_YEAR.label(), SHEETS, COST), rows,
                new Chart(COST, categories.stream().map(Dashboards::yearLabel).toList(), List.copyOf(series.values()),
                        false));
    }

    private DashboardTable byDepartment(DashboardScope scope) {
        List<List<Cell>> rows = new ArrayList<>();
        Bars bars = new Bars();
        for (Aggregate group : repository.costByDepartment(scope)) {
            String list = Links.sheets(scope, "department", group.key(0));
            rows.add(List.of(text(blank(group.key(0)), list), count(group.sheets(), list), count(group.cost(), list)));
            bars.add(blank(group.key(0)), group.cost(), list);
        }
        return new DashboardTable("cost-by-department", Field.DEPARTMENT.label() + "ごとの" + Field.FULL_COST.label(), "",
                List.of(Field.DEPARTMENT.label(), SHEETS, COST), rows, bars.chart(COST));
    }

    private DashboardTable byDivision(DashboardScope scope) {
        List<List<Cell>> rows = new ArrayList<>();
        Bars bars = new Bars();
        for (Aggregate group : repository.costByDivision(scope)) {
            String list = Links.sheets(scope, "department", group.key(0), "division", group.key(1));
            rows.add(List.of(text(blank(group.key(0)), list), text(blank(group.key(1)), list),
                    count(group.sheets(), list), count(group.cost(), list)));
            bars.add(blank(group.key(1)), group.cost(), list);
        }
        return new DashboardTable("cost-by-division", Field.DIVISION.label() + "ごとの" + Field.FULL_COST.label(), "",
                List.of(Field.DEPARTMENT.label(), Field.DIVISION.label(), SHEETS, COST), rows, bars.chart(COST));
    }

    private DashboardTable direction(DashboardScope scope) {
        List<List<Cell>> rows = new ArrayList<>();
        Bars bars = new Bars();
        for (Aggregate group : repository.direction(scope)) {
            String list = Links.sheets(scope, "direction", group.key(0));
            rows.add(List.of(text(blank(group.key(0)), list), count(group.sheets(), list), count(group.cost(), list)));
            bars.add(blank(group.key(0)), group.sheets(), list);
        }
        return new DashboardTable("direction", Field.DIRECTION.label() + "ごとのシート数", "",
                List.of(Field.DIRECTION.label(), SHEETS, COST), rows, bars.chart(SHEETS));
    }

    private DashboardTable achievementByDivision(DashboardScope scope) {
        return achievement(scope, "achievement-by-division", Field.DIVISION.label() + "ごとの指標の達成状況",
                List.of(Field.DEPARTMENT.label(), Field.DIVISION.label()), repository.achievementByDivision(scope),
                keys -> new String[] {"department", keys.get(0), "division", keys.get(1)}, 1);
    }

    private DashboardTable achievementByKind(DashboardScope scope) {
        return achievement(scope, "achievement-by-kind", Field.INDICATOR_KIND.label() + "ごとの指標の達成状況",
                List.of(Field.INDICATOR_KIND.label()), repository.achievementByKind(scope),
                keys -> new String[] {"indicatorKind", keys.get(0)}, 0);
    }

    /**
     * A row per group, a column per {@link AchievementClass} with its count of indicators: the cell links to
     * the sheets having at least one indicator of that class in the group.
     */
    private DashboardTable achievement(DashboardScope scope, String id, String title, List<String> keyHeaders,
            List<Aggregate> groups, Function<List<@Nullable String>, @Nullable String[]> filters, int labelKey) {
        int keyCount = keyHeaders.size();
        Map<List<@Nullable String>, Map<String, Long>> counts = new LinkedHashMap<>();
        for (Aggregate group : groups) {
            counts.computeIfAbsent(group.keys().subList(0, keyCount), k -> new LinkedHashMap<>())
                    .put(String.valueOf(group.key(keyCount)), group.indicators());
        }
        AchievementClass[] classes = AchievementClass.values();
        List<String> headers = new ArrayList<>(keyHeaders);
        for (AchievementClass achievement : classes) {
            headers.add(achievement.label());
        }
        headers.add(INDICATORS);
        List<List<Cell>> rows = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<Series> series = new ArrayList<>();
        for (AchievementClass achievement : classes) {
            series.add(new Series(achievement.label(), new ArrayList<>(), new ArrayList<>()));
        }
        for (Map.Entry<List<@Nullable String>, Map<String, Long>> entry : counts.entrySet()) {
            List<@Nullable String> keys = entry.getKey();
            @Nullable String[] groupFilters = filters.apply(keys);
            String groupList = Links.sheets(scope, groupFilters);
            List<Cell> row = new ArrayList<>();
            for (int k = 0; k < keyCount; k++) {
                row.add(text(k == 0 && labelKey == 0 && keyCount == 1 ? kind(keys.get(0)) : blank(keys.get(k)),
                        groupList));
            }
            long total = 0;
            for (int c = 0; c < classes.length; c++) {
                long n = entry.getValue().getOrDefault(classes[c].code(), 0L);
                total += n;
                String list = n == 0 ? null : Links.sheets(scope, append(groupFilters, "achievement", classes[c].code()));
                row.add(count(n, list));
                series.get(c).values().add(n);
                series.get(c).hrefs().add(list);
            }
            row.add(count(total, groupList));
            rows.add(row);
            categories.add(keyCount == 1 ? kind(keys.get(0)) : blank(keys.get(labelKey)));
        }
        return new DashboardTable(id, title, "評価年度の実績による分類です。数は指標の数、リンク先はその指標を持つシートの一覧です。", headers,
                rows, new Chart(INDICATORS, categories, series, true));
    }

    private DashboardTable sdgs(DashboardScope scope) {
        List<List<Cell>> rows = new ArrayList<>();
        Bars bars = new Bars();
        for (Aggregate group : repository.sdgs(scope)) {
            String goal = group.key(0);
            String label = goal == null ? Format.MISSING : Labels.sdg(Integer.parseInt(goal));
            String list = Links.sheets(scope, "sdg", goal);
            rows.add(List.of(text(label, list), count(group.sheets(), list), count(group.cost(), list)));
            bars.add(label, group.cost(), list);
        }
        return new DashboardTable("sdgs", Field.SDGS.label() + "の目標ごとのシート数と" + Field.FULL_COST.label(),
                "複数の目標に関わるシートは、それぞれの目標に数えています。", List.of("目標", SHEETS, COST), rows, bars.chart(COST));
    }

    private DashboardTable strategicPlans(DashboardScope scope) {
        List<List<Cell>> rows = new ArrayList<>();
        Bars bars = new Bars();
        for (Aggregate group : repository.strategicPlans(scope)) {
            String list = Links.sheets(scope, "strategicPlanCode", group.key(0));
            rows.add(List.of(text(blank(group.key(0)), list), count(group.sheets(), list), count(group.cost(), list)));
            bars.add(blank(group.key(0)), group.cost(), list);
        }
        return new DashboardTable("strategic-plans", Field.STRATEGIC_PLAN.label() + "ごとのシート数と" + Field.FULL_COST.label(),
                "", List.of(Field.STRATEGIC_PLAN_CODE.label(), SHEETS, COST), rows, bars.chart(COST));
    }

    private DashboardTable policies(DashboardScope scope) {
        List<List<Cell>> rows = new ArrayList<>();
        Bars bars = new Bars();
        for (Aggregate group : repository.policies(scope)) {
            String tier = tier(String.valueOf(group.key(0)));
            String list = Links.sheets(scope, "policy", group.key(1));
            rows.add(List.of(text(tier, list), text(blank(group.key(1)), list), text(blank(group.key(2)), list),
                    count(group.sheets(), list), count(group.cost(), list)));
            bars.add(tier + " " + blank(group.key(1)), group.cost(), list);
        }
        return new DashboardTable("policies", "政策・施策・基本事業ごとのシート数と" + Field.FULL_COST.label(), "",
                List.of("区分", "番号", "名称", SHEETS, COST), rows, bars.chart(COST));
    }

    private static String tier(String code) {
        return switch (code) {
            case "policy" -> "政策";
            case "measure" -> "施策";
            case "basic-project" -> "基本事業";
            default -> code;
        };
    }

    private static String kind(@Nullable String name) {
        return name == null ? Format.MISSING : Labels.indicatorKind(name).map(IndicatorKind::printed).orElse(name);
    }

    static String yearLabel(String year) {
        try {
            return Format.wareki(Integer.parseInt(year)) + "（" + year + "）";
        } catch (IllegalArgumentException notAYear) {
            return year;
        }
    }

    private static String blank(@Nullable String value) {
        return value == null || value.isBlank() ? Format.MISSING : value;
    }

    private static @Nullable String[] append(@Nullable String[] filters, String name, String value) {
        @Nullable String[] more = java.util.Arrays.copyOf(filters, filters.length + 2);
        more[filters.length] = name;
        more[filters.length + 1] = value;
        return more;
    }

    private static Cell text(String text, @Nullable String href) {
        return new Cell(text, text, href, false);
    }

    private static Cell count(long n, @Nullable String href) {
        return new Cell(Format.number(n), Long.toString(n), href, true);
    }

    private static List<Long> zeros(int n) {
        return java.util.Collections.nCopies(n, 0L);
    }

    private static List<@Nullable String> nulls(int n) {
        return java.util.Collections.nCopies(n, null);
    }

    /** One series of bars, a bar per group. */
    private static final class Bars {
        private final List<String> categories = new ArrayList<>();
        private final List<Long> values = new ArrayList<>();
        private final List<@Nullable String> hrefs = new ArrayList<>();

        void add(String category, long value, @Nullable String href) {
            categories.add(category);
            values.add(value);
            hrefs.add(href);
        }

        Chart chart(String unit) {
            return new Chart(unit, categories, List.of(new Series(unit, values, hrefs)), false);
        }
    }
}
