package org.hyoka.imports;

import java.util.Locale;
import java.util.Optional;

/** What becomes of an imported sheet that matches a stored one. */
public enum OnMatch {
    /** A new revision of the stored sheet (nothing at all when the content is the same). */
    UPDATE("更新"),
    /** The stored sheet stays as it is; the imported one is dropped. */
    SKIP("スキップ"),
    /** A new sheet anyway, beside the stored one. */
    ADD("追加");

    private final String label;

    OnMatch(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The value of a form field or a command-line option: update, skip, add (any case). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OnMatch> parse(String text) {
        for (OnMatch choice : values()) {
            if (choice.key().equalsIgnoreCase(text.strip())) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }
}
