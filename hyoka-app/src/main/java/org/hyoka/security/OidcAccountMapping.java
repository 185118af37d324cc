package org.hyoka.security;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.hyoka.accounts.Account;

/**
 * Which Hyoka account a person signed in at the city's OpenID Connect provider is: the account
 * whose user name equals the configured claim (hyoka.oidc.username-claim). The provider vouches
 * for who someone is; what they may do here stays with the account an administrator created, so
 * people unknown to Hyoka are refused rather than given an account.
 */
record OidcAccountMapping(String claim) {

    sealed interface Result {
        record Mapped(Account account) implements Result {
        }

        /** code names the Japanese message on the login page. */
        record Refused(String code, String detail) implements Result {
        }
    }

    static final String MISSING_CLAIM = "claim";
    static final String UNKNOWN = "unknown";
    static final String DISABLED = "disabled";

    Result map(Map<String, Object> claims, Function<String, Optional<Account>> accounts) {
        Object value = claims.get(claim);
        if (!(value instanceof String name) || name.isBlank()) {
            return new Result.Refused(MISSING_CLAIM, "the provider's token has no claim " + claim);
        }
        Optional<Account> account = accounts.apply(name.strip());
        if (account.isEmpty()) {
            return new Result.Refused(UNKNOWN, "no account named " + name.strip());
        }
        if (!account.get().enabled()) {
            return new Result.Refused(DISABLED, "account " + name.strip() + " is disabled");
        }
        return new Result.Mapped(account.get());
    }
}
