package org.hyoka.accounts;

/** What using a one-time link gave. */
public sealed interface PasswordSetting {

    record Set(String username) implements PasswordSetting {
    }

    /** The password was not acceptable; the link stays valid. */
    record Invalid(String problem) implements PasswordSetting {
    }

    /** Unknown, used, expired, or the account is disabled: the office must issue a new one. */
    record Unusable() implements PasswordSetting {
    }
}
