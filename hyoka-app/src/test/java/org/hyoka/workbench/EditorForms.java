package org.hyoka.workbench;

import java.util.Map;

import org.hyoka.sheet.Sheet;

/** The editor's form fields for a sheet as the page fills them, for tests outside this package that post it. */
public final class EditorForms {

    private EditorForms() {
    }

    public static Map<String, String> values(Sheet sheet) {
        return SheetForm.of(sheet).values();
    }
}
