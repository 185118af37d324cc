package org.hyoka.workbench;

/** Something wrong in the form, tied to the input it is about so that the page can link to it. */
public record FormProblem(String key, String message) {

    public String label() {
        return FormKeys.label(key);
    }

    public String anchor() {
        return FormKeys.anchor(key);
    }
}
