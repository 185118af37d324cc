package org.hyoka.tables.profile;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Header texts as the reader compares them, and the built-in list of headers that name personal data.
 * The list is the one definition: a column whose header matches it and that the profile does not map is
 * left out of every sheet and reported, whatever the profile says.
 */
final class Headers {

    /** A header word → what such a column holds. Order matters: 担当者メール is an e-mail address. */
    private static final List<Personal> PERSONAL = List.of(
            new Personal("メール", "メールアドレス"), new Personal("mail", "メールアドレス"),
            new Personal("電話", "電話番号"), new Personal("tel", "電話番号"), new Personal("携帯", "電話番号"),
            new Personal("fax", "FAX番号"), new Personal("内線", "電話番号（内線）"),
            new Personal("担当者", "職員の氏名"), new Personal("課長名", "職員の氏名"), new Personal("氏名", "氏名"),
            new Personal("職員名", "職員の氏名"), new Personal("作成者", "職員の氏名"), new Personal("記入者", "職員の氏名"),
            new Personal("住所", "住所"));

    private record Personal(String word, String reason) {
    }

    private Headers() {
    }

    /** NFKC, without spaces and line breaks: 「事業費計  （A）」 and 「事業費計(A)」 are one header. */
    static String normalise(String header) {
        String nfkc = Normalizer.normalize(header, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** What personal data a header names (職員の氏名, 電話番号 …), if it names any. */
    static Optional<String> personalData(String normalisedHeader) {
        String lower = normalisedHeader.toLowerCase(Locale.ROOT).replace("-", "");
        return PERSONAL.stream().filter(p -> lower.contains(p.word())).map(Personal::reason).findFirst();
    }

    /** The import report's line for a column left out: 「課長名」（V列）: 個人情報（職員の氏名）のため取り込みませんでした. */
    static String leftOut(String header, String column, String reason) {
        return "「" + oneLine(header) + "」（" + column + "）: 個人情報（" + reason + "）のため取り込みませんでした";
    }

    static String oneLine(String header) {
        return header.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
