package org.hyoka.logicmodel;

import org.hyoka.browse.Format;

/** A line of the index: a plan entry, its printed name, how many published projects serve it, what they cost. */
public record PlanEntrySummary(PlanKey key, String name, int projects, long fullCost, String href) {

    public String fullCostText() {
        return Format.yen(fullCost);
    }
}
