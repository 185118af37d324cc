package org.hyoka.accounts;

import java.nio.CharBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.hyoka.audit.AuditActions;
import org.hyoka.audit.AuditLog;
import org.hyoka.settings.EvaluationSettings;
import org.hyoka.settings.OrgUnit;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality's office manages its own accounts: list, create, change role and 課, disable and
 * enable, reset a password. Every method checks the actor here, whatever route called it: only an
 * administrator, only accounts of the administrator's own city (another city's ids are "not found"),
 * an editor's 課 only from the city's organization, and never a change that leaves the city without
 * an enabled administrator. A change that takes rights away ends the account's sessions, since the
 * role and 課 travel in the session.
 */
@Service
public class AccountAdministration {

    /** How long a one-time link works. */
    public static final Duration LINK_VALIDITY = Duration.ofHours(24);

    /** The roles an office gives; the operator is made by the installation, not by a city. */
    public static final List<Role> CITY_ROLES = List.of(Role.ADMINISTRATOR, Role.EDITOR, Role.REVIEWER);

    private static final String COLUMNS = "id, username, role, division, enabled, created_at";

    private final JdbcTemplate jdbc;
    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final EvaluationSettings settings;
    private final AuditLog audit;

    AccountAdministration(JdbcTemplate jdbc, UserAccounts accounts, PasswordEncoder encoder,
            EvaluationSettings settings, AuditLog audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.encoder = encoder;
        this.settings = settings;
        this.audit = audit;
    }

    /** The accounts of the administrator's city, by name; empty for anyone else. */
    public Optional<List<CityAccount>> list(Actor by) {
        if (!administrator(by)) {
            return Optional.empty();
        }
        return Optional.of(jdbc.query("SELECT " + COLUMNS + " FROM app_user WHERE municipality_code = ? "
                + "ORDER BY username", (row, n) -> account(row), by.municipalityCode()));
    }

    /** One account of the administrator's own city. */
    public Optional<CityAccount> find(Actor by, long id) {
        if (!administrator(by)) {
            return Optional.empty();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM app_user WHERE id = ? AND municipality_code = ?",
                (row, n) -> account(row), id, by.municipalityCode()).stream().findFirst();
    }

    /** The 課 an editor of this city may work for: its organization's, each once, in its order. */
    public List<String> divisions(@Nullable String municipalityCode) {
        return settings.organization(municipalityCode).stream().map(OrgUnit::division).distinct().toList();
    }

    @Transactional
    public AccountChange create(Actor by, String username, Role role, String division, Credential.Kind kind,
            String from) {
        if (!administrator(by)) {
            return new AccountChange.Forbidden();
        }
        Optional<String> problem = roleProblem(by, role, division);
        if (problem.isPresent()) {
            return new AccountChange.Invalid(problem.get());
        }
        char[] password = Secrets.password();
        String shown = new String(password);
        AddResult added = accounts.add(new NewAccount(username, password, role, by.municipalityCode(),
                role == Role.EDITOR ? division.strip() : null));
        if (added instanceof AddResult.Refused refused) {
            return new AccountChange.Invalid(japanese(refused.reason()));
        }
        long id = ((AddResult.Added) added).id();
        String name = UserNames.canonical(username);
        Credential credential = kind == Credential.Kind.LINK ? link(id, name) : new Credential.InitialPassword(name, shown);
        audit.record(by, from, AuditActions.ACCOUNT_CREATE, null, "アカウント「" + name + "」（" + describe(role,
                role == Role.EDITOR ? division.strip() : null) + "）を作成しました。" + kind.label() + "を発行しました。");
        return new AccountChange.Issued(id, "アカウント「" + name + "」を作成しました。", credential);
    }

