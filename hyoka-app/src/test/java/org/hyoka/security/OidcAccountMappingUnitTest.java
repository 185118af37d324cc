package org.hyoka.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.hyoka.accounts.Account;
import org.hyoka.workflow.Role;
import org.junit.jupiter.api.Test;

class OidcAccountMappingUnitTest {

    private static final Account EDITOR = new Account(7, "yamada.taro", Role.EDITOR, "082201", "情報政策課", true);
    private static final Account GONE = new Account(8, "retired", Role.REVIEWER, "082201", null, false);
    private static final Function<String, Optional<Account>> ACCOUNTS = name -> Optional.ofNullable(
            Map.of(EDITOR.username(), EDITOR, GONE.username(), GONE).get(name));

    @Test
    void theConfiguredClaimNamesTheHyokaAccountWhoseRoleAndDivisionApply() {
        OidcAccountMapping.Result result = new OidcAccountMapping("preferred_username")
                .map(Map.of("sub", "f81d4fae", "preferred_username", "yamada.taro"), ACCOUNTS);

        assertThat(result).isEqualTo(new OidcAccountMapping.Result.Mapped(EDITOR));
        assertThat(((OidcAccountMapping.Result.Mapped) result).account().actor().mayEdit(new org.hyoka.workflow.Owner("082201", "情報政策課"))).isTrue();
    }

    @Test
    void anotherClaimCanBeChosenSuchAsTheEmailAddress() {
        Account byMail = new Account(9, "hanako@city.example.lg.jp", Role.ADMINISTRATOR, "082201", null, true);

        OidcAccountMapping.Result result = new OidcAccountMapping("email")
                .map(Map.of("email", "hanako@city.example.lg.jp", "preferred_username", "yamada.taro"),
                        name -> name.equals(byMail.username()) ? Optional.of(byMail) : ACCOUNTS.apply(name));

        assertThat(result).isEqualTo(new OidcAccountMapping.Result.Mapped(byMail));
    }

    @Test
    void peopleWithoutAnAccountDisabledAccountsAndTokensWithoutTheClaimAreRefused() {
        OidcAccountMapping mapping = new OidcAccountMapping("preferred_username");

        assertThat(mapping.map(Map.of("preferred_username", "stranger"), ACCOUNTS))
                .isInstanceOfSatisfying(OidcAccountMapping.Result.Refused.class,
                        refused -> assertThat(refused.code()).isEqualTo(OidcAccountMapping.UNKNOWN));
        assertThat(mapping.map(Map.of("preferred_username", "retired"), ACCOUNTS))
                .isInstanceOfSatisfying(OidcAccountMapping.Result.Refused.class,
                        refused -> assertThat(refused.code()).isEqualTo(OidcAccountMapping.DISABLED));
        assertThat(mapping.map(Map.of("sub", "f81d4fae"), ACCOUNTS))
                .isInstanceOfSatisfying(OidcAccountMapping.Result.Refused.class,
                        refused -> assertThat(refused.code()).isEqualTo(OidcAccountMapping.MISSING_CLAIM));
        assertThat(mapping.map(Map.of("preferred_username", 42), ACCOUNTS))
                .isInstanceOf(OidcAccountMapping.Result.Refused.class);
        assertThat(LoginController.OIDC_PROBLEMS).containsKeys(OidcAccountMapping.UNKNOWN,
                OidcAccountMapping.DISABLED, OidcAccountMapping.MISSING_CLAIM);
    }
}
