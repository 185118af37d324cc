package org.hyoka.imports;

import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.workflow.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;

/** The upload form's model, shared by the controller and the upload-size handler. */
final class ImportForm {

    private ImportForm() {
    }

    static String show(Model model, CsrfToken csrf, @Nullable Actor office, @Nullable String message) {
        model.addAttribute("csrf", csrf);
        model.addAttribute("city", office == null || office.municipalityCode() == null ? ""
                : MunicipalityDirectory.shipped().lookup(new MunicipalityCode(office.municipalityCode()))
                        .map(entry -> entry.toMunicipality().name() + "（" + office.municipalityCode() + "）")
                        .orElse(office.municipalityCode()));
        model.addAttribute("message", message);
        return "imports/form";
    }
}
