package org.hyoka.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.accounts.AccountAdministration;
import org.hyoka.accounts.AddResult;
import org.hyoka.accounts.NewAccount;
import org.hyoka.accounts.UserAccounts;
import org.hyoka.accounts.UserNames;
import org.hyoka.workflow.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "user", mixinStandardHelpOptions = true, description = "Manages accounts.",
        subcommands = UserCommand.Add.class)
final class UserCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Adds an account. The password is asked for on the console (twice), or read from the "
                    + "first line of standard input with --password-stdin; there is no default password.",
                    "Exit codes: 0 added, 2 refused (the reason is printed)."})
    static final class Add implements Callable<Integer> {

        @Option(names = "--username", required = true, paramLabel = "NAME")
        private String username;

        @Option(names = "--role", required = true, paramLabel = "ROLE", converter = RoleName.class,
                description = "ADMINISTRATOR (管理者; ADMIN also accepted), EDITOR (担当課, needs --division), "
                        + "REVIEWER (評価者) or OPERATOR (運用管理者, the installation's, no --municipality)")
        private Role role;

        @Option(names = "--municipality", paramLabel = "CODE", description = "the municipality (全国地方公共団体コード, "
                + "6 digits) the account works for; registered now if it is not yet. Every role but OPERATOR has one.")
        private @Nullable String municipality;

        @Option(names = "--division", paramLabel = "課", description = "the division (課) an EDITOR works for")
        private @Nullable String division;

        @Option(names = "--password-stdin", description = "read the password from standard input")
        private boolean passwordStdin;

        @Mixin
        private DatabaseOptions database;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            char[] password = passwordStdin ? fromStdin() : fromConsole();
            if (password.length == 0) {
                spec.commandLine().getErr().println("hyoka: no password given; nothing added");
                return ExitCodes.BAD_INPUT;
            }
            Optional<MunicipalityCode> code = Optional.empty();
            if (municipality != null) {
                code = MunicipalityCode.parse(municipality.strip());
                if (code.isEmpty()) {
                    java.util.Arrays.fill(password, '\0');
                    spec.commandLine().getErr().println("hyoka: --municipality " + municipality + " is not a 6-digit "
                            + "municipality code with a valid check digit (全国地方公共団体コード)");
                    return ExitCodes.BAD_INPUT;
                }
            }
            try (ConfigurableApplicationContext context = SpringLauncher.quiet(database.properties())) {
                Optional<String> unknownDivision = unknownDivision(context, code);
                if (unknownDivision.isPresent()) {
                    Arrays.fill(password, '\0');
                    spec.commandLine().getErr().println("hyoka: " + unknownDivision.get());
                    return ExitCodes.BAD_INPUT;
                }
                AddResult result = context.getBean(UserAccounts.class).add(new NewAccount(username, password, role,
                        code.map(MunicipalityCode::value).orElse(null), division));
                if (result instanceof AddResult.Refused refused) {
                    spec.commandLine().getErr().println("hyoka: " + refused.reason());
                    return ExitCodes.BAD_INPUT;
                }
                spec.commandLine().getOut().println("hyoka: added user " + UserNames.canonical(username) + " (" + role
                        + code.map(c -> ", " + c.value()).orElse("") + ")");
                return ExitCodes.OK;
            }
        }

        /**
         * An editor's 課 must be one of the city's organization, once the city has one (a city whose
         * organization is still empty takes the name as given, as before the office set it up).
         */
        private Optional<String> unknownDivision(ConfigurableApplicationContext context, Optional<MunicipalityCode> code) {
            if (role != Role.EDITOR || division == null || code.isEmpty()) {
                return Optional.empty();
            }
            List<String> divisions = context.getBean(AccountAdministration.class).divisions(code.get().value());
            if (divisions.isEmpty() || divisions.contains(division.strip())) {
                return Optional.empty();
            }
            return Optional.of("--division " + division.strip() + " is not a division of " + code.get().value()
                    + "'s organization (" + String.join(", ", divisions.subList(0, Math.min(5, divisions.size())))
                    + (divisions.size() > 5 ? ", …" : "") + ") (課がこの自治体の組織にありません)");
        }

        /** The role's name or its Japanese label; ADMIN as accounts were called before issue 5. */
        static final class RoleName implements ITypeConverter<Role> {
            @Override
            public Role convert(String value) {
                String name = value.strip();
                if (name.equalsIgnoreCase("ADMIN")) {
                    return Role.ADMINISTRATOR;
                }
                return Arrays.stream(Role.values())
                        .filter(r -> r.name().equalsIgnoreCase(name) || r.label().equals(name))
                        .findFirst()
                        .orElseThrow(() -> new TypeConversionException("unknown role '" + value
                                + "': use ADMINISTRATOR, EDITOR or REVIEWER, or OPERATOR for the installation (管理者, 担当課, 評価者, 運用管理者)"));
            }
        }

        private static char[] fromStdin() throws IOException {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? new char[0] : line.toCharArray();
        }

        private char[] fromConsole() {
            Console console = System.console();
            if (console == null) {
                spec.commandLine().getErr().println("hyoka: no console to ask for the password; use --password-stdin");
                return new char[0];
            }
            char[] first = console.readPassword("Password for %s: ", username);
            char[] second = console.readPassword("Same password again: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                spec.commandLine().getErr().println("hyoka: the two passwords differ");
                return new char[0];
            }
            Arrays.fill(second, '\0');
            return first;
        }
    }
}
