package org.hyoka.qualitypages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hyoka.arithmetic.Severity;
import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.quality.QualityRule;
import org.hyoka.quality.QualityScore;
import org.hyoka.sheet.FiscalYear;
import org.hyoka.sheet.MunicipalityCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ranking of a municipality's published sheets of a year, from three queries over the derived tables:
 * the sheets, their single-sheet findings, and the fields whose text another published sheet of the same
 * city and year holds too (one copied-text warning per sheet and field, as the lint gives).
 */
@Component
class QualityRanking {

    private static final String PUBLISHED = "s.status = 'published' AND s.municipality_code = ? AND s.fiscal_year = ?";

    private final JdbcTemplate jdbc;

    QualityRanking(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(long id, String title, String number, String department, String division) {
    }

    RankingPage of(String code, int year) {
        List<Row> sheets = jdbc.query("SELECT s.id, s.title, s.sheet_number, s.department, s.division FROM sheet s WHERE "
                + PUBLISHED + " ORDER BY s.sheet_number, s.id", (r, n) -> new Row(r.getLong("id"), r.getString("title"),
                        text(r.getString("sheet_number")), text(r.getString("department")), text(r.getString("division"))),
                code, year);
        Map<Long, Map<QualityRule, Integer>> counts = new LinkedHashMap<>();
        jdbc.query("SELECT f.sheet_id, f.rule FROM sheet_quality_finding f JOIN sheet s ON s.id = f.sheet_id WHERE "
                + PUBLISHED, r -> {
                    long id = r.getLong("sheet_id");
                    QualityRule.byId(r.getString("rule")).ifPresent(rule -> counts
                            .computeIfAbsent(id, k -> new LinkedHashMap<>()).merge(rule, 1, Integer::sum));
                }, code, year);
        jdbc.query("SELECT DISTINCT t.sheet_id, t.field FROM sheet_text t JOIN sheet s ON s.id = t.sheet_id WHERE " + PUBLISHED
                + " AND EXISTS (SELECT 1 FROM sheet_text o JOIN sheet os ON os.id = o.sheet_id WHERE o.text_hash = t.text_hash "
                + "AND o.field = t.field AND o.sheet_id <> t.sheet_id AND os.status = 'published' "
                + "AND os.municipality_code = s.municipality_code AND os.fiscal_year = s.fiscal_year)", r -> {
                    counts.computeIfAbsent(r.getLong("sheet_id"), k -> new LinkedHashMap<>())
                            .merge(QualityRule.COPIED_TEXT, 1, Integer::sum);
                }, code, year);
        List<RankingPage.Ranked> ranked = new ArrayList<>();
        for (Row sheet : sheets) {
            Map<QualityRule, Integer> own = counts.getOrDefault(sheet.id(), Map.of());
            List<Severity> severities = new ArrayList<>();
            List<RankingPage.Lost> lost = new ArrayList<>();
            own.forEach((rule, n) -> {
                for (int i = 0; i < n; i++) {
                    severities.add(rule.severity());
                }
                lost.add(new RankingPage.Lost(rule, n, n * QualityScore.points(rule.severity())));
            });
            lost.sort(Comparator.comparingInt(RankingPage.Lost::points).reversed());
            ranked.add(new RankingPage.Ranked(sheet.id(), sheet.title(), sheet.number(), sheet.department(),
                    sheet.division(), QualityScore.of(severities), lost));
        }
        ranked.sort(Comparator.comparingInt(RankingPage.Ranked::score));
        return new RankingPage(code, name(code), FiscalYear.of(year).toWareki(), ranked, divisions(ranked));
    }

    private static List<RankingPage.Division> divisions(List<RankingPage.Ranked> ranked) {
        Map<List<String>, List<RankingPage.Ranked>> byDivision = new LinkedHashMap<>();
        for (RankingPage.Ranked sheet : ranked) {
            byDivision.computeIfAbsent(List.of(sheet.department(), sheet.division()), k -> new ArrayList<>()).add(sheet);
        }
        List<RankingPage.Division> divisions = new ArrayList<>();
        byDivision.forEach((key, sheets) -> {
            BigDecimal average = BigDecimal.valueOf(sheets.stream().mapToInt(RankingPage.Ranked::score).sum())
                    .divide(BigDecimal.valueOf(sheets.size()), 1, RoundingMode.HALF_UP);
            int findings = sheets.stream().flatMap(s -> s.lost().stream()).mapToInt(RankingPage.Lost::findings).sum();
            divisions.add(new RankingPage.Division(key.get(0), key.get(1), average.toPlainString(), sheets.size(), findings));
        });
        divisions.sort(Comparator.comparing((RankingPage.Division d) -> new BigDecimal(d.averageScore())));
        return divisions;
    }

    private static String name(String code) {
        return MunicipalityCode.parse(code).map(c -> MunicipalityDirectory.shipped().municipality(c).name()).orElse(code);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
