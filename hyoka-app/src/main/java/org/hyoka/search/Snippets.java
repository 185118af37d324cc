package org.hyoka.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Marks what was searched for in a sheet's stored texts and cuts the best passages, as HTML that is
 * safe to insert as it is: every character of the text is escaped, only {@code <mark>} is markup.
 *
 * <p>A hit matched because each searched word occurs in it as a substring (the bigram field's
 * phrase) or as Kuromoji words; the marks show the substring occurrences, found on text folded the
 * way the bigram analyzer folds it (full-width letters and digits to half-width, lower case), one
 * character for one so that positions carry over. Finding them directly is exact for the bigram
 * matches and far cheaper than re-running phrase queries in a highlighter for every hit.
 */
final class Snippets {

    static final String SEPARATOR = " … ";

    private final List<String> words;
    private final int maxChars;
    private final int maxPassages;

    Snippets(List<String> typedWords, int maxChars, int maxPassages) {
        this.words = typedWords.stream().map(Snippets::fold).filter(w -> !w.isBlank()).distinct().toList();
        this.maxChars = maxChars;
        this.maxPassages = maxPassages;
    }

    /** The whole text with every occurrence marked. */
    String marked(String text) {
        return render(text, 0, text.length(), ranges(fold(text), 0, text.length()), "", "");
    }

    /** The passages (fields of the text, which are separated by line breaks) with the most matches. */
    String passages(String text) {
        String folded = fold(text);
        List<int[]> fields = fields(text);
        List<Passage> scored = new ArrayList<>();
        for (int[] field : fields) {
            List<int[]> found = ranges(folded, field[0], field[1]);
            if (!found.isEmpty()) {
                scored.add(new Passage(field[0], field[1], found, score(folded, found)));
            }
        }
        if (scored.isEmpty()) {
            return fields.isEmpty() ? "" : render(text, fields.get(0)[0], fields.get(0)[1], List.of(), "", "");
        }
        List<Passage> best = scored.stream().sorted((a, b) -> Integer.compare(b.score, a.score))
                .limit(maxPassages).sorted((a, b) -> Integer.compare(a.start, b.start)).toList();
        List<String> parts = new ArrayList<>();
        for (Passage passage : best) {
            parts.add(window(text, passage));
        }
        return String.join(SEPARATOR, parts);
    }

    private record Passage(int start, int end, List<int[]> marks, int score) {
    }

    /** Distinct words found count most, then the number of marks. */
    private int score(String folded, List<int[]> found) {
        int distinct = 0;
        for (String word : words) {
            if (found.stream().anyMatch(r -> folded.startsWith(word, r[0]))) {
                distinct++;
            }
        }
        return distinct * 100 + found.size();
    }

    private String window(String text, Passage passage) {
        int start = passage.start;
        int end = passage.end;
        String prefix = "";
        String suffix = "";
        if (end - start > maxChars) {
            int windowStart = Math.max(start, passage.marks.get(0)[0] - maxChars / 4);
            prefix = windowStart > start ? "…" : "";
            start = windowStart;
            if (end - start > maxChars) {
                end = start + maxChars;
                suffix = "…";
            }
        }
        return render(text, start, end, passage.marks, prefix, suffix);
    }

    private static List<int[]> fields(String text) {
        List<int[]> fields = new ArrayList<>();
        int from = 0;
        while (from <= text.length()) {
            int to = text.indexOf('\n', from);
            if (to < 0) {
                to = text.length();
            }
            if (to > from) {
                fields.add(new int[] {from, to});
            }
            from = to + 1;
        }
        return fields;
    }

    /** Occurrences of every word within [from, to), sorted, overlapping and touching ones joined. */
    private List<int[]> ranges(String folded, int from, int to) {
        List<int[]> found = new ArrayList<>();
        for (String word : words) {
            int at = folded.indexOf(word, from);
            while (at >= 0 && at + word.length() <= to) {
                found.add(new int[] {at, at + word.length()});
                at = folded.indexOf(word, at + 1);
            }
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] range : found) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] <= last[1]) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(Arrays.copyOf(range, 2));
            }
        }
        return merged;
    }

    private static String render(String text, int start, int end, List<int[]> marks, String prefix, String suffix) {
        StringBuilder html = new StringBuilder(end - start + 32).append(prefix);
        int pos = start;
        for (int[] mark : marks) {
            int markStart = Math.max(mark[0], pos);
            int markEnd = Math.min(mark[1], end);
            if (markEnd <= markStart) {
                continue;
            }
            Html.escape(text, pos, markStart, html);
            html.append("<mark>");
            Html.escape(text, markStart, markEnd, html);
            html.append("</mark>");
            pos = markEnd;
        }
        Html.escape(text, pos, end, html);
        return html.append(suffix).toString();
    }

    /** Full-width ASCII to half-width and lower case, one character for one. */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            chars[i] = Character.toLowerCase(c);
        }
        return new String(chars);
    }
}
