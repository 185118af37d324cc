package org.hyoka.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.hyoka.workflow.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way a person types a name reaches one account; what differs inside the name stays different. */
class UserNamesUnitTest {

    @ParameterizedTest
    @ValueSource(strings = {"tanaka", "tanaka ", " tanaka", "\ttanaka\t", "tanaka\u3000", "\u3000\u3000tanaka",
        "Tanaka", "TANAKA", "ｔａｎａｋａ", "ＴＡＮＡＫＡ\u3000", "\u00A0tanaka\r\n"})
    void spellingsOfOneNameAreOneName(String typed) {
        assertThat(UserNames.canonical(typed)).isEqualTo("tanaka");
    }

    @Test
    void whatIsInsideTheNameIsKept() {
        assertThat(UserNames.canonical("ta naka")).isEqualTo("ta naka");
        assertThat(UserNames.canonical("tanaka.k@city-1")).isEqualTo("tanaka.k@city-1");
        assertThat(UserNames.canonical("ｔａｎａｋａ．ｋ＠ｃｉｔｙ－１")).isEqualTo("tanaka.k@city-1");
        assertThat(UserNames.canonical("   ")).isEmpty();
    }

    @Test
    void aNewAccountIsCreatedUnderItsCanonicalNameAndAnInnerSpaceIsRefused() {
        char[] password = "long-enough-password".toCharArray();

        NewAccount typed = new NewAccount("\u3000Tanaka\t", password, Role.REVIEWER, "082201", null);
        assertThat(typed.username()).isEqualTo("tanaka");
        assertThat(typed.problem()).isEmpty();
        assertThat(new NewAccount("ta naka", password, Role.REVIEWER, "082201", null).problem()).isPresent();
    }
}
