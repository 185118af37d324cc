package org.hyoka.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.hyoka.glossary.Field;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Sheet;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;

/**
 * What a save must satisfy beyond permissions: the sheet follows the interchange format (so that
 * every stored revision can be read back and exported), and it stays the same city's same year's
 * sheet — an editor cannot move it to another 課 either, which would take it out of their own hands.
 */
final class SheetValidation {

    private final SheetJson json = new SheetJson();

    /** Every problem in the format's own words, each starting with the JSON path it concerns. */
    List<String> problems(Sheet sheet) {
        ReadResult result = json.read(json.toTree(sheet));
        if (result instanceof ReadResult.Invalid invalid) {
            return invalid.problems().stream().map(problem -> problem.path() + ": " + problem.message()).toList();
        }
        if (result instanceof ReadResult.Unreadable unreadable) {
            return List.of(unreadable.reason());
        }
        return List.of();
    }

    static Optional<String> identityChange(Sheet before, Sheet edited, Actor actor) {
        if (!before.fiscalYear().equals(edited.fiscalYear())) {
            return Optional.of(Field.FISCAL_YEAR.label() + "は変更できません（" + before.fiscalYear().toWareki() + "のシートです）");
        }
        if (!Objects.equals(WorkflowStore.codeOf(before), WorkflowStore.codeOf(edited))) {
            return Optional.of("自治体は変更できません");
        }
        if (actor.role() == Role.EDITOR
                && !Objects.equals(before.organization().division(), edited.organization().division())) {
            return Optional.of(Field.DIVISION.label() + "は変更できません。担当課の付け替えは管理者に依頼してください");
        }
        return Optional.empty();
    }
}
