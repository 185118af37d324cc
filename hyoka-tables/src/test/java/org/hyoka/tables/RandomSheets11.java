package org.hyoka.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.hyoka.fixtures.RandomSheets;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.ExpectedEffect;
import org.hyoka.sheet.ExtraText;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.ManagerOpinion;
import org.hyoka.sheet.Means;
import org.hyoka.sheet.NamedAssessment;
import org.hyoka.sheet.PolicyHierarchy;
import org.hyoka.sheet.PolicyTier;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.SheetForm;

/**
 * {@link RandomSheets} with everything schema 1.1 adds, in every state: any form, stated and unstated 1.1
 * fields, up to {@link Indicator#MAX_INDICATORS} indicators in scattered slots with symbols and every kind,
 * the new cost fields, named assessment items and extra texts that hold formulas, commas, quotes and line
 * breaks. Deterministic for a seed; meant to break the table's writer and reader, not to look real.
 */
final class RandomSheets11 {

    private static final String[] TEXTS = {"市が担う必要がある。", "=1+2", "-減少", "'引用", "カンマ,を含む",
        "\"引用符\"と改行\n二行目", "①②③", "長い" + "文章".repeat(300)};
    private static final String[] LINES = {"公共関与の妥当性", "=SUM(A1)", "+追加", "カンマ,を含む", "\"引用符\"", "末尾の空白 "};
    private static final String[] SYMBOLS = {"ア", "イ", "カ", "キ", "サ", "シ"};

    private final RandomSheets base;
    private final SplittableRandom random;

    RandomSheets11(long seed) {
        this.base = new RandomSheets(seed);
        this.random = new SplittableRandom(seed);
    }

    List<Sheet> take(int count) {
        List<Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sheets.add(next());
        }
        return sheets;
    }

    Sheet next() {
        Sheet s = base.next();
        return new Sheet(s.municipality(), s.fiscalYear(), s.sheetNumber(), s.title(), s.budgetAccount(),
                s.organization(), s.period(), s.continuity(), s.deliveryModel(), s.category(), s.legalBasis(),
                s.individualPlans(), s.strategicPlan(), s.mayorPledges(), s.sdgs(), s.targetGroup(), s.purpose(),
                s.activities(), indicators(s.indicators()), costs(s.costs()), s.citizenParticipation(), s.review(),
                s.assessment(), s.challenges(), s.improvementGoal(), s.direction(),
                SheetForm.values()[random.nextInt(SheetForm.values().length)], maybe("0412"),
                new PolicyHierarchy(tier(), tier(), tier(), maybe("41203")), maybeText(),
                new Means(maybeText(), maybeText()), maybeText(), accounts(), items(),
                new ExpectedEffect(maybe("向上"), maybe("削減")), maybeText(),
                new ManagerOpinion(maybe("２　改革改善"), maybeText()), extraTexts());
    }

    /** The base's indicators moved to slots anywhere in 1..30, in order, with a symbol and any kind. */
    private List<Indicator> indicators(List<Indicator> from) {
        List<Indicator> indicators = new ArrayList<>(from);
        for (int extra = random.nextInt(6); extra > 0 && !from.isEmpty(); extra--) {
            indicators.add(from.get(random.nextInt(from.size())));
        }
        List<Indicator> placed = new ArrayList<>();
        int slot = 0;
        for (Indicator i : indicators) {
            slot += 1 + random.nextInt(3);
            if (slot > Indicator.MAX_INDICATORS) {
                break;
            }
            IndicatorKind kind = random.nextInt(5) == 0 ? null : IndicatorKind.values()[random.nextInt(IndicatorKind.values().length)];
            placed.add(new Indicator(slot, i.name(), i.description(), kind, i.unit(), i.values(), i.direction(),
                    maybe(SYMBOLS[random.nextInt(SYMBOLS.length)])));
        }
        return placed;
    }

    private List<CostYear> costs(List<CostYear> from) {
        return from.stream().map(c -> new CostYear(c.fiscalYear(), c.budget(), c.settlement(), c.generalFund(),
                c.nationalPrefecturalBonds(), c.otherFunds(), c.personnelCost(), c.staffFte(), c.staffOvertimeHours(),
                c.fiscalYearStaff(), maybe(amount()), maybe(amount()), maybe(0L), maybe(amount()),
                maybe(new BigDecimal(random.nextInt(10) + ".5")), maybe(new BigDecimal(random.nextInt(3000) + ".00")),
                maybe(amount()))).toList();
    }

    private PolicyTier tier() {
        return new PolicyTier(maybe(String.format("%02d", random.nextInt(100))), maybe(line()));
    }

    private List<String> accounts() {
        List<String> accounts = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            accounts.add("01-02-01-06-04" + random.nextInt(100));
        }
        return accounts;
    }

    private List<NamedAssessment> items() {
        List<NamedAssessment> items = new ArrayList<>();
        for (int i = random.nextInt(10); i > 0; i--) {
            items.add(new NamedAssessment(line(), maybe(random.nextInt(101)), maybe("妥当である"), maybeText()));
        }
        return items;
    }

    private List<ExtraText> extraTexts() {
        List<ExtraText> texts = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            texts.add(new ExtraText(line(), text()));
        }
        return texts;
    }

    private long amount() {
        return random.nextInt(10) == 0 ? -random.nextInt(1000) : random.nextLong(10_000_000L);
    }

    private String text() {
        return TEXTS[random.nextInt(TEXTS.length)];
    }

    private String line() {
        return LINES[random.nextInt(LINES.length)];
    }

    private String maybeText() {
        return maybe(text());
    }

    private <T> T maybe(T value) {
        return random.nextInt(4) == 0 ? null : value;
    }
}
