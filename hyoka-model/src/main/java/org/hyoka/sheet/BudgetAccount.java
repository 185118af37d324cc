package org.hyoka.sheet;

import org.jspecify.annotations.Nullable;

/** 予算科目: the account code and its name, cut at the printed field's width. */
public record BudgetAccount(@Nullable String code, @Nullable String name) {
    public static final BudgetAccount NONE = new BudgetAccount(null, null);
}
