package org.hyoka.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.hyoka.settings.Population;
import org.hyoka.similar.SimilarProject;
import org.hyoka.similar.SimilarSection;
import org.jspecify.annotations.Nullable;

/**
 * /api/sheets/{id}/similar: the sheet's own figures and its similar projects of other cities, the
 * numbers as numbers (千円, 円), each with what it is of: the indicator of a cost per unit, the source and
 * date of a population.
 */
record SimilarResponse(long sheetId, Project sheet, List<Project> similar) {

    static SimilarResponse of(SimilarSection section) {
        return new SimilarResponse(section.sheetId(), Project.of(section.self().orElseThrow(), section),
                section.others().stream().map(p -> Project.of(p, section)).toList());
    }

    record Project(long id, String href, @Nullable String compareHref, String municipalityCode, String municipality,
            int fiscalYear, String title, float similarity, @Nullable Long fullCostThousandYen,
            @Nullable CostPerUnit costPerUnit, @Nullable PerResident perResident) {

        static Project of(SimilarProject project, SimilarSection section) {
            boolean self = project.id() == section.sheetId();
            CostPerUnit perUnit = project.costPerUnit() == null || project.unitIndicator() == null ? null
                    : new CostPerUnit(project.unitIndicator(), project.unit(),
                            project.costPerUnit().setScale(3, RoundingMode.HALF_UP));
            Population population = project.population();
            BigDecimal yen = project.perResidentYen();
            PerResident perResident = yen == null || population == null ? null
                    : new PerResident(yen, population.residents(), population.source(), population.asOf().toString());
            return new Project(project.id(), project.href(), self ? null : section.compareHref(project),
                    project.municipalityCode(), project.municipality(), project.fiscalYear(), project.title(),
                    project.similarity(), project.fullCost(), perUnit, perResident);
        }
    }

    /** Full cost per unit of an activity indicator's actual in its evaluated year, in 千円. */
    record CostPerUnit(String indicator, @Nullable String unit, BigDecimal thousandYen) {
    }

    /** Full cost per resident in 円, with the population it is divided by and where that comes from. */
    record PerResident(BigDecimal yen, int population, String source, String asOf) {
    }
}
