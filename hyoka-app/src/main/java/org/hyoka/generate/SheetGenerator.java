package org.hyoka.generate;

import static org.hyoka.generate.Vocabulary.pick;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.arithmetic.UnitCosts;
import org.hyoka.sheet.Assessment;
import org.hyoka.sheet.BudgetAccount;
import org.hyoka.sheet.Challenges;
import org.hyoka.sheet.CitizenParticipation;
import org.hyoka.sheet.Continuity;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.FiscalYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.Organization;
import org.hyoka.sheet.Period;
import org.hyoka.sheet.ProjectDirection;
import org.hyoka.sheet.Review;
import org.hyoka.sheet.Score;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.StrategicPlanEntry;

/**
 * Synthetic sheets, deterministic for a seed: the same seed, count and municipalities give the same
 * sheets. Sheets are spread round-robin over the municipalities and over the evaluated years
 * 2023–2025, numbered 001… within each (municipality, year) as a printed volume numbers them. The
 * arithmetic holds: funding sums to the settlement and 人件費計 follows the unit cost table.
 */
public final class SheetGenerator {

    static final List<Integer> YEARS = List.of(2023, 2024, 2025);

    private final List<Municipality> municipalities;
    private final UnitCostTable unitCosts;
    private final long seed;
    private final IndicatorGenerator indicators = new IndicatorGenerator();

    public SheetGenerator(List<Municipality> municipalities, UnitCostTable unitCosts, long seed) {
        if (municipalities.isEmpty()) {
            throw new IllegalArgumentException("at least one municipality is needed");
        }
        this.municipalities = List.copyOf(municipalities);
        this.unitCosts = unitCosts;
        this.seed = seed;
    }

