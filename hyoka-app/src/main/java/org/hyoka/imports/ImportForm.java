package org.hyoka.imports;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;

/** The upload form's model, shared by the controller and the upload-size handler. */
final class ImportForm {

    private ImportForm() {
    }

    static String show(Model model, CsrfToken csrf, String municipality, @Nullable String message) {
        model.addAttribute("csrf", csrf);
        model.addAttribute("municipality", municipality);
        model.addAttribute("message", message);
        return "imports/form";
    }
}
