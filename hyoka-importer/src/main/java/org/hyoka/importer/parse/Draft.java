package org.hyoka.importer.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.StrategicPlanEntry;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one sheet while its pages are being read, and which items have found a field.
 * Mutable and package-private: it lives for the parse of one sheet only.
 */
final class Draft {

    /** One indicator slot as read: the cells of its value grid are kept as printed, years apart. */
    static final class IndicatorDraft {
        final int slot;
        @Nullable String name;
        @Nullable String description;
        @Nullable IndicatorKind kind;
        @Nullable String unit;
        List<Integer> years = List.of();
        List<Optional<BigDecimal>> targets = List.of();
        List<Optional<BigDecimal>> actuals = List.of();

        IndicatorDraft(int slot) {
            this.slot = slot;
        }
    }

    @Nullable Integer fiscalYear;
    @Nullable String sheetNumber;
    @Nullable String title;
    @Nullable String accountCode;
    @Nullable String accountName;
    @Nullable String organization;
    @Nullable String section;
    @Nullable String periodText;
    @Nullable String continuity;
    @Nullable String deliveryModel;
    @Nullable String category;
    final List<String> legalBasis = new ArrayList<>();
    final List<String> individualPlans = new ArrayList<>();
    final List<StrategicPlanEntry> strategicPlan = new ArrayList<>();
    final List<String> mayorPledges = new ArrayList<>();
    final List<Integer> sdgs = new ArrayList<>();
    @Nullable String targetGroup;
    @Nullable String purpose;
    @Nullable String activities;
    final List<IndicatorDraft> indicators = new ArrayList<>();

    List<Integer> costYears = List.of();
    List<Optional<BigDecimal>> budget = List.of();
    List<Optional<BigDecimal>> settlement = List.of();
    List<Optional<BigDecimal>> generalFund = List.of();
    List<Optional<BigDecimal>> bonds = List.of();
    List<Optional<BigDecimal>> otherFunds = List.of();
    List<Optional<BigDecimal>> personnelCost = List.of();
    List<Optional<BigDecimal>> staffFte = List.of();
    List<Optional<BigDecimal>> overtime = List.of();
    List<Optional<Boolean>> fiscalYearStaff = List.of();

    final @Nullable String[] participation = new String[4];
    @Nullable String responseToPreviousIssues;
    @Nullable String outcomes;
    final @Nullable Integer[] scores = new Integer[4];
    final @Nullable String[] comments = new String[4];
    @Nullable String challengesOperations;
    @Nullable String challengesOrganization;
    @Nullable String improvementGoal;
    @Nullable String decision;
    @Nullable String reason;

    private final Set<Integer> placed = new HashSet<>();

    /** Marks items as having landed in a field (or in a dash meaning "no value" for one). */
    void place(@Nullable Item item) {
        if (item != null) {
            placed.add(item.index());
        }
    }

    /** Takes back a placement: the item stood where a field was, but the field turned out empty. */
    void unplace(Item item) {
        placed.remove(item.index());
    }

    void placeAll(List<Item> items) {
        items.forEach(this::place);
    }

    boolean isPlaced(Item item) {
        return placed.contains(item.index());
    }

    IndicatorDraft indicator(int slot) {
        for (IndicatorDraft draft : indicators) {
            if (draft.slot == slot) {
                return draft;
            }
        }
        IndicatorDraft draft = new IndicatorDraft(slot);
        indicators.add(draft);
        return draft;
    }
}
