package org.hyoka.accounts;

import java.time.Instant;

/**
 * What a new account or a password reset hands to the office, once: shown on the page that answers
 * the request and nowhere else. Neither is stored as text; the database keeps only hashes.
 */
public sealed interface Credential {

    String username();

    /** A generated password the person signs in with (and should then change). */
    record InitialPassword(String username, String password) implements Credential {
        @Override
        public String toString() {
            return "InitialPassword[" + username + "]";
        }
    }

    /** The path of a page, valid once until {@code expiresAt}, where the person sets a password. */
    record OneTimeLink(String username, String path, Instant expiresAt) implements Credential {
        @Override
        public String toString() {
            return "OneTimeLink[" + username + "]";
        }
    }

    /** How the office wants to hand over access. */
    enum Kind {
        LINK("ワンタイムリンク"), INITIAL_PASSWORD("初期パスワード");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** "link" or "password" as the forms send them; anything else is no kind. */
        public static java.util.Optional<Kind> named(String value) {
            return switch (value) {
                case "link" -> java.util.Optional.of(LINK);
                case "password" -> java.util.Optional.of(INITIAL_PASSWORD);
                default -> java.util.Optional.empty();
            };
        }
    }
}
