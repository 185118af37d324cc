package org.hyoka.sheets;

import java.util.ArrayList;
import java.util.List;

import org.hyoka.sheet.PolicyHierarchy;
import org.hyoka.sheet.PolicyTier;
import org.hyoka.sheet.Sheet;

/** The 政策, 施策 and 基本事業 a sheet of the 対象・意図・結果 form sits under, one row per tier printed. */
final class PolicyRows implements DerivedTable {

    /** The tiers, as the {@code tier} column names them, from the broadest down. */
    static final List<String> TIERS = List.of("policy", "measure", "basic-project");

    @Override
    public String name() {
        return "sheet_policy";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String insert() {
        return "INSERT INTO sheet_policy (sheet_id, tier, number, name) VALUES (?, ?, ?, ?)";
    }

    @Override
    public List<Object[]> rows(long sheetId, Sheet sheet) {
        PolicyHierarchy hierarchy = sheet.policyHierarchy();
        List<PolicyTier> tiers = List.of(hierarchy.policy(), hierarchy.measure(), hierarchy.basicProject());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            PolicyTier tier = tiers.get(i);
            if (!tier.isEmpty()) {
                rows.add(new Object[] {sheetId, TIERS.get(i), tier.number(), tier.name()});
            }
        }
        return rows;
    }
}
