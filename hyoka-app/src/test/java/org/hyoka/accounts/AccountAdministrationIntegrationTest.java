package org.hyoka.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.hyoka.app.CommandLineApplication;
import org.hyoka.audit.AuditEntry;
import org.hyoka.audit.AuditLog;
import org.hyoka.audit.AuditQuery;
import org.hyoka.municipalities.Municipalities;
import org.hyoka.municipalities.MunicipalityRegistration;
import org.hyoka.settings.EvaluationSettings;
import org.hyoka.testing.TestDatabases;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The accounts service on H2 and PostgreSQL, with two cities whose organizations have the same 課
 * names: each office manages only its own accounts, editors only get a 課 of the organization, no
 * city is left without an enabled administrator, and credentials are handed over once and stored
 * only as hashes.
 */
class AccountAdministrationIntegrationTest {

    static final String TSUKUBA = "082201";
    static final String TSUCHIURA = "082031";
    static final String DIVISION = "情報政策課";

    private static final Map<TestDatabases.Kind, ConfigurableApplicationContext> CONTEXTS =
            new EnumMap<>(TestDatabases.Kind.class);
    private static final AtomicInteger NAMES = new AtomicInteger();

    /** One application per database, with both cities, their organizations and one administrator each. */
    static synchronized ConfigurableApplicationContext on(TestDatabases.Kind kind) {
        return CONTEXTS.computeIfAbsent(kind, k -> {
            Map<String, Object> properties = new HashMap<>();
            properties.put("hyoka.data-dir", "target/account-administration-data");
            properties.put("spring.main.banner-mode", "off");
            if (k == TestDatabases.Kind.H2) {
                properties.put("spring.datasource.url", TestDatabases.freshH2Url());
            } else {
                properties.put("spring.datasource.url", TestDatabases.freshPostgresUrl());
                properties.put("spring.datasource.username", "postgres");
                properties.put("spring.datasource.password", "");
            }
            // as arguments: they outrank application.properties, which default properties do not
            ConfigurableApplicationContext context = new SpringApplicationBuilder(CommandLineApplication.class)
                    .web(WebApplicationType.NONE).run(properties.entrySet().stream()
                            .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
            assertThat(context.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM app_user", Long.class))
                    .as("a fresh database").isZero();
            EvaluationSettings settings = context.getBean(EvaluationSettings.class);
            for (String city : List.of(TSUKUBA, TSUCHIURA)) {
                UserAccounts accounts = context.getBean(UserAccounts.class);
                accounts.add(new NewAccount("office-" + city, "a-long-password-1".toCharArray(), Role.ADMINISTRATOR,
                        city, null));
                Actor office = admin(city);
                settings.addOrgUnit("政策イノベーション部", DIVISION, "", office, "test");
                settings.addOrgUnit("政策イノベーション部", "情報整備課", "", office, "test");
            }
            return context;
        });
    }

    @AfterAll
    static void close() {
        CONTEXTS.values().forEach(ConfigurableApplicationContext::close);
        CONTEXTS.clear();
    }

    static Actor admin(String city) {
        return new Actor("office-" + city, Role.ADMINISTRATOR, city, null);
    }

    static String name(String prefix) {
        return prefix + "-" + NAMES.incrementAndGet();
    }

    private static long created(AccountChange change) {
        assertThat(change).isInstanceOf(AccountChange.Issued.class);
        return ((AccountChange.Issued) change).id();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anOfficeManagesOnlyItsOwnCitysAccountsAndAnotherCitysIdsAreNotThere(TestDatabases.Kind kind) {
        ConfigurableApplicationContext app = on(kind);
        AccountAdministration accounts = app.getBean(AccountAdministration.class);
        String tanaka = name("tanaka");
        long tsukubaEditor = created(accounts.create(admin(TSUKUBA), tanaka, Role.EDITOR, DIVISION,
                Credential.Kind.INITIAL_PASSWORD, "192.0.2.1"));
        long tsuchiuraEditor = created(accounts.create(admin(TSUCHIURA), name("sato"), Role.EDITOR, DIVISION,
                Credential.Kind.LINK, "192.0.2.2"));

        assertThat(accounts.list(admin(TSUKUBA)).orElseThrow()).extracting(CityAccount::id)
                .contains(tsukubaEditor).doesNotContain(tsuchiuraEditor);
        assertThat(accounts.find(admin(TSUCHIURA), tsukubaEditor)).isEmpty();
        Actor otherOffice = admin(TSUCHIURA);
        assertThat(accounts.change(otherOffice, tsukubaEditor, Role.REVIEWER, "", "x"))
                .isInstanceOf(AccountChange.NotFound.class);
        assertThat(accounts.setEnabled(otherOffice, tsukubaEditor, false, "x")).isInstanceOf(AccountChange.NotFound.class);
        assertThat(accounts.reset(otherOffice, tsukubaEditor, Credential.Kind.LINK, "x"))
                .isInstanceOf(AccountChange.NotFound.class);
        for (Actor notAnOffice : List.of(new Actor("e", Role.EDITOR, TSUKUBA, DIVISION),
                new Actor("r", Role.REVIEWER, TSUKUBA, null), new Actor("op", Role.OPERATOR, null, null))) {
            assertThat(accounts.list(notAnOffice)).as(notAnOffice.role().name()).isEmpty();
            assertThat(accounts.create(notAnOffice, name("x"), Role.ADMINISTRATOR, "", Credential.Kind.LINK, "x"))
                    .isInstanceOf(AccountChange.Forbidden.class);
            assertThat(accounts.setEnabled(notAnOffice, tsukubaEditor, false, "x")).isInstanceOf(AccountChange.Forbidden.class);
            assertThat(accounts.change(notAnOffice, tsukubaEditor, Role.ADMINISTRATOR, "", "x"))
                    .isInstanceOf(AccountChange.Forbidden.class);
        }
        assertThat(accounts.find(admin(TSUKUBA), tsukubaEditor)).hasValueSatisfying(account -> {
            assertThat(account.enabled()).isTrue();
            assertThat(account.role()).isEqualTo(Role.EDITOR);
        });
        List<AuditEntry> tsukubaLog = app.getBean(AuditLog.class).find(new AuditQuery(null, null, null, null, null, 0, 500)
                .in(TSUKUBA)).items();
        assertThat(tsukubaLog).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("account.create");
            assertThat(entry.detail()).isEqualTo("アカウント「" + tanaka + "」（担当課・情報政策課）を作成しました。初期パスワードを発行しました。");
        });
        assertThat(tsukubaLog).noneSatisfy(entry -> assertThat(entry.from()).isEqualTo("192.0.2.2"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anEditorsDivisionComesFromTheCitysOrganizationNeverFromFreeText(TestDatabases.Kind kind) {
        AccountAdministration accounts = on(kind).getBean(AccountAdministration.class);

        assertThat(accounts.create(admin(TSUKUBA), name("free"), Role.EDITOR, "総務課", Credential.Kind.LINK, "x"))
                .isEqualTo(new AccountChange.Invalid("課「総務課」はこの自治体の組織にありません。一覧から選んでください。"));
        assertThat(accounts.create(admin(TSUKUBA), name("none"), Role.EDITOR, " ", Credential.Kind.LINK, "x"))
                .isEqualTo(new AccountChange.Invalid("担当課のアカウントには課を選んでください。"));
        assertThat(accounts.create(admin(TSUKUBA), name("op"), Role.OPERATOR, "", Credential.Kind.LINK, "x"))
                .isEqualTo(new AccountChange.Invalid("役割は管理者・担当課・評価者から選んでください。"));
        assertThat(accounts.create(admin(TSUKUBA), "x", Role.REVIEWER, "", Credential.Kind.LINK, "x"))
                .isEqualTo(new AccountChange.Invalid("ユーザー名は英数字と . _ @ - の3～100文字。"));
        long reviewer = created(accounts.create(admin(TSUKUBA), name("Reviewer"), Role.REVIEWER, DIVISION,
                Credential.Kind.LINK, "x"));
        assertThat(accounts.find(admin(TSUKUBA), reviewer)).hasValueSatisfying(account -> {
            assertThat(account.division()).as("only editors have a 課").isNull();
            assertThat(account.username()).as("canonical").startsWith("reviewer-");
        });
        assertThat(accounts.change(admin(TSUKUBA), reviewer, Role.EDITOR, "情報整備課", "x"))
                .isInstanceOf(AccountChange.Changed.class);
        assertThat(accounts.find(admin(TSUKUBA), reviewer).orElseThrow().division()).isEqualTo("情報整備課");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void noChangeLeavesACityWithoutAnEnabledAdministrator(TestDatabases.Kind kind) {
        ConfigurableApplicationContext app = on(kind);
        AccountAdministration accounts = app.getBean(AccountAdministration.class);
        MunicipalityRegistration registration = app.getBean(MunicipalityRegistration.class);
        Actor operator = new Actor("operator", Role.OPERATOR, null, null);
        // a city of its own, so that the other tests' administrators do not count
        String city = kind == TestDatabases.Kind.H2 ? "082023" : "082040";
        String first = name("first");
        long firstId = created(registration.register(operator, city, first, Credential.Kind.LINK, "x"));
        Actor office = new Actor(first, Role.ADMINISTRATOR, city, null);

        AccountChange disableSelf = accounts.setEnabled(office, firstId, false, "x");
        AccountChange demoteSelf = accounts.change(office, firstId, Role.REVIEWER, "", "x");

        assertThat(disableSelf).isInstanceOf(AccountChange.Invalid.class);
        assertThat(((AccountChange.Invalid) disableSelf).problem()).contains("最後の有効な管理者")
                .contains("先に別のアカウントを管理者にしてください");
        assertThat(demoteSelf).isEqualTo(disableSelf);
        long second = created(accounts.create(office, name("second"), Role.ADMINISTRATOR, "", Credential.Kind.LINK, "x"));
        assertThat(accounts.change(office, firstId, Role.REVIEWER, "", "x")).isInstanceOf(AccountChange.Changed.class);
        Actor secondOffice = new Actor(accounts.find(office, second).orElseThrow().username(), Role.ADMINISTRATOR, city, null);
        assertThat(accounts.setEnabled(secondOffice, second, false, "x")).isInstanceOf(AccountChange.Invalid.class);
        assertThat(accounts.find(secondOffice, second).orElseThrow().enabled()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aOneTimeLinkSetsThePasswordOnceIsStoredOnlyAsItsHashAndExpires(TestDatabases.Kind kind) {
        ConfigurableApplicationContext app = on(kind);
        AccountAdministration accounts = app.getBean(AccountAdministration.class);
        PasswordLinks links = app.getBean(PasswordLinks.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        PasswordEncoder encoder = app.getBean(PasswordEncoder.class);
        AccountChange.Issued issued = (AccountChange.Issued) accounts.create(admin(TSUKUBA), name("link"), Role.REVIEWER,
                "", Credential.Kind.LINK, "x");
        Credential.OneTimeLink link = (Credential.OneTimeLink) issued.credential();
        String token = link.path().substring(PasswordLinks.PATH.length());

        assertThat(link.expiresAt()).isBetween(java.time.Instant.now().plusSeconds(23 * 3600),
                java.time.Instant.now().plusSeconds(24 * 3600 + 60));
        assertThat(jdbc.queryForList("SELECT token_hash FROM password_reset_token WHERE user_id = ?", String.class,
                issued.id())).singleElement().isEqualTo(Secrets.hash(token)).isNotEqualTo(token);
        assertThat(links.holder(token)).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(issued.id()));
        assertThat(links.use(token, "short".toCharArray(), "short".toCharArray(), "x"))
                .isInstanceOf(PasswordSetting.Invalid.class);
        assertThat(links.use(token, "a-new-long-secret".toCharArray(), "a-new-long-secret!".toCharArray(), "x"))
                .isEqualTo(new PasswordSetting.Invalid("2つのパスワードが一致しません。同じものを2回入力してください。"));

        assertThat(links.use(token, "a-new-long-secret".toCharArray(), "a-new-long-secret".toCharArray(), "x"))
                .isEqualTo(new PasswordSetting.Set(link.username()));
        assertThat(encoder.matches("a-new-long-secret", hash(jdbc, issued.id()))).isTrue();
        assertThat(links.use(token, "another-long-secret".toCharArray(), "another-long-secret".toCharArray(), "x"))
                .as("spent").isInstanceOf(PasswordSetting.Unusable.class);
        assertThat(encoder.matches("a-new-long-secret", hash(jdbc, issued.id()))).isTrue();

        Credential.OneTimeLink again = (Credential.OneTimeLink) ((AccountChange.Issued) accounts.reset(admin(TSUKUBA),
                issued.id(), Credential.Kind.LINK, "x")).credential();
        assertThat(encoder.matches("a-new-long-secret", hash(jdbc, issued.id()))).as("the old password is out").isFalse();
        String later = again.path().substring(PasswordLinks.PATH.length());
        jdbc.update("UPDATE password_reset_token SET expires_at = ? WHERE token_hash = ?",
                java.time.OffsetDateTime.now().minusSeconds(1), Secrets.hash(later));
        assertThat(links.holder(later)).as("expired").isEmpty();
        assertThat(links.use(later, "a-third-long-secret".toCharArray(), "a-third-long-secret".toCharArray(), "x"))
                .isInstanceOf(PasswordSetting.Unusable.class);
        assertThat(links.holder("not-a-token")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anInitialPasswordIsHandedOverOnceAndOnlyItsHashIsStored(TestDatabases.Kind kind) {
        ConfigurableApplicationContext app = on(kind);
        AccountAdministration accounts = app.getBean(AccountAdministration.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        AccountChange.Issued issued = (AccountChange.Issued) accounts.create(admin(TSUKUBA), name("initial"),
                Role.EDITOR, DIVISION, Credential.Kind.INITIAL_PASSWORD, "x");
        String password = ((Credential.InitialPassword) issued.credential()).password();

        assertThat(password).hasSizeGreaterThanOrEqualTo(NewAccount.MIN_PASSWORD_LENGTH).matches("[A-Za-z2-9-]{19}");
        assertThat(hash(jdbc, issued.id())).startsWith("{bcrypt}").doesNotContain(password);
        assertThat(app.getBean(PasswordEncoder.class).matches(password, hash(jdbc, issued.id()))).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE detail LIKE ?", Long.class,
                "%" + password + "%")).isZero();
        assertThat(issued.credential().toString()).doesNotContain(password);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void disablingEndsTheAccountsSessionsAndItsOpenLinks(TestDatabases.Kind kind) {
        ConfigurableApplicationContext app = on(kind);
        AccountAdministration accounts = app.getBean(AccountAdministration.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        AccountChange.Issued issued = (AccountChange.Issued) accounts.create(admin(TSUKUBA), name("leaver"),
                Role.REVIEWER, "", Credential.Kind.LINK, "x");
        String username = issued.credential().username();
        long now = System.currentTimeMillis();
        for (int i = 0; i < 2; i++) {
            String id = java.util.UUID.randomUUID().toString();
            jdbc.update("INSERT INTO spring_session (primary_id, session_id, creation_time, last_access_time, "
                    + "max_inactive_interval, expiry_time, principal_name) VALUES (?, ?, ?, ?, 3600, ?, ?)", id,
                    java.util.UUID.randomUUID().toString(), now, now, now + 3_600_000, username);
        }

        assertThat(accounts.setEnabled(admin(TSUKUBA), issued.id(), false, "x")).isInstanceOf(AccountChange.Changed.class);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?", Long.class,
                username)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM password_reset_token WHERE user_id = ?", Long.class,
                issued.id())).isZero();
        assertThat(app.getBean(UserAccounts.class).find(username).orElseThrow().enabled()).isFalse();
        assertThat(accounts.reset(admin(TSUKUBA), issued.id(), Credential.Kind.LINK, "x"))
                .isEqualTo(new AccountChange.Invalid("アカウント「" + username + "」は無効です。先に有効にしてください。"));
        assertThat(accounts.setEnabled(admin(TSUKUBA), issued.id(), true, "x")).isInstanceOf(AccountChange.Changed.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theOperatorRegistersADirectoryCityWithItsFirstAdministratorAllOrNothing(TestDatabases.Kind kind) {
        ConfigurableApplicationContext app = on(kind);
        MunicipalityRegistration registration = app.getBean(MunicipalityRegistration.class);
        Municipalities municipalities = app.getBean(Municipalities.class);
        Actor operator = new Actor("operator", Role.OPERATOR, null, null);
        String city = kind == TestDatabases.Kind.H2 ? "082015" : "082058";

        assertThat(registration.register(operator, "082016", name("a"), Credential.Kind.LINK, "x"))
                .isInstanceOf(AccountChange.Invalid.class);
        assertThat(registration.register(operator, "abc", name("a"), Credential.Kind.LINK, "x"))
                .isInstanceOf(AccountChange.Invalid.class);
        assertThat(registration.register(admin(TSUKUBA), city, name("a"), Credential.Kind.LINK, "x"))
                .isInstanceOf(AccountChange.Forbidden.class);
        assertThat(registration.register(operator, city, "office-" + TSUKUBA, Credential.Kind.LINK, "x"))
                .as("a name taken: no city left behind").isEqualTo(new AccountChange.Invalid("このユーザー名は登録済みです。"));
        assertThat(municipalities.find(city)).isEmpty();

        AccountChange registered = registration.register(operator, " " + city + " ", name("first"),
                Credential.Kind.INITIAL_PASSWORD, "x");

        assertThat(registered).isInstanceOf(AccountChange.Issued.class);
        assertThat(((AccountChange.Issued) registered).message()).startsWith("茨城県");
        assertThat(municipalities.find(city)).hasValueSatisfying(t -> assertThat(t.name()).endsWith("市"));
        assertThat(registration.register(operator, city, name("again"), Credential.Kind.LINK, "x"))
                .isEqualTo(new AccountChange.Invalid("この自治体にはすでに管理者がいます。アカウントはその自治体の管理者が作成します。"));
        assertThat(app.getBean(AuditLog.class).find(new AuditQuery(null, "municipality.register", null, null, null, 0, 10)
                .in(city)).items()).singleElement().satisfies(entry -> assertThat(entry.role()).isEqualTo("OPERATOR"));
    }

    private static String hash(JdbcTemplate jdbc, long id) {
        return jdbc.queryForObject("SELECT password_hash FROM app_user WHERE id = ?", String.class, id);
    }
}
