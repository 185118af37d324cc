package org.hyoka.accounts;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.hyoka.workflow.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a password sign-in: the account's role and 課 travel with it in the session. */
public final class AccountUser implements UserDetails, CredentialsContainer, SignedIn {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;
    private final Role role;
    private final @Nullable String municipalityCode;
    private final @Nullable String division;
    private final boolean enabled;
    private @Nullable String passwordHash;

    public AccountUser(String username, Role role, @Nullable String municipalityCode, @Nullable String division,
            boolean enabled, @Nullable String passwordHash) {
        this.username = username;
        this.role = role;
        this.municipalityCode = municipalityCode;
        this.division = division;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public static AccountUser of(Account account) {
        return new AccountUser(account.username(), account.role(), account.municipalityCode(), account.division(),
                account.enabled(), null);
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public Role role() {
        return role;
    }

    @Override
    public @Nullable String municipalityCode() {
        return municipalityCode;
    }

    @Override
    public @Nullable String division() {
        return division;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(SignedIn.authority(role)));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The hash is needed only while the password is checked; it never rests in the session table. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountUser user && user.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "AccountUser[" + username + ", " + role + ", " + municipalityCode + "]";
    }
}
