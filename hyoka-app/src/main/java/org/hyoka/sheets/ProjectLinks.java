package org.hyoka.sheets;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * THE rule for which sheets of other years are the same project as a sheet (defined here only).
 * <p>
 * Only published sheets of the sheet's own municipality count (the caller's SQL selects them), and each
 * other year gets at most one sheet, chosen by the first of these that names exactly one:
 * <ol>
 * <li>rollover: the office made one from the other, which is the office's own word that they are one project;</li>
 * <li>the 予算科目 code: it follows the money, so a project renamed between years keeps its link;</li>
 * <li>the sheet number and the title together: numbers are reused for other projects once a project ends,
 *     so a number alone links nothing;</li>
 * <li>the title alone.</li>
 * </ol>
 * A key that two sheets bear in one year (two projects under one 予算科目, two sheets of the same title)
 * does not tell them apart, so it links none of them, in that year or from it: the rule falls through to the
 * next key, and where none is unique the year stays unlinked. A missing link is better than a wrong one on a
 * public page that tells citizens how "this project" did.
 */
final class ProjectLinks {

    /** A published sheet of the municipality sharing a key with the sheet (or the sheet's own year's rivals). */
    record Candidate(long id, int fiscalYear, Set<ProjectYear.Link> shared) {
    }

    private static final List<ProjectYear.Link> BY_KEY = List.of(ProjectYear.Link.BUDGET_ACCOUNT,
            ProjectYear.Link.NUMBER_AND_TITLE, ProjectYear.Link.TITLE);

    private ProjectLinks() {
    }

    /**
     * @param ownYear the sheet's fiscal year
     * @param rollover the sheets linked to it by a chain of rollovers, by fiscal year
     * @param candidates the other sheets (own year included) sharing at least one key, with the keys shared
     * @return per other year the chosen sheet's id and how it was linked, by year
     */
    static Map<Integer, Map.Entry<Long, ProjectYear.Link>> choose(int ownYear, Map<Integer, Long> rollover,
            List<Candidate> candidates) {
        Set<ProjectYear.Link> ambiguousInOwnYear = EnumSet.noneOf(ProjectYear.Link.class);
        for (ProjectYear.Link link : BY_KEY) {
            if (candidates.stream().anyMatch(c -> c.fiscalYear() == ownYear && c.shared().contains(link))) {
                ambiguousInOwnYear.add(link);
            }
        }
        Map<Integer, Map.Entry<Long, ProjectYear.Link>> chosen = new TreeMap<>();
        rollover.forEach((year, id) -> chosen.put(year, Map.entry(id, ProjectYear.Link.ROLLOVER)));
        Map<Integer, List<Candidate>> byYear = new TreeMap<>();
        for (Candidate candidate : candidates) {
            if (candidate.fiscalYear() != ownYear) {
                byYear.computeIfAbsent(candidate.fiscalYear(), y -> new ArrayList<>()).add(candidate);
            }
        }
        byYear.forEach((year, inYear) -> {
            if (chosen.containsKey(year)) {
                return;
            }
            for (ProjectYear.Link link : BY_KEY) {
                if (ambiguousInOwnYear.contains(link)) {
                    continue;
                }
                List<Candidate> matching = inYear.stream().filter(c -> c.shared().contains(link)).toList();
                if (matching.size() == 1) {
                    chosen.put(year, Map.entry(matching.get(0).id(), link));
                    return;
                }
            }
        });
        return chosen;
    }

    /** The nearest linked year before (or after) the sheet's own, for 前年度/翌年度. */
    static Optional<ProjectYear> nearest(List<ProjectYear> years, int ownYear, boolean before) {
        return years.stream().filter(y -> before ? y.fiscalYear() < ownYear : y.fiscalYear() > ownYear)
                .reduce((a, b) -> before ? b : a);
    }
}
