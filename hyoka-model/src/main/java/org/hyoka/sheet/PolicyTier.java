package org.hyoka.sheet;

import org.jspecify.annotations.Nullable;

/** One level of the policy hierarchy (政策, 施策 or 基本事業): its number and name as printed. */
public record PolicyTier(@Nullable String number, @Nullable String name) {
    public static final PolicyTier NONE = new PolicyTier(null, null);

    public boolean isEmpty() {
        return number == null && name == null;
    }
}
