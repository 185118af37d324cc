package org.hyoka.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.hyoka.sheet.Continuity;
import org.hyoka.sheet.IndicatorKind;

/**
 * Page 1's values, in the order the form draws them: 市民参加 (four cells), 事業の概要, 新規・継続,
 * 事務事業名, 事業体制; the staff rows, 予算科目, indicator 1's 実績 row and 決算額; 事業期間,
 * 根拠法令等, 個別計画, 目的, indicator 1's 概要 and name; its year header, the evaluated year and its
 * 目標値 row; 事業分類, SDGs, 戦略プラン, the sheet number, indicator 1's kind, 市長公約, 担当部課,
 * 係名, 対象, the unit; the four funding rows and the cost year header. Empty cells draw nothing,
 * so fields are found by the shape of their neighbours, not by counting lines.
 */
final class FirstPageParser {

    private static final Pattern SECTION_NAME = Pattern.compile(".*(係|担当|グループ|チーム|班|室)$");

    private final List<Item> v;
    private final Draft d;
    private final List<Integer> indicatorYears;
    private final int indicatorHeader;
    private final int costHeader;

    private FirstPageParser(List<Item> values, Draft draft) {
        this.v = values;
        this.d = draft;
        this.costHeader = lastIndex(Shapes::isYearHeader, v.size());
        int header = costHeader < 0 ? -1 : lastIndex(Shapes::isYearHeader, costHeader);
        this.indicatorHeader = header;
        this.indicatorYears = header < 0 ? List.of() : Shapes.yearsIn(v.get(header).flat());
    }

    static void parse(List<Item> values, Draft draft) {
        new FirstPageParser(values, draft).parse();
    }

    private void parse() {
        int end = costHeader < 0 ? v.size() : costHeader;
        if (costHeader >= 0) {
            d.costYears = Shapes.yearsIn(v.get(costHeader).flat());
            d.place(v.get(costHeader));
        }
        int rowsStart = firstIndex(0, end, i -> Shapes.isNumberRow(i) || Shapes.isYesNoRow(i));
        if (rowsStart < 0) {
            front(v.subList(0, end));
            return;
        }
        front(v.subList(0, rowsStart));
        int rowsEnd = staffRows(rowsStart, end);
        // Anchors count only in the form's order: a year header before the staff rows is not one.
        boolean headerInPlace = indicatorHeader >= rowsEnd;
        int textsEnd = headerInPlace ? indicatorHeader : firstIndex(rowsEnd, end, Shapes::isSingleYear);
        if (textsEnd < 0) {
            return;
        }
        int midStart = yearAndTargets(textsEnd, headerInPlace, end);
        int fundingStart = end;
        while (fundingStart - 1 >= midStart && Shapes.isNumberRow(v.get(fundingStart - 1))) {
            fundingStart--;
        }
        boolean named = middle(midStart, fundingStart);
        texts(v.subList(rowsEnd, textsEnd), named);
        funding(v.subList(fundingStart, end));
    }

    /** 市民参加 ×4, 事業の概要, then 新規・継続, 事務事業名 and 事業体制. */
    private void front(List<Item> items) {
        int continuity = -1;
        for (int i = 0; i < items.size(); i++) {
            if (Continuity.fromPrinted(items.get(i).flat()).isPresent()) {
                continuity = i;
                break;
            }
        }
        List<Item> before;
        List<Item> after;
        if (continuity >= 0) {
            d.continuity = items.get(continuity).flat();
            d.place(items.get(continuity));
            before = items.subList(0, continuity);
            after = items.subList(continuity + 1, items.size());
        } else {
            int split = Math.max(0, items.size() - 2);
            before = items.subList(0, split);
            after = items.subList(split, items.size());
        }
        if (!after.isEmpty()) {
            d.title = Texts.textOrNull(after.get(0));
            d.place(after.get(0));
        }
        if (after.size() > 1) {
            d.deliveryModel = Texts.textOrNull(after.get(1));
            d.place(after.get(1));
        }
        if (!before.isEmpty()) {
            int cells = Math.min(d.participation.length, before.size() - 1);
            for (int i = 0; i < cells; i++) {
                d.participation[i] = Texts.textOrNull(before.get(i));
                d.place(before.get(i));
            }
            List<Item> activities = before.subList(cells, before.size());
            d.activities = Texts.joinOrNull(activities);
            d.placeAll(activities);
        }
    }

