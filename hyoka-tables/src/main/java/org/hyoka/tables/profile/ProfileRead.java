package org.hyoka.tables.profile;

import java.util.List;

import org.hyoka.sheet.Sheet;

/** What reading a table through a profile gives: every sheet, or nothing and why. */
public sealed interface ProfileRead {

    /**
     * @param leftOut each column not read because it holds personal data, one Japanese line each
     *        (「課長名」（V列）: 個人情報（職員の氏名）のため取り込みませんでした)
     * @param notes what the reader assumed or could not place, for the person importing (Japanese)
     */
    record Read(List<Sheet> sheets, List<String> leftOut, List<String> notes) implements ProfileRead {
        public Read {
            sheets = List.copyOf(sheets);
            leftOut = List.copyOf(leftOut);
            notes = List.copyOf(notes);
        }
    }

    /**
     * @param reason one Japanese sentence for the whole file
     * @param problems each missing or unexpected column (「…」列がありません / 「…」列はこのプロファイルにありません),
     *        or each bad cell with its row and column
     */
    record Refused(String reason, List<String> problems) implements ProfileRead {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
