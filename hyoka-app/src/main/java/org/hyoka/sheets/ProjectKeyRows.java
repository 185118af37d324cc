package org.hyoka.sheets;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * The keys by which a year imported without a rollover is found to be the same project as another year
 * ({@link ProjectLinks}): its 予算科目 code, its sheet number and its title, each normalised so that the
 * full-width and half-width spellings and stray spaces of different years' workbooks compare equal.
 */
final class ProjectKeyRows implements DerivedTable {

    static final String BUDGET_ACCOUNT = "budget-account";
    static final String NUMBER = "number";
    static final String TITLE = "title";

    @Override
    public String name() {
        return "sheet_project_key";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String insert() {
        return "INSERT INTO sheet_project_key (sheet_id, kind, key_value) VALUES (?, ?, ?)";
    }

    @Override
    public List<Object[]> rows(long sheetId, Sheet sheet) {
        List<Object[]> rows = new ArrayList<>();
        normalised(sheet.budgetAccount().code()).ifPresent(key -> rows.add(new Object[] {sheetId, BUDGET_ACCOUNT, key}));
        normalised(sheet.sheetNumber()).ifPresent(key -> rows.add(new Object[] {sheetId, NUMBER, key}));
        normalised(sheet.title()).ifPresent(key -> rows.add(new Object[] {sheetId, TITLE, key}));
        return rows;
    }

    /** NFKC (全角 ＡＢ１ and half-width ｶﾅ fold to one spelling), every space removed; nothing left is no key. */
    static Optional<String> normalised(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        String key = Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", "");
        return key.isEmpty() ? Optional.empty() : Optional.of(key.length() > 1000 ? key.substring(0, 1000) : key);
    }
}