    /** Staff rows, 会計年度任用職員, 予算科目, indicator 1's 実績 and 決算額; returns the index after them. */
    private int staffRows(int start, int end) {
        int i = start;
        boolean afterAccount = false;
        List<Item> decimalRows = new ArrayList<>();
        for (; i < end; i++) {
            Item item = v.get(i);
            var account = Shapes.budgetAccount(item);
            if (account.isPresent()) {
                d.accountCode = account.get()[0];
                d.accountName = account.get()[1].isEmpty() ? null : account.get()[1];
                afterAccount = true;
            } else if (Shapes.isYesNoRow(item)) {
                d.fiscalYearStaff = Shapes.tokens(item.flat()).stream()
                        .map(c -> c.equals("有") ? Optional.of(true)
                                : c.equals("無") ? Optional.of(false) : Optional.<Boolean>empty())
                        .toList();
            } else if (!Shapes.isNumberRow(item)) {
                break;
            } else if (isIndicatorRow(item, afterAccount)) {
                d.indicator(1).actuals = Shapes.numbers(item);
            } else if (hasDecimals(item)) {
                decimalRows.add(item);
            } else if (!afterAccount && d.personnelCost.isEmpty()) {
                d.personnelCost = Shapes.numbers(item);
            } else if (afterAccount && d.settlement.isEmpty()) {
                d.settlement = Shapes.numbers(item);
            } else {
                continue;
            }
            d.place(item);
        }
        // 正職員従事割合 is printed before 時間外勤務; both with two decimals.
        if (!decimalRows.isEmpty()) {
            d.staffFte = Shapes.numbers(decimalRows.get(0));
            d.place(decimalRows.get(0));
        }
        if (decimalRows.size() > 1) {
            d.overtime = Shapes.numbers(decimalRows.get(1));
            d.place(decimalRows.get(1));
        }
        return i;
    }

    private boolean isIndicatorRow(Item item, boolean afterAccount) {
        int cells = Shapes.cellCount(item);
        if (!indicatorYears.isEmpty() && indicatorYears.size() != d.costYears.size()) {
            return cells == indicatorYears.size() && d.indicator(1).actuals.isEmpty();
        }
        return afterAccount && d.indicator(1).actuals.isEmpty() && hasDecimals(item);
    }

    private static boolean hasDecimals(Item item) {
        return Shapes.tokens(item.flat()).stream().anyMatch(t -> t.contains(".") || t.contains("．"));
    }

    /** The indicator year header, 令和 N年度 (the evaluated year) and indicator 1's 目標値 row. */
    private int yearAndTargets(int header, boolean headerInPlace, int end) {
        if (headerInPlace) {
            d.indicator(1).years = indicatorYears;
            d.place(v.get(header));
        }
        int i = headerInPlace ? header + 1 : header;
        int fiscalYear = firstIndex(i, end, Shapes::isSingleYear);
        if (fiscalYear >= 0) {
            d.fiscalYear = Shapes.yearsIn(v.get(fiscalYear).flat()).get(0);
            d.place(v.get(fiscalYear));
            i = Math.max(i, fiscalYear + 1);
        }
        if (i < end && Shapes.isNumberRow(v.get(i))) {
            d.indicator(1).targets = Shapes.numbers(v.get(i));
            d.place(v.get(i));
            i++;
        }
        return i;
    }

    /**
     * 事業分類, SDGs, 戦略プラン, sheet number, indicator kind, 市長公約, 担当部課, 係名, 対象, unit.
     * Returns whether indicator 1 is named: its kind or unit is printed.
     */
    private boolean middle(int start, int end) {
        int i = start;
        if (i < end && !Shapes.isSdgLine(v.get(i)) && !Shapes.isSheetNumber(v.get(i))
                && !Shapes.isPlanCode(v.get(i).flat()) && Shapes.planRow(v.get(i).flat()).isEmpty()) {
            d.category = Texts.textOrNull(v.get(i));
            d.place(v.get(i++));
        }
        while (i < end && Shapes.isSdgLine(v.get(i))) {
            d.sdgs.addAll(Shapes.sdgGoals(v.get(i)));
            d.place(v.get(i++));
        }
        int number = firstIndex(i, end, Shapes::isSheetNumber);
        int planEnd = number >= 0 ? number : firstIndex(i, end, Shapes::isKind);
        if (planEnd < 0) {
            planEnd = i;
        }
        StrategicPlanReader.read(v.subList(i, planEnd), d);
        i = planEnd;
        if (number >= 0) {
            d.sheetNumber = v.get(number).flat();
            d.place(v.get(number));
            i = number + 1;
        }
        boolean named = false;
        List<Item> organization = new ArrayList<>();
        for (; i < end; i++) {
            Item item = v.get(i);
            var kind = Shapes.isKind(item) ? Shapes.kindPrefix(item.flat()) : Optional.<IndicatorKind>empty();
            if (kind.isPresent() && organization.isEmpty()) {
                d.indicator(1).kind = kind.get();
                String unit = item.flat().strip().substring(kind.get().printed().length()).strip();
                if (!unit.isEmpty()) {
                    d.indicator(1).unit = unit;
                }
                named = true;
                d.place(item);
            } else if (Shapes.isSmallNumbers(item) && organization.isEmpty()) {
                d.mayorPledges.addAll(Shapes.tokens(item.flat()));
                d.place(item);
            } else {
                organization.add(item);
            }
        }
        return organization(organization) || named;
    }

