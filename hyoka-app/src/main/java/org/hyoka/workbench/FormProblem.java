package org.hyoka.workbench;

import org.hyoka.sheet.SheetForm;

/**
 * Something wrong in the form, tied to the input it is about so that the page can link to it, and labelled
 * in the words of the sheet's form.
 */
public record FormProblem(String key, String message, SheetForm form) {

    FormProblem(String key, String message) {
        this(key, message, SheetForm.TSUKUBA);
    }

    public String label() {
        return FormKeys.label(form, key);
    }

    public String anchor() {
        return FormKeys.anchor(key);
    }
}