    /** Another role, and for an editor a 課; the account's sessions end so that the old rights go with them. */
    @Transactional
    public AccountChange change(Actor by, long id, Role role, String division, String from) {
        Optional<CityAccount> found = lockAndFind(by, id);
        if (found.isEmpty()) {
            return absent(by);
        }
        CityAccount account = found.get();
        Optional<String> problem = roleProblem(by, role, division);
        if (problem.isPresent()) {
            return new AccountChange.Invalid(problem.get());
        }
        @Nullable String newDivision = role == Role.EDITOR ? division.strip() : null;
        if (account.role() == role && Objects.equals(account.division(), newDivision)) {
            return new AccountChange.Invalid("役割も課も今と同じです。変えるものを選んでください。");
        }
        if (role != Role.ADMINISTRATOR && lastAdministrator(by, account)) {
            return new AccountChange.Invalid(noAdministratorLeft(account));
        }
        jdbc.update("UPDATE app_user SET role = ?, division = ? WHERE id = ?", role.name(), newDivision, id);
        endSessions(account.username());
        String detail = "アカウント「" + account.username() + "」：" + describe(account.role(), account.division())
                + " → " + describe(role, newDivision);
        audit.record(by, from, AuditActions.ACCOUNT_CHANGE, null, detail);
        return new AccountChange.Changed(id, detail + " に変更しました。");
    }

    /** Disabling ends the account's sessions and its open links at once. */
    @Transactional
    public AccountChange setEnabled(Actor by, long id, boolean enabled, String from) {
        Optional<CityAccount> found = lockAndFind(by, id);
        if (found.isEmpty()) {
            return absent(by);
        }
        CityAccount account = found.get();
        if (account.enabled() == enabled) {
            return new AccountChange.Invalid("アカウント「" + account.username() + "」はすでに" + account.state() + "です。");
        }
        if (!enabled && lastAdministrator(by, account)) {
            return new AccountChange.Invalid(noAdministratorLeft(account));
        }
        if (enabled && account.role() == Role.EDITOR && !divisions(by.municipalityCode()).contains(account.division())) {
            return new AccountChange.Invalid("アカウント「" + account.username() + "」の課「" + account.division()
                    + "」は組織にありません。先に役割・課を変更してから有効にしてください。");
        }
        jdbc.update("UPDATE app_user SET enabled = ? WHERE id = ?", enabled, id);
        if (!enabled) {
            jdbc.update("DELETE FROM password_reset_token WHERE user_id = ?", id);
            endSessions(account.username());
        }
        audit.record(by, from, enabled ? AuditActions.ACCOUNT_ENABLE : AuditActions.ACCOUNT_DISABLE, null,
                "アカウント「" + account.username() + "」を" + (enabled ? "有効" : "無効") + "にしました。");
        return new AccountChange.Changed(id, "アカウント「" + account.username() + "」を" + (enabled ? "有効" : "無効")
                + "にしました。" + (enabled ? "" : "ログイン中の画面もログアウトされました。"));
    }

    /**
     * The old password stops working at once (whoever knew it is out), the account's sessions end and
     * its earlier links are void; the person gets in again with the new credential only.
     */
    @Transactional
    public AccountChange reset(Actor by, long id, Credential.Kind kind, String from) {
        Optional<CityAccount> found = lockAndFind(by, id);
        if (found.isEmpty()) {
            return absent(by);
        }
        CityAccount account = found.get();
        if (!account.enabled()) {
            return new AccountChange.Invalid("アカウント「" + account.username() + "」は無効です。先に有効にしてください。");
        }
        char[] password = Secrets.password();
        String shown = new String(password);
        jdbc.update("UPDATE app_user SET password_hash = ? WHERE id = ?", encoder.encode(CharBuffer.wrap(password)), id);
        Arrays.fill(password, '\0');
        jdbc.update("DELETE FROM password_reset_token WHERE user_id = ?", id);
        endSessions(account.username());
        Credential credential = kind == Credential.Kind.LINK ? link(id, account.username())
                : new Credential.InitialPassword(account.username(), shown);
        audit.record(by, from, AuditActions.PASSWORD_RESET, null, "アカウント「" + account.username()
                + "」のパスワードをリセットし、" + kind.label() + "を発行しました。");
        return new AccountChange.Issued(id, "アカウント「" + account.username() + "」のパスワードをリセットしました。",
                credential);
    }

