package org.hyoka.dashboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One group of a dashboard query: its key values (a null key is a sheet that leaves the field blank), how
 * many published sheets it holds and their full cost in 千円, or, for the indicator queries, how many indicators
 * (and 0 sheets and cost).
 */
public record Aggregate(List<@Nullable String> keys, long sheets, long cost, long indicators) {

    public Aggregate {
        keys = Collections.unmodifiableList(new ArrayList<>(keys));
    }

    public @Nullable String key(int index) {
        return keys.get(index);
    }
}
