package org.hyoka.revision;

import java.util.Optional;

import org.hyoka.glossary.Field;
import org.hyoka.glossary.SheetPaths;
import org.hyoka.sheet.SheetForm;
import org.jspecify.annotations.Nullable;

/**
 * One field that differs between two revisions: where, its label in the words of the sheet's form, and the
 * value before and after.
 */
public record FieldChange(String path, @Nullable Field field, @Nullable String before, @Nullable String after,
        SheetForm form) {

    /** A change of a つくば市 sheet. */
    public FieldChange(String path, @Nullable Field field, @Nullable String before, @Nullable String after) {
        this(path, field, before, after, SheetForm.TSUKUBA);
    }

    public Optional<Field> glossaryField() {
        return Optional.ofNullable(field);
    }

    /** 指標2 R05年度 目標値, コストの推移 R06年度 決算額, 評価観点 2 判定: the field where a person finds it on the sheet. */
    public String label() {
        return SheetPaths.label(form, path);
    }

    /** The value before as a person reads it (少ないほど良い, not lower). */
    public @Nullable String beforeText() {
        return SheetPaths.shown(path, before);
    }

    public @Nullable String afterText() {
        return SheetPaths.shown(path, after);
    }

    public Kind kind() {
        return before == null ? Kind.ADDED : after == null ? Kind.REMOVED : Kind.CHANGED;
    }

    public enum Kind {
        ADDED, REMOVED, CHANGED
    }
}