    /** 担当部課, then 係名, 対象 and the unit, any of the last three possibly empty. */
    private boolean organization(List<Item> items) {
        if (items.isEmpty()) {
            return false;
        }
        d.organization = items.get(0).flat();
        d.place(items.get(0));
        List<Item> rest = items.subList(1, items.size());
        int i = 0;
        if (rest.size() >= 3 || (rest.size() == 2 && SECTION_NAME.matcher(rest.get(0).flat()).matches())) {
            d.section = Texts.textOrNull(rest.get(i));
            d.place(rest.get(i++));
        }
        if (i < rest.size()) {
            d.targetGroup = Texts.textOrNull(rest.get(i));
            d.place(rest.get(i++));
        }
        if (i < rest.size() && d.indicator(1).unit == null) {
            d.indicator(1).unit = Texts.textOrNull(rest.get(i));
            d.place(rest.get(i));
            return true;
        }
        return false;
    }

    /** 予算額, 国庫、県支出金、地方債, その他, 一般財源: the last four rows before the cost year header. */
    private void funding(List<Item> rows) {
        int skip = Math.max(0, rows.size() - 4);
        List<Item> four = rows.subList(skip, rows.size());
        if (four.size() > 0) {
            d.budget = Shapes.numbers(four.get(0));
        }
        if (four.size() > 1) {
            d.bonds = Shapes.numbers(four.get(1));
        }
        if (four.size() > 2) {
            d.otherFunds = Shapes.numbers(four.get(2));
        }
        if (four.size() > 3) {
            d.generalFund = Shapes.numbers(four.get(3));
        }
        d.placeAll(four);
    }

    /**
     * 事業期間, 根拠法令等, 個別計画, 目的, indicator 1's 概要 and name. 個別計画 shares a printed row
     * with 事業期間: with no 根拠法令等 drawn between them the extractor writes both on one line. Laws
     * and plan names are titles; 目的 is a sentence, so the first item with 。 is 目的.
     */
    private void texts(List<Item> items, boolean named) {
        if (items.isEmpty()) {
            return;
        }
        Item periodItem = items.get(0);
        d.place(periodItem);
        List<String> periodLines = periodItem.strippedLines();
        PeriodText.Split period = PeriodText.split(periodLines.get(0));
        d.periodText = period.period().orElse(null);
        List<String> gluedPlans = new ArrayList<>();
        if (!period.rest().isEmpty()) {
            gluedPlans.add(period.rest());
            gluedPlans.addAll(periodLines.subList(1, periodLines.size()));
        } else if (periodLines.size() > 1 || d.periodText == null) {
            d.periodText = Texts.textOrNull(periodItem);
        }
        List<Item> rest = new ArrayList<>(items.subList(1, items.size()));
        if (named && !rest.isEmpty()) {
            Item name = rest.remove(rest.size() - 1);
            d.indicator(1).name = Texts.textOrNull(name);
            d.place(name);
        }
        d.placeAll(rest);
        int purpose = firstIndex(rest, i -> i.text().contains("。"));
        boolean glued = !gluedPlans.isEmpty();
        if (purpose < 0) {
            purpose = glued || rest.size() < 2 ? 0 : Math.min(2, rest.size() - 1);
        }
        if (rest.isEmpty()) {
            d.individualPlans.addAll(Texts.entries(gluedPlans));
            return;
        }
        List<String> planLines = new ArrayList<>(gluedPlans);
        for (int i = 0; i < purpose; i++) {
            if (i == 0 && !glued) {
                d.legalBasis.addAll(Texts.entries(rest.get(0).strippedLines()));
            } else {
                planLines.addAll(rest.get(i).strippedLines());
            }
        }
        d.individualPlans.addAll(Texts.entries(planLines));
        d.purpose = Texts.textOrNull(rest.get(purpose));
        if (d.indicator(1).name != null) {
            d.indicator(1).description = Texts.joinOrNull(rest.subList(purpose + 1, rest.size()));
        } else if (purpose + 1 < rest.size()) {
            // A 概要 without a name names no indicator; its text is reported, not dropped.
            rest.subList(purpose + 1, rest.size()).forEach(d::unplace);
        }
    }

    private int firstIndex(int from, int to, Predicate<Item> predicate) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (predicate.test(v.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private int lastIndex(Predicate<Item> predicate, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (predicate.test(v.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int firstIndex(List<Item> items, Predicate<Item> predicate) {
        for (int i = 0; i < items.size(); i++) {
            if (predicate.test(items.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
