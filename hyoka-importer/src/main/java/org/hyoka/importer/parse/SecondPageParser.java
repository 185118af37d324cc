package org.hyoka.importer.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.hyoka.sheet.IndicatorKind;

/**
 * Page 2's values in drawing order: 改善目標, 成果, 方向性, the four scores and their four comments,
 * 課題 (業務, then 組織、予算等), then indicators 2–5 with 理由, and 前年度の課題への対応 last.
 * Indicators 2–5 come in one of two ways. Where the form prints their grids, all slots' 実績 come
 * first (year by year, slot by slot), then the 概要 and names of the named slots, the year headings,
 * the 目標値, 理由, kinds and units. Where it does not, only 概要, names, 理由, kinds and units come,
 * and 理由 is glued to the item before it.
 */
final class SecondPageParser {

    private static final int FIRST_SLOT = 2;
    private static final int SLOTS = 4;
    private static final int SCORES = 4;

    private final List<Item> v;
    private final Draft d;

    private SecondPageParser(List<Item> values, Draft draft) {
        this.v = values;
        this.d = draft;
    }

    static void parse(List<Item> values, Draft draft) {
        new SecondPageParser(values, draft).parse();
    }

    private void parse() {
        int scores = scoreRun();
        if (scores < 0) {
            return;
        }
        beforeScores(v.subList(0, scores));
        for (int i = 0; i < SCORES; i++) {
            Item score = v.get(scores + i);
            d.scores[i] = Shapes.number(score.flat()).map(BigDecimal::intValue).orElse(null);
            d.place(score);
        }
        int i = scores + SCORES;
        int last = v.size() - 1;
        for (int c = 0; c < SCORES && i < last && isText(v.get(i)); c++, i++) {
            d.comments[c] = Texts.textOrNull(v.get(i));
            d.place(v.get(i));
        }
        if (last >= i) {
            d.responseToPreviousIssues = Texts.textOrNull(v.get(last));
            d.place(v.get(last));
            tail(v.subList(i, last));
        }
    }

    private int scoreRun() {
        for (int s = 0; s + SCORES <= v.size(); s++) {
            boolean run = true;
            for (int k = 0; k < SCORES && run; k++) {
                run = Shapes.isScore(v.get(s + k));
            }
            if (run) {
                return s;
            }
        }
        return -1;
    }

    /** 改善目標, 成果 and 方向性 (a short word, printed last of the three). */
    private void beforeScores(List<Item> items) {
        List<Item> texts = items;
        if (!items.isEmpty() && isDecision(items.get(items.size() - 1))) {
            Item decision = items.get(items.size() - 1);
            d.decision = Texts.textOrNull(decision);
            d.place(decision);
            texts = items.subList(0, items.size() - 1);
        }
        if (!texts.isEmpty()) {
            d.improvementGoal = Texts.textOrNull(texts.get(0));
            d.outcomes = Texts.joinOrNull(texts.subList(1, texts.size()));
            d.placeAll(texts);
        }
    }

    private static boolean isDecision(Item item) {
        String text = item.flat().strip();
        return item.lines().size() == 1 && Shapes.width(text) <= 10 && !text.contains("。");
    }

    private static boolean isText(Item item) {
        return !Shapes.isSingleNumber(item) && !Shapes.isSingleYear(item) && !Shapes.isKind(item);
    }

    private void tail(List<Item> items) {
        int grid = first(items, 0, i -> Shapes.isSingleNumber(i) || Shapes.isSingleYear(i));
        if (grid >= 0) {
            challenges(items.subList(0, grid));
            withGrids(items, grid);
        } else {
            withoutGrids(items);
        }
    }

    private void challenges(List<Item> items) {
        if (!items.isEmpty()) {
            d.challengesOperations = Texts.textOrNull(items.get(0));
            d.challengesOrganization = Texts.joinOrNull(items.subList(1, items.size()));
            d.placeAll(items);
        }
    }

    private void withGrids(List<Item> items, int start) {
        int i = start;
        List<Optional<BigDecimal>> actuals = new ArrayList<>();
        for (; i < items.size() && Shapes.isSingleNumber(items.get(i)); i++) {
            actuals.add(Shapes.number(items.get(i).flat().strip()));
            d.place(items.get(i));
        }
        int yearsAt = first(items, i, Shapes::isSingleYear);
        int groupEnd = yearsAt < 0 ? first(items, i, Shapes::isSingleNumber) : yearsAt;
        List<Item> namesAndDescriptions = items.subList(i, groupEnd < 0 ? i : groupEnd);
        i = groupEnd < 0 ? i : groupEnd;
        List<Integer> years = new ArrayList<>();
        int yearCells = 0;
        for (; i < items.size() && Shapes.isSingleYear(items.get(i)); i++, yearCells++) {
            Integer year = Shapes.yearsIn(items.get(i).flat()).get(0);
            if (!years.contains(year)) {
                years.add(year);
            }
            d.place(items.get(i));
        }
        List<Optional<BigDecimal>> targets = new ArrayList<>();
        for (; i < items.size() && Shapes.isSingleNumber(items.get(i)); i++) {
            targets.add(Shapes.number(items.get(i).flat().strip()));
            d.place(items.get(i));
        }
        int kinds = first(items, i, Shapes::isKind);
        List<Item> reason = items.subList(i, kinds < 0 ? items.size() : kinds);
        d.reason = Texts.joinOrNull(reason);
        d.placeAll(reason);
        List<Item> kindsAndUnits = kinds < 0 ? List.of() : items.subList(kinds, items.size());
        int named = names(namesAndDescriptions, countKinds(kindsAndUnits));
        int slots = years.isEmpty() ? SLOTS : Math.max(1, yearCells / years.size());
        for (int s = 0; s < named; s++) {
            Draft.IndicatorDraft indicator = d.indicator(FIRST_SLOT + s);
            indicator.years = years;
            indicator.actuals = column(actuals, s, slots, years.size());
            indicator.targets = column(targets, s, slots, years.size());
        }
        kindsAndUnits(kindsAndUnits, named);
    }

