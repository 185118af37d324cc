package org.hyoka.revision;

import java.util.Optional;

import org.hyoka.glossary.Field;
import org.jspecify.annotations.Nullable;

/** One field that differs between two revisions: where, its label, and the value before and after. */
public record FieldChange(String path, @Nullable Field field, @Nullable String before, @Nullable String after) {

    public Optional<Field> glossaryField() {
        return Optional.ofNullable(field);
    }

    public String label() {
        return field == null ? path : field.label();
    }

    public Kind kind() {
        return before == null ? Kind.ADDED : after == null ? Kind.REMOVED : Kind.CHANGED;
    }

    public enum Kind {
        ADDED, REMOVED, CHANGED
    }
}
