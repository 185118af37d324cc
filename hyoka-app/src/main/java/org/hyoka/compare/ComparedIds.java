package org.hyoka.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The ?ids= of a comparison, as typed (1,2,3) or as the list's checkboxes send them (ids=1&amp;ids=2): ids, or why not. */
sealed interface ComparedIds {

    /** Four columns still read side by side on a desktop; more would be a table to export, not to read. */
    int MAX = 4;

    record Valid(List<Long> ids) implements ComparedIds {
        public Valid {
            ids = List.copyOf(ids);
        }
    }

    record Invalid(String message) implements ComparedIds {
    }

    static ComparedIds parse(List<String> values) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String value : values) {
            for (String part : value.split(",", -1)) {
                String id = part.strip();
                if (id.isEmpty()) {
                    continue;
                }
                long number;
                try {
                    number = Long.parseLong(id);
                } catch (NumberFormatException notANumber) {
                    number = 0;
                }
                if (number <= 0) {
                    return new Invalid("「" + id + "」はシートの番号ではありません。比較するシートの番号を数字で指定してください（例: ?ids=1,2）。");
                }
                ids.add(number);
            }
        }
        if (ids.isEmpty()) {
            return new Invalid("比較するシートが選ばれていません。シート一覧でシートを選んでから「選んだシートを比較」を押してください。");
        }
        if (ids.size() > MAX) {
            return new Invalid("比較できるのは" + MAX + "件までです（" + ids.size() + "件が選ばれています）。選ぶシートを減らしてください。");
        }
        return new Valid(new ArrayList<>(ids));
    }
}
