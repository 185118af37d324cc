package org.hyoka.workbench;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The staff pages outside the workbench (settings, imports) get the same {@link Chrome}, so that they
 * carry the one staff menu. Their controllers stay unaware of it; the security chain has already
 * demanded an administrator there, and without an account there is no page to frame.
 */
@ControllerAdvice(basePackages = {"org.hyoka.settings", "org.hyoka.imports"})
class StaffChromeAdvice {

    private final Workbench workbench;

    StaffChromeAdvice(Workbench workbench) {
        this.workbench = workbench;
    }

    @ModelAttribute("chrome")
    Chrome chrome(HttpServletRequest request) {
        return workbench.chrome(request).orElseThrow(() -> new AccessDeniedException("no account"));
    }
}
