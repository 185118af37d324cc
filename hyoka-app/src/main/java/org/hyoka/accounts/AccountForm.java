package org.hyoka.accounts;

/** What was typed into the new-account form, to show again beside a problem. */
public record AccountForm(String username, String role, String division, String handover) {
}
