package org.hyoka.settings;

import org.hyoka.arithmetic.UnitCosts;
import org.hyoka.sheet.FiscalYear;

/** One year of the unit cost table as the page lists it: the city's own figures or the shipped example. */
public record UnitCostRow(UnitCosts costs, boolean citysOwn) {

    public String year() {
        return FiscalYear.of(costs.fiscalYear()).toWareki() + "（" + costs.fiscalYear() + "）";
    }
}
