package org.hyoka.accounts;

import java.util.Optional;
import java.util.regex.Pattern;

import org.hyoka.workflow.Role;
import org.jspecify.annotations.Nullable;

/**
 * An account to be created; {@link #problem()} says what is wrong with it, in words a user can act on.
 * The name is kept in its {@link UserNames#canonical canonical} form, the one sign-in looks up.
 */
public record NewAccount(String username, char[] password, Role role, @Nullable String municipalityCode,
        @Nullable String division) {

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,99}");

    public NewAccount {
        username = UserNames.canonical(username);
    }

    public Optional<String> problem() {
        if (!USERNAME.matcher(username).matches()) {
            return Optional.of("username must be 3-100 characters: letters, digits and . _ @ - "
                    + "(ユーザー名は英数字と . _ @ - の3～100文字)");
        }
        if (password.length < MIN_PASSWORD_LENGTH) {
            return Optional.of("password must have at least " + MIN_PASSWORD_LENGTH + " characters "
                    + "(パスワードは" + MIN_PASSWORD_LENGTH + "文字以上)");
        }
        if (division != null && division.isBlank()) {
            return Optional.of("division must not be blank (課名が空です)");
        }
        if (role == Role.OPERATOR && (municipalityCode != null || division != null)) {
            return Optional.of("the OPERATOR runs the installation and belongs to no municipality: leave out "
                    + "--municipality and --division (運用管理者は自治体に属しません)");
        }
        if (role != Role.OPERATOR && municipalityCode == null) {
            return Optional.of("a " + role + " belongs to one municipality: give --municipality CODE "
                    + "(自治体コードを指定してください)");
        }
        if (role == Role.EDITOR && division == null) {
            return Optional.of("an EDITOR works for one division: give --division (担当課のアカウントには課名が必要です)");
        }
        return Optional.empty();
    }
}
