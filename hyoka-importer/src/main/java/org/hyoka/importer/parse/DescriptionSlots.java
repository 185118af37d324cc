package org.hyoka.importer.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which named slots the printed 概要 belong to. An empty 概要 cell prints nothing, so when fewer
 * 概要 than names are printed the drawing order alone cannot tell whose they are. A 概要 speaks of
 * its own indicator, so each goes to the slot whose name shares most character pairs with it,
 * keeping the printed order; with nothing shared, the earliest slots win, as the order suggests.
 */
final class DescriptionSlots {

    private DescriptionSlots() {
    }

    /** For each description, in order, the zero-based index of its name. */
    static int[] assign(List<String> descriptions, List<String> names) {
        int k = Math.min(descriptions.size(), names.size());
        int[] slots = new int[k];
        if (k == names.size()) {
            for (int i = 0; i < k; i++) {
                slots[i] = i;
            }
            return slots;
        }
        int[][] overlap = new int[k][names.size()];
        for (int i = 0; i < k; i++) {
            Set<String> pairs = pairs(descriptions.get(i));
            for (int j = 0; j < names.size(); j++) {
                Set<String> shared = pairs(names.get(j));
                shared.retainAll(pairs);
                overlap[i][j] = shared.size();
            }
        }
        best(overlap, 0, 0, slots, new int[k], new int[] {-1});
        return slots;
    }

    /** Exhaustive over increasing assignments (at most five slots); strictly better replaces. */
    private static void best(int[][] overlap, int description, int from, int[] bestSlots, int[] current,
            int[] bestScore) {
        if (description == current.length) {
            int score = 0;
            for (int i = 0; i < current.length; i++) {
                score += overlap[i][current[i]];
            }
            if (score > bestScore[0]) {
                bestScore[0] = score;
                System.arraycopy(current, 0, bestSlots, 0, current.length);
            }
            return;
        }
        int names = overlap[0].length;
        for (int slot = from; slot <= names - (current.length - description); slot++) {
            current[description] = slot;
            best(overlap, description + 1, slot + 1, bestSlots, current, bestScore);
        }
    }

    private static Set<String> pairs(String text) {
        String letters = text.replaceAll("[\\s\\p{Punct}（）「」、。・※０-９0-9]", "");
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 2 <= letters.length(); i++) {
            pairs.add(letters.substring(i, i + 2));
        }
        return pairs;
    }
}
