package org.hyoka.security;

import java.util.Optional;

import org.hyoka.accounts.Account;
import org.hyoka.accounts.SignedIn;
import org.hyoka.accounts.UserAccounts;
import org.hyoka.workflow.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting, as the evaluation cycle sees them: the signed-in account's name, role and 課,
 * whether they signed in with a password, HTTP Basic or OpenID Connect. Empty for the public.
 */
@Component
public class CurrentActor {

    private final UserAccounts accounts;

    CurrentActor(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public Optional<Actor> current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public Optional<Actor> of(@Nullable Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof SignedIn signedIn) {
            return Optional.of(signedIn.actor());
        }
        // a principal made elsewhere (a test's, a future sign-in method): the stored account decides,
        // never the authorities it claims
        return accounts.find(authentication.getName()).filter(Account::enabled).map(Account::actor);
    }
}
