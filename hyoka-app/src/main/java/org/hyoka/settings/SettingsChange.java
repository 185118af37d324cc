package org.hyoka.settings;

import java.util.List;

/** What a settings form gave: saved, or the problems to show beside the form, in Japanese. */
public sealed interface SettingsChange {

    record Saved(String summary) implements SettingsChange {
    }

    record Invalid(List<String> problems) implements SettingsChange {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    static SettingsChange invalid(String problem) {
        return new Invalid(List.of(problem));
    }
}
