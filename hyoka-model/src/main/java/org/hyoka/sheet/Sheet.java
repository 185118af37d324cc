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
        ProjectDirection direction,
        SheetForm form,
        @Nullable String projectId,
        PolicyHierarchy policyHierarchy,
        @Nullable String overview,
        Means means,
        @Nullable String result,
        List<String> additionalBudgetAccounts,
        List<NamedAssessment> assessmentItems,
        ExpectedEffect expectedEffect,
        @Nullable String improvementIssues,
        ManagerOpinion managerOpinion,
        List<ExtraText> extraTexts) {

    /** The interchange format's version of a sheet that only the つくば市 form's fields hold. */
    public static final String SCHEMA_VERSION = "1.0";
    /** The version that holds every form: policy hierarchy, 手段・対象・意図・結果, named assessment items … */
    public static final String SCHEMA_VERSION_11 = "1.1";
    /** Every version Hyoka reads; it writes the lowest that holds the sheet, so 1.0 readers keep reading つくば市 sheets. */
    public static final java.util.List<String> SCHEMA_VERSIONS = java.util.List.of(SCHEMA_VERSION, SCHEMA_VERSION_11);

    /** A sheet of the つくば市 form, as schema 1.0 holds it. */
    public Sheet(@Nullable Municipality municipality, FiscalYear fiscalYear, @Nullable String sheetNumber, String title,
            BudgetAccount budgetAccount, Organization organization, Period period, @Nullable Continuity continuity,
            @Nullable String deliveryModel, @Nullable String category, List<String> legalBasis,
            List<String> individualPlans, List<StrategicPlanEntry> strategicPlan, List<String> mayorPledges,
            List<Integer> sdgs, @Nullable String targetGroup, @Nullable String purpose, @Nullable String activities,
            List<Indicator> indicators, List<CostYear> costs, CitizenParticipation citizenParticipation, Review review,
            Assessment assessment, Challenges challenges, @Nullable String improvementGoal, ProjectDirection direction) {
        this(municipality, fiscalYear, sheetNumber, title, budgetAccount, organization, period, continuity,
                deliveryModel, category, legalBasis, individualPlans, strategicPlan, mayorPledges, sdgs, targetGroup,
                purpose, activities, indicators, costs, citizenParticipation, review, assessment, challenges,
                improvementGoal, direction, SheetForm.TSUKUBA, null, PolicyHierarchy.NONE, null, Means.NONE, null,
                List.of(), List.of(), ExpectedEffect.NONE, null, ManagerOpinion.NONE, List.of());
    }

    public Sheet {
        additionalBudgetAccounts = List.copyOf(additionalBudgetAccounts);
        assessmentItems = List.copyOf(assessmentItems);
        extraTexts = List.copyOf(extraTexts);
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
                assessment, challenges, improvementGoal, direction, form, projectId, policyHierarchy, overview, means,
                result, additionalBudgetAccounts, assessmentItems, expectedEffect, improvementIssues, managerOpinion,
                extraTexts);
    }

    public Sheet withCosts(List<CostYear> newCosts) {
        return new Sheet(municipality, fiscalYear, sheetNumber, title, budgetAccount, organization, period,
                continuity, deliveryModel, category, legalBasis, individualPlans, strategicPlan, mayorPledges,
                sdgs, targetGroup, purpose, activities, indicators, newCosts, citizenParticipation, review,
                assessment, challenges, improvementGoal, direction, form, projectId, policyHierarchy, overview, means,
                result, additionalBudgetAccounts, assessmentItems, expectedEffect, improvementIssues, managerOpinion,
                extraTexts);
    }

    public Sheet withMunicipality(@Nullable Municipality newMunicipality) {
        return new Sheet(newMunicipality, fiscalYear, sheetNumber, title, budgetAccount, organization, period,
                continuity, deliveryModel, category, legalBasis, individualPlans, strategicPlan, mayorPledges,
                sdgs, targetGroup, purpose, activities, indicators, costs, citizenParticipation, review,
                assessment, challenges, improvementGoal, direction, form, projectId, policyHierarchy, overview, means,
                result, additionalBudgetAccounts, assessmentItems, expectedEffect, improvementIssues, managerOpinion,
                extraTexts);
    }

    /**
     * The lowest interchange version that holds everything the sheet states: 1.0 for a sheet of the つくば市
     * form, 1.1 as soon as it has anything only 1.1 names.
     */
    public String schemaVersion() {
        boolean only10 = form == SheetForm.TSUKUBA && projectId == null && policyHierarchy.isEmpty() && overview == null
                && means.isEmpty() && result == null && additionalBudgetAccounts.isEmpty() && assessmentItems.isEmpty()
                && expectedEffect.isEmpty() && improvementIssues == null && managerOpinion.isEmpty()
                && extraTexts.isEmpty() && indicators.stream().noneMatch(Indicator::usesSchema11)
                && costs.stream().noneMatch(CostYear::usesSchema11);
        return only10 ? SCHEMA_VERSION : SCHEMA_VERSION_11;
    }
}
