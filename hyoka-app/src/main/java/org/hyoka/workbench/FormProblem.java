package org.hyoka.workbench;

/** Something wrong in the form, tied to the input it is about so that the page can link to it. */
record FormProblem(String key, String message) {

    String label() {
        return FormKeys.label(key);
    }

    String anchor() {
        return FormKeys.anchor(key);
    }
}