    /** The first {@code count} sheets, made one at a time as they are asked for. */
    public Iterator<Sheet> sheets(long count) {
        return new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Sheet next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                return sheet(next++);
            }
        };
    }

    /** Sheet number {@code index}: its own random stream, so any sheet can be made without the others. */
    public Sheet sheet(long index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        Municipality municipality = municipalities.get((int) (index % municipalities.size()));
        long round = index / municipalities.size();
        int year = YEARS.get((int) (round % YEARS.size()));
        String number = String.format("%03d", round / YEARS.size() + 1);
        Vocabulary.Unit unit = pick(random, Vocabulary.UNITS);
        String topic = pick(random, Vocabulary.TOPICS);
        String title = topic + pick(random, Vocabulary.SUFFIXES);
        boolean isNew = random.nextInt(10) == 0;
        int start = isNew ? year : year - 1 - random.nextInt(15);
        String decision = pick(random, Vocabulary.DECISIONS);
        return new Sheet(municipality, FiscalYear.of(year), number, title,
                new BudgetAccount(String.format("01-%02d%02d%02d-%02d", 2 + random.nextInt(9), 1 + random.nextInt(9),
                        1 + random.nextInt(20), 1 + random.nextInt(30)), title.length() > 16 ? title.substring(0, 16) : title),
                new Organization(unit.department(), unit.division(), unit.section()),
                // a period's years are what its text prints: 毎年度 names none
                random.nextBoolean() ? new Period("毎年度", null, null)
                        : new Period(FiscalYear.of(start).toWareki() + "～", start, null),
                isNew ? Continuity.NEW : Continuity.CONTINUING, pick(random, Vocabulary.DELIVERY),
                pick(random, Vocabulary.CATEGORIES), List.of(pick(random, Vocabulary.LAWS)),
                random.nextInt(3) == 0 ? List.of(unit.division().replace("課", "") + "基本計画") : List.of(),
                strategicPlan(random), random.nextInt(4) == 0 ? List.of(Integer.toString(1 + random.nextInt(30))) : List.of(),
                sdgs(random), pick(random, Vocabulary.TARGETS),
                pick(random, Vocabulary.TARGETS) + "の" + topic + "に関する課題を解決し、暮らしの質を高める。",
                topic + "について、" + pick(random, Vocabulary.DELIVERY) + "により必要な取組を行う。",
                indicators.indicators(random, year), costs(random, year),
                new CitizenParticipation(random.nextBoolean() ? "広報紙及びホームページで周知した。" : null, null,
                        random.nextInt(3) == 0 ? "市民団体と協働で実施した。" : null, null),
                new Review("前年度の課題を踏まえ、" + topic + "の実施方法を見直した。",
                        topic + "を計画どおり実施した。"),
                assessment(random),
                new Challenges(topic + "の担い手の確保が課題である。", random.nextBoolean() ? "特になし。" : "事業費の増加が見込まれる。"),
                topic + "の効果を検証し、より効率的な実施方法を検討する。",
                new ProjectDirection(decision, decision + "とする。" + topic + "の必要性と成果を踏まえた判断である。"));
    }

    private static List<StrategicPlanEntry> strategicPlan(SplittableRandom random) {
        List<StrategicPlanEntry> entries = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            int policy = 1 + random.nextInt(5);
            entries.add(new StrategicPlanEntry(pick(random, Vocabulary.ROMAN) + "-" + (1 + random.nextInt(4)),
                    Integer.toString(policy), Integer.toString(1 + random.nextInt(9)), "取組" + policy + "の推進"));
        }
        return entries;
    }

    private static List<Integer> sdgs(SplittableRandom random) {
        TreeSet<Integer> goals = new TreeSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            goals.add(1 + random.nextInt(17));
        }
        return List.copyOf(goals);
    }

    private static Assessment assessment(SplittableRandom random) {
        return new Assessment(new Score(3 + random.nextInt(3), "今後も一定の市民ニーズが見込まれる。"),
                new Score(3 + random.nextInt(2), "年度当初の計画通りに事業を実施することができた。"),
                new Score(3 + random.nextInt(3), "市の関与の必要性が高い事業である。"),
                new Score(2 + random.nextInt(4), "市民ニーズや市民生活への影響等を鑑みて、継続して実施する必要がある。"));
    }

    /**
     * The five printed years around the evaluated one. Years up to it are settled and their funding
     * adds up; later years print a settlement of 0, as the seed sheets do.
     */
    private List<CostYear> costs(SplittableRandom random, int evaluated) {
        long base = Math.round(Math.exp(Math.log(500) + random.nextDouble() * Math.log(4000.0)));
        BigDecimal fte = BigDecimal.valueOf(5 + random.nextInt(296), 2).setScale(2, RoundingMode.UNNECESSARY);
        List<CostYear> years = new ArrayList<>();
        for (int year = evaluated - 2; year <= evaluated + 2; year++) {
            long budget = Math.max(1, Math.round(base * (0.85 + random.nextDouble() * 0.3)));
            BigDecimal overtime = BigDecimal.valueOf(random.nextInt(80) * 10L).setScale(1, RoundingMode.UNNECESSARY);
            long personnel = personnelCost(year, fte, overtime);
            if (year <= evaluated) {
                long settlement = Math.round(budget * (0.8 + random.nextDouble() * 0.25));
                long national = random.nextInt(3) == 0 ? Math.round(settlement * random.nextDouble() * 0.5) : 0;
                long other = random.nextInt(4) == 0 ? Math.round((settlement - national) * random.nextDouble() * 0.2) : 0;
                years.add(new CostYear(year, budget, settlement, settlement - national - other, national, other,
                        personnel, fte, overtime, random.nextInt(3) == 0));
            } else {
                years.add(new CostYear(year, budget, 0L, 0L, 0L, 0L, personnel, fte, overtime, random.nextInt(3) == 0));
            }
        }
        return years;
    }

    /** From the table; a year the table does not cover uses the nearest year it does. */
    private long personnelCost(int year, BigDecimal fte, BigDecimal overtime) {
        int nearest = unitCosts.all().stream().map(UnitCosts::fiscalYear)
                .min((a, b) -> Integer.compare(Math.abs(a - year), Math.abs(b - year))).orElseThrow();
        UnitCosts unit = unitCosts.forYear(year).orElse(unitCosts.forYear(nearest).orElseThrow());
        return fte.multiply(unit.fullTimeEmployee()).add(overtime.multiply(unit.overtimeHour()))
                .setScale(0, unitCosts.rounding()).longValueExact();
    }
}