    /**
     * The first administrator of a city the operator registers; the caller has checked the operator
     * and the city. Refused when the city already has an administrator: from then on its office decides.
     */
    @Transactional
    public AccountChange firstAdministrator(String municipalityCode, String username, Credential.Kind kind) {
        Long administrators = jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE municipality_code = ? "
                + "AND role = 'ADMINISTRATOR'", Long.class, municipalityCode);
        if (administrators != null && administrators > 0) {
            return new AccountChange.Invalid("この自治体にはすでに管理者がいます。アカウントはその自治体の管理者が作成します。");
        }
        char[] password = Secrets.password();
        String shown = new String(password);
        AddResult added = accounts.add(new NewAccount(username, password, Role.ADMINISTRATOR, municipalityCode, null));
        if (added instanceof AddResult.Refused refused) {
            return new AccountChange.Invalid(japanese(refused.reason()));
        }
        long id = ((AddResult.Added) added).id();
        String name = UserNames.canonical(username);
        Credential credential = kind == Credential.Kind.LINK ? link(id, name) : new Credential.InitialPassword(name, shown);
        return new AccountChange.Issued(id, "管理者「" + name + "」を作成しました。", credential);
    }

    private Credential.OneTimeLink link(long id, String username) {
        String token = Secrets.token();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant expires = now.plus(LINK_VALIDITY);
        jdbc.update("INSERT INTO password_reset_token (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                Secrets.hash(token), id, now.atOffset(ZoneOffset.UTC), expires.atOffset(ZoneOffset.UTC));
        return new Credential.OneTimeLink(username, PasswordLinks.PATH + token, expires);
    }

    /** Spring Session JDBC indexes each session by its principal's name; the attributes go with it. */
    void endSessions(String username) {
        jdbc.update("DELETE FROM spring_session WHERE principal_name = ?", username);
    }

    private static boolean administrator(Actor by) {
        return by.role() == Role.ADMINISTRATOR && by.municipalityCode() != null;
    }

    /** Not an administrator: forbidden; an administrator asking for an id not of their city: not found. */
    private static AccountChange absent(Actor by) {
        return administrator(by) ? new AccountChange.NotFound() : new AccountChange.Forbidden();
    }

    /**
     * The account, read after the city's row is locked: two administrators demoting each other at the
     * same moment are served one after the other, and the second sees that the first left no one else.
     */
    private Optional<CityAccount> lockAndFind(Actor by, long id) {
        if (!administrator(by)) {
            return Optional.empty();
        }
        jdbc.queryForList("SELECT code FROM municipality WHERE code = ? FOR UPDATE", String.class, by.municipalityCode());
        return find(by, id);
    }

    private boolean lastAdministrator(Actor by, CityAccount account) {
        if (account.role() != Role.ADMINISTRATOR || !account.enabled()) {
            return false;
        }
        Long others = jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE municipality_code = ? AND role = "
                + "'ADMINISTRATOR' AND enabled AND id <> ?", Long.class, by.municipalityCode(), account.id());
        return others == null || others == 0;
    }

    private static String noAdministratorLeft(CityAccount account) {
        return "「" + account.username() + "」はこの自治体で最後の有効な管理者です。このままでは誰も"
                + "アカウントや設定を管理できなくなるため、変更できません。先に別のアカウントを管理者にしてください。";
    }

    private Optional<String> roleProblem(Actor by, Role role, String division) {
        if (!CITY_ROLES.contains(role)) {
            return Optional.of("役割は管理者・担当課・評価者から選んでください。");
        }
        if (role != Role.EDITOR) {
            return Optional.empty();
        }
        List<String> divisions = divisions(by.municipalityCode());
        if (divisions.isEmpty()) {
            return Optional.of("担当課のアカウントには課が必要ですが、組織（部・課・係）がまだ登録されていません。"
                    + "先に設定の「部・課・係」で課を登録してください。");
        }
        if (!divisions.contains(division.strip())) {
            return Optional.of(division.isBlank() ? "担当課のアカウントには課を選んでください。"
                    : "課「" + division.strip() + "」はこの自治体の組織にありません。一覧から選んでください。");
        }
        return Optional.empty();
    }

    /** 担当課・情報政策課, or 評価者. */
    static String describe(Role role, @Nullable String division) {
        return role.label() + (division == null ? "" : "・" + division);
    }

    /** The Japanese half of a reason that {@link UserAccounts} gives in both languages: "… (日本語)". */
    static String japanese(String reason) {
        int open = reason.lastIndexOf(" (");
        return open >= 0 && reason.endsWith(")") ? reason.substring(open + 2, reason.length() - 1) + "。" : reason;
    }

    private static CityAccount account(java.sql.ResultSet row) throws java.sql.SQLException {
        return new CityAccount(row.getLong("id"), row.getString("username"), Role.valueOf(row.getString("role")),
                row.getString("division"), row.getBoolean("enabled"),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
