package org.hyoka.backup;

import java.util.List;
import java.util.stream.Collectors;

/** A table to back up: its columns in their order and the columns its rows are sorted by. */
record Table(String name, List<Column> columns, List<String> orderBy) {

    String select() {
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        return "SELECT " + names + " FROM " + name + (orderBy.isEmpty() ? "" : " ORDER BY " + String.join(", ", orderBy));
    }

    List<Column> writable() {
        return columns.stream().filter(c -> !c.generated()).toList();
    }

    String insert() {
        List<Column> writable = writable();
        return "INSERT INTO " + name + " (" + writable.stream().map(Column::name).collect(Collectors.joining(", "))
                + ") VALUES (" + writable.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }
}
