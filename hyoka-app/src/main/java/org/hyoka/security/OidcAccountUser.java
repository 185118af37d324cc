package org.hyoka.security;

import java.io.Serial;
import java.util.List;

import org.hyoka.accounts.Account;
import org.hyoka.accounts.SignedIn;
import org.hyoka.workflow.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A person signed in through OpenID Connect, acting as the Hyoka account they were mapped to. */
final class OidcAccountUser extends DefaultOidcUser implements SignedIn {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;
    private final Role role;
    private final @Nullable String municipalityCode;
    private final @Nullable String division;

    OidcAccountUser(OidcUser signedIn, Account account) {
        super(List.of(new SimpleGrantedAuthority(SignedIn.authority(account.role()))), signedIn.getIdToken(),
                signedIn.getUserInfo());
        this.username = account.username();
        this.role = account.role();
        this.municipalityCode = account.municipalityCode();
        this.division = account.division();
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

    /** The Hyoka account name, so that audit entries and sessions name the account, not the token's subject. */
    @Override
    public String getName() {
        return username;
    }
}
