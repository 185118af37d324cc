package org.hyoka.sheet;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One sheet of one fiscal year, as printed. A value the source does not state is null (or an
 * empty list), never a zero or an empty string: the sheet is evidence, not an estimate.
 */
public record Sheet(
        @Nullable Municipality municipality,
        FiscalYear fiscalYear,
        @Nullable String sheetNumber,
        String title,
        BudgetAccount budgetAccount,
        Organization organization,
        Period period,
        @Nullable Continuity continuity,
        @Nullable String deliveryModel,
        @Nullable String category,
        List<String> legalBasis,
        List<String> individualPlans,
        List<StrategicPlanEntry> strategicPlan,
        List<String> mayorPledges,
        List<Integer> sdgs,
        @Nullable String targetGroup,
        @Nullable String purpose,
        @Nullable String activities,
        List<Indicator> indicators,
        List<CostYear> costs,
        CitizenParticipation citizenParticipation,
        Review review,
        Assessment assessment,
        Challenges challenges,
        @Nullable String improvementGoal,
        ProjectDirection direction) {

    public static final String SCHEMA_VERSION = "1.0";

    public Sheet {
        legalBasis = List.copyOf(legalBasis);
        individualPlans = List.copyOf(individualPlans);
        strategicPlan = List.copyOf(strategicPlan);
        mayorPledges = List.copyOf(mayorPledges);
        sdgs = List.copyOf(sdgs);
        indicators = List.copyOf(indicators);
        costs = List.copyOf(costs);
    }

    public Optional<CostYear> costOf(int fiscalYear) {
        return costs.stream().filter(c -> c.fiscalYear() == fiscalYear).findFirst();
    }

    public Optional<Indicator> indicatorInSlot(int slot) {
        return indicators.stream().filter(i -> i.slot() == slot).findFirst();
    }

    public Sheet withIndicators(List<Indicator> newIndicators) {
        return new Sheet(municipality, fiscalYear, sheetNumber, title, budgetAccount, organization, period,
                continuity, deliveryModel, category, legalBasis, individualPlans, strategicPlan, mayorPledges,
                sdgs, targetGroup, purpose, activities, newIndicators, costs, citizenParticipation, review,
                assessment, challenges, improvementGoal, direction);
    }

    public Sheet withCosts(List<CostYear> newCosts) {
        return new Sheet(municipality, fiscalYear, sheetNumber, title, budgetAccount, organization, period,
                continuity, deliveryModel, category, legalBasis, individualPlans, strategicPlan, mayorPledges,
                sdgs, targetGroup, purpose, activities, indicators, newCosts, citizenParticipation, review,
                assessment, challenges, improvementGoal, direction);
    }

    public Sheet withMunicipality(@Nullable Municipality newMunicipality) {
        return new Sheet(newMunicipality, fiscalYear, sheetNumber, title, budgetAccount, organization, period,
                continuity, deliveryModel, category, legalBasis, individualPlans, strategicPlan, mayorPledges,
                sdgs, targetGroup, purpose, activities, indicators, costs, citizenParticipation, review,
                assessment, challenges, improvementGoal, direction);
    }
}
