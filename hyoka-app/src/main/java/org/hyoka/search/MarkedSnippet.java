package org.hyoka.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML that is safe to insert as it is: every character of the
 * sheet's text is escaped, and only the {@code <mark>} elements around matches are markup.
 * Bigram matches overlap (ネッ, ット, …), so overlapping and touching matches become one mark.
 */
final class MarkedSnippet extends PassageFormatter {

    static final String SEPARATOR = " … ";

    /** Longest passage shown; a longer one is cut to a window around its first match. */
    private final int maxChars;

    MarkedSnippet(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public Object format(Passage[] passages, String content) {
        List<String> parts = new ArrayList<>();
        for (Passage passage : passages) {
            parts.add(format(passage, content));
        }
        return String.join(SEPARATOR, parts);
    }

    private String format(Passage passage, String content) {
        int start = passage.getStartOffset();
        int end = passage.getEndOffset();
        List<int[]> marks = merged(passage);
        String prefix = "";
        String suffix = "";
        if (end - start > maxChars) {
            int firstMatch = marks.isEmpty() ? start : marks.get(0)[0];
            int windowStart = Math.max(start, firstMatch - maxChars / 4);
            if (windowStart > start) {
                prefix = "…";
            }
            start = windowStart;
            if (end - start > maxChars) {
                end = start + maxChars;
                suffix = "…";
            }
        }
        StringBuilder html = new StringBuilder(prefix);
        int pos = start;
        for (int[] mark : marks) {
            int markStart = Math.max(mark[0], pos);
            int markEnd = Math.min(mark[1], end);
            if (markEnd <= markStart) {
                continue;
            }
            Html.escape(content, pos, markStart, html);
            html.append("<mark>");
            Html.escape(content, markStart, markEnd, html);
            html.append("</mark>");
            pos = markEnd;
        }
        Html.escape(content, pos, end, html);
        return html.append(suffix).toString().strip();
    }

    /** Match ranges sorted by start, with overlapping and touching ranges joined. */
    private static List<int[]> merged(Passage passage) {
        int n = passage.getNumMatches();
        int[][] ranges = new int[n][];
        for (int i = 0; i < n; i++) {
            ranges[i] = new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]};
        }
        java.util.Arrays.sort(ranges, (a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] range : ranges) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] <= last[1]) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(range.clone());
            }
        }
        return merged;
    }
}
