package org.hyoka.logicmodel;

import org.hyoka.browse.Format;
import org.jspecify.annotations.Nullable;

/** A line of the index: a plan entry, its printed name, how many published projects serve it, what they cost (千円; null when none of them states a full cost). */
public record PlanEntrySummary(PlanKey key, String name, int projects, @Nullable Long fullCost, String href) {

    public String fullCostText() {
        return Format.yen(fullCost);
    }
}
