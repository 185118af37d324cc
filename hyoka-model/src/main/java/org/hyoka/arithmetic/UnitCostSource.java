package org.hyoka.arithmetic;

import org.jspecify.annotations.Nullable;

/**
 * Where a sheet's unit costs come from: its own municipality's table. One installation checks the
 * sheets of many cities, so every check asks by the sheet's code, never for one table for all.
 */
@FunctionalInterface
public interface UnitCostSource {

    /** The table of this municipality; {@link UnitCostTable#none()} when it has none. */
    UnitCostTable forMunicipality(@Nullable String municipalityCode);

    /** Nothing but what ships: つくば市's example for つくば市, no unit costs for any other city. */
    static UnitCostSource shipped() {
        return UnitCostTable::shippedFor;
    }
}
