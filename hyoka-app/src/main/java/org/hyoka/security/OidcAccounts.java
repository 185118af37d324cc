package org.hyoka.security;

import org.hyoka.accounts.UserAccounts;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Loads the provider's user as usual, then maps it onto a Hyoka account or refuses the sign-in. */
final class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String ERROR_PREFIX = "hyoka_";

    private final OidcUserService provider = new OidcUserService();
    private final UserAccounts accounts;
    private final OidcAccountMapping mapping;

    OidcAccounts(UserAccounts accounts, OidcAccountMapping mapping) {
        this.accounts = accounts;
        this.mapping = mapping;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        OidcAccountMapping.Result result = mapping.map(user.getClaims(), accounts::find);
        if (result instanceof OidcAccountMapping.Result.Mapped mapped) {
            return new OidcAccountUser(user, mapped.account());
        }
        OidcAccountMapping.Result.Refused refused = (OidcAccountMapping.Result.Refused) result;
        throw new OAuth2AuthenticationException(new OAuth2Error(ERROR_PREFIX + refused.code(), refused.detail(), null));
    }
}
