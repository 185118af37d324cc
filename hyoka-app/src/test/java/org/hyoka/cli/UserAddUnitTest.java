package org.hyoka.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hyoka.accounts.NewAccount;
import org.hyoka.workflow.Role;
import org.junit.jupiter.api.Test;

import picocli.CommandLine.TypeConversionException;

class UserAddUnitTest {

    private final UserCommand.Add.RoleName roles = new UserCommand.Add.RoleName();

    @Test
    void rolesAreNamedInEnglishOrJapaneseAndTheOldAdminStillWorks() {
        assertThat(roles.convert("ADMINISTRATOR")).isEqualTo(Role.ADMINISTRATOR);
        assertThat(roles.convert("admin")).isEqualTo(Role.ADMINISTRATOR);
        assertThat(roles.convert("管理者")).isEqualTo(Role.ADMINISTRATOR);
        assertThat(roles.convert("担当課")).isEqualTo(Role.EDITOR);
        assertThat(roles.convert("reviewer")).isEqualTo(Role.REVIEWER);
        assertThatThrownBy(() -> roles.convert("root")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("ADMINISTRATOR, EDITOR or REVIEWER");
    }

    @Test
    void anEditorNeedsTheDivisionItWorksFor() {
        char[] password = "long-enough-password".toCharArray();

        assertThat(new NewAccount("tanaka", password, Role.EDITOR, "082201", null).problem())
                .hasValueSatisfying(problem -> assertThat(problem).contains("--division").contains("課名が必要"));
        assertThat(new NewAccount("tanaka", password, Role.EDITOR, "082201", "情報政策課").problem()).isEmpty();
        assertThat(new NewAccount("office", password, Role.ADMINISTRATOR, "082201", null).problem()).isEmpty();
    }
}
