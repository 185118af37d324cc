package org.hyoka.imports;

import java.util.Map;

import org.hyoka.workflow.Actor;
import org.jspecify.annotations.Nullable;

/**
 * How one import runs.
 *
 * @param publish 公開 (history the office loads) instead of the default 作成中
 * @param onMatch what becomes of a sheet that matches a stored one, unless {@code choices} says otherwise
 * @param choices per sheet, by its position in the import (from 0): the office's choice in the preview
 * @param actor the administrator importing, whose city every sheet must be of; null for the command
 *        line, which runs as the installation (it holds the database) and may import any city
 */
public record ImportOptions(boolean publish, OnMatch onMatch, Map<Integer, OnMatch> choices, String author,
        @Nullable String from, @Nullable Actor actor) {

    public ImportOptions {
        choices = Map.copyOf(choices);
    }

    public static ImportOptions commandLine(boolean publish, OnMatch onMatch) {
        return new ImportOptions(publish, onMatch, Map.of(), SheetImports.COMMAND_LINE, null, null);
    }

    public static ImportOptions office(Actor actor, @Nullable String from, boolean publish, OnMatch onMatch,
            Map<Integer, OnMatch> choices) {
        return new ImportOptions(publish, onMatch, choices, actor.username(), from, actor);
    }

    OnMatch choiceFor(int index) {
        return choices.getOrDefault(index, onMatch);
    }
}
