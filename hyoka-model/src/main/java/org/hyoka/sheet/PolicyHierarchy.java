package org.hyoka.sheet;

import org.jspecify.annotations.Nullable;

/**
 * 政策体系: the 政策, 施策 and 基本事業 the project serves, as the 総合計画 numbers and names them, and the
 * 基本事業ID where the form prints one. The つくば市 form links to its 戦略プラン instead ({@link StrategicPlanEntry}).
 */
public record PolicyHierarchy(PolicyTier policy, PolicyTier measure, PolicyTier basicProject,
        @Nullable String basicProjectId) {
    public static final PolicyHierarchy NONE = new PolicyHierarchy(PolicyTier.NONE, PolicyTier.NONE, PolicyTier.NONE, null);

    public boolean isEmpty() {
        return policy.isEmpty() && measure.isEmpty() && basicProject.isEmpty() && basicProjectId == null;
    }
}
