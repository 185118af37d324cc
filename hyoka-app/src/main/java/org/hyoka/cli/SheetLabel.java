package org.hyoka.cli;

import org.hyoka.sheet.Sheet;

/** How a command names a sheet in its output: position in the file, number and title. */
final class SheetLabel {

    private SheetLabel() {
    }

    static String of(Sheet sheet, int index, int count) {
        String number = sheet.sheetNumber() == null ? "" : sheet.sheetNumber() + " ";
        String position = count > 1 ? "[" + index + "] " : "";
        return position + number + sheet.title() + ": ";
    }
}
