package org.hyoka.imports;

import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.tables.profile.TableProfiles;
import org.hyoka.workflow.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;

/** The upload form's model, shared by the controller and the upload-size handler. */
final class ImportForm {

    /** The profile choice that reads each file by its kind, as before profiles. */
    static final String AUTOMATIC = "";

    /** What a profile's name may look like at the edge; which names exist, {@link TableProfiles} says. */
    static final String PROFILE_NAME = "|[a-z0-9][a-z0-9-]{0,63}";

    private ImportForm() {
    }

    static String show(Model model, CsrfToken csrf, @Nullable Actor office, @Nullable String message) {
        model.addAttribute("csrf", csrf);
        model.addAttribute("city", office == null || office.municipalityCode() == null ? ""
                : MunicipalityDirectory.shipped().lookup(new MunicipalityCode(office.municipalityCode()))
                        .map(entry -> entry.toMunicipality().name() + "（" + office.municipalityCode() + "）")
                        .orElse(office.municipalityCode()));
        model.addAttribute("message", message);
        model.addAttribute("profiles", TableProfiles.shipped());
        return "imports/form";
    }
}
