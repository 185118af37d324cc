package org.hyoka.workflow;

import org.jspecify.annotations.Nullable;

/**
 * Whose a sheet is: its municipality (the tenant) and its 課. A sheet without a municipality code
 * belongs to no tenant, so no staff account may work on it.
 */
public record Owner(@Nullable String municipalityCode, @Nullable String division) {

    /** The sheet's own municipality and 課, as its document states them. */
    public static Owner of(org.hyoka.sheet.Sheet sheet) {
        return new Owner(codeOf(sheet), sheet.organization().division());
    }

    /** The sheet's 全国地方公共団体コード, if it states one. */
    public static @Nullable String codeOf(org.hyoka.sheet.Sheet sheet) {
        return sheet.municipality() == null || sheet.municipality().code() == null ? null
                : sheet.municipality().code().value();
    }
}