    private static List<Optional<BigDecimal>> column(List<Optional<BigDecimal>> grid, int slot, int slots, int years) {
        List<Optional<BigDecimal>> column = new ArrayList<>();
        for (int y = 0; y < years; y++) {
            int cell = y * slots + slot;
            column.add(cell < grid.size() ? grid.get(cell) : Optional.empty());
        }
        return column;
    }

    /**
     * Without grids: 業務, 組織、予算等, the 概要 and names of the named slots, then 理由, which the
     * extractor glues to the item drawn before it (it starts with a space), then kinds and units.
     */
    private void withoutGrids(List<Item> items) {
        int kinds = first(items, 0, Shapes::isKind);
        List<Item> texts = items.subList(0, kinds < 0 ? items.size() : kinds);
        List<Item> kindsAndUnits = kinds < 0 ? List.of() : items.subList(kinds, items.size());
        if (texts.isEmpty()) {
            kindsAndUnits(kindsAndUnits, names(List.of(), countKinds(kindsAndUnits)));
            return;
        }
        d.challengesOperations = Texts.textOrNull(texts.get(0));
        d.place(texts.get(0));
        int reason = -1;
        for (int i = texts.size() - 1; i >= 1 && reason < 0; i--) {
            reason = texts.get(i).glued() ? i : -1;
        }
        if (reason >= 0) {
            d.reason = Texts.textOrNull(texts.get(reason));
            d.place(texts.get(reason));
        }
        List<Item> middle = texts.subList(1, reason >= 0 ? reason : texts.size());
        int expectedNames = Math.min(countKinds(kindsAndUnits), Math.min(SLOTS, middle.size()));
        List<Item> beforeNames = middle.subList(0, middle.size() - expectedNames);
        boolean hasOrganization = beforeNames.size() > expectedNames
                || (beforeNames.size() >= 2 && beforeNames.get(1).glued()) || expectedNames == 0;
        if (hasOrganization && !beforeNames.isEmpty()) {
            d.challengesOrganization = expectedNames == 0 ? Texts.joinOrNull(beforeNames)
                    : Texts.textOrNull(beforeNames.get(0));
            d.place(beforeNames.get(0));
            if (expectedNames == 0) {
                d.placeAll(beforeNames);
            }
            middle = middle.subList(1, middle.size());
        }
        int named = names(expectedNames == 0 ? List.of() : middle, expectedNames);
        kindsAndUnits(kindsAndUnits, named);
    }

    /**
     * The named slots' 概要 come before their names; the last {@code names} items are the names.
     * Without kinds to count them by, every 概要 is taken to have its name after it. Returns how
     * many slots are named.
     */
    private int names(List<Item> items, int kinds) {
        int names = kinds > 0 ? Math.min(kinds, items.size()) : (items.size() + 1) / 2;
        names = Math.min(names, SLOTS);
        List<Item> descriptions = items.subList(0, items.size() - names);
        List<Item> nameItems = items.subList(items.size() - names, items.size());
        for (int s = 0; s < names; s++) {
            d.indicator(FIRST_SLOT + s).name = Texts.textOrNull(nameItems.get(s));
            d.place(nameItems.get(s));
        }
        int[] slots = DescriptionSlots.assign(descriptions.stream().map(Item::flat).toList(),
                nameItems.stream().map(Item::flat).toList());
        for (int k = 0; k < slots.length; k++) {
            d.indicator(FIRST_SLOT + slots[k]).description = Texts.textOrNull(descriptions.get(k));
            d.place(descriptions.get(k));
        }
        return names;
    }

    private static int countKinds(List<Item> items) {
        return (int) items.stream().filter(Shapes::isKind).count();
    }

    /** Kinds in slot order, each possibly with its unit on the same line; other units after them. */
    private void kindsAndUnits(List<Item> items, int named) {
        int kind = 0;
        int unit = 0;
        for (Item item : items) {
            var printedKind = Shapes.isKind(item) ? Shapes.kindPrefix(item.flat()) : Optional.<IndicatorKind>empty();
            if (printedKind.isPresent() && kind < named) {
                Draft.IndicatorDraft indicator = d.indicator(FIRST_SLOT + kind++);
                indicator.kind = printedKind.get();
                String glued = item.flat().strip().substring(printedKind.get().printed().length()).strip();
                if (!glued.isEmpty()) {
                    indicator.unit = glued;
                }
                d.place(item);
            } else if (printedKind.isEmpty()) {
                while (unit < named && d.indicator(FIRST_SLOT + unit).unit != null) {
                    unit++;
                }
                if (unit < named) {
                    d.indicator(FIRST_SLOT + unit++).unit = Texts.textOrNull(item);
                    d.place(item);
                }
            }
        }
    }

    private static int first(List<Item> items, int from, Predicate<Item> predicate) {
        for (int i = from; i < items.size(); i++) {
            if (predicate.test(items.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
