package org.hyoka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code user add} as the installation is set up from the console: the operator without a city, a
 * city's first administrator with one, and an editor whose 課 must be in the city's organization
 * once the city has one.
 */
class UserAddCommandIntegrationTest {

    private static final String PASSWORD = "a-long-enough-secret";

    @TempDir
    Path dir;

    @Test
    void theOperatorHasNoMunicipalityAndACitysAdministratorRegistersItsCity() throws Exception {
        assertThat(add("--username", "Operator", "--role", "OPERATOR").exit()).isZero();
        Outcome office = add("--username", "tsukuba-office", "--role", "ADMINISTRATOR", "--municipality", "082201");

        assertThat(office.exit()).isZero();
        assertThat(office.out()).contains("added user tsukuba-office (ADMINISTRATOR, 082201)");
        assertThat(text("SELECT role || '/' || COALESCE(municipality_code, '-') FROM app_user WHERE username = 'operator'"))
                .isEqualTo("OPERATOR/-");
        assertThat(text("SELECT name FROM municipality WHERE code = '082201'")).isEqualTo("つくば市");
    }

    @Test
    void anOperatorGivenAMunicipalityAndAnAdministratorWithoutOneAreRefusedInOneLine() {
        Outcome operator = add("--username", "second-operator", "--role", "OPERATOR", "--municipality", "082201");
        Outcome office = add("--username", "office", "--role", "ADMINISTRATOR");

        assertThat(operator.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(operator.err().lines()).singleElement().asString().contains("運用管理者は自治体に属しません");
        assertThat(office.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(office.err().lines()).singleElement().asString().contains("--municipality");
    }

    @Test
    void anEditorsDivisionMustBeInTheCitysOrganizationOnceItHasOne() throws Exception {
        // no organization yet: the name is taken as given
        assertThat(add("--username", "early-editor", "--role", "EDITOR", "--municipality", "082201",
                "--division", "どこかの課").exit()).isZero();
        execute("INSERT INTO municipality_org_unit (municipality_code, department, division, section) "
                + "VALUES ('082201', '政策イノベーション部', '情報政策課', '')");

        Outcome unknown = add("--username", "tanaka", "--role", "EDITOR", "--municipality", "082201",
                "--division", "情報整備課");
        Outcome known = add("--username", "suzuki", "--role", "EDITOR", "--municipality", "082201",
                "--division", "情報政策課");

        assertThat(unknown.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err().lines()).containsExactly("hyoka: --division 情報整備課 is not a division of 082201's "
                + "organization (情報政策課) (課がこの自治体の組織にありません)");
        assertThat(text("SELECT COUNT(*) FROM app_user WHERE username = 'tanaka'")).isEqualTo("0");
        assertThat(known.exit()).isZero();
        // another city's organization is not this one's: 土浦市 has none, so its editor is taken as given
        assertThat(add("--username", "tsuchiura-editor", "--role", "EDITOR", "--municipality", "082031",
                "--division", "情報整備課").exit()).isZero();
    }

    record Outcome(int exit, String out, String err) {
    }

    private Outcome add(String... options) {
        String[] args = new String[options.length + 5];
        args[0] = "user";
        args[1] = "add";
        System.arraycopy(options, 0, args, 2, options.length);
        args[options.length + 2] = "--password-stdin";
        args[options.length + 3] = "--data";
        args[options.length + 4] = dir.resolve("data").toString();
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Hyoka.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
            return new Outcome(exit, out.toString(), err.toString());
        } finally {
            System.setIn(stdin);
        }
    }

    private String text(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(TestDatabases.h2FileUrl(dir.resolve("data")), "sa", "");
                ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(TestDatabases.h2FileUrl(dir.resolve("data")), "sa", "")) {
            connection.createStatement().execute(sql);
        }
    }
}
