package org.hyoka.settings;

import java.util.List;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every settings page shows around its form: whose settings they are (the city's name), the
 * token, the last save, the problems.
 */
public record SettingsPage(String city, CsrfToken csrf, String saved, List<String> problems) {
}
