package org.hyoka.settings;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.hyoka.arithmetic.SheetChecks;
import org.hyoka.arithmetic.UnitCostSource;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.arithmetic.UnitCosts;
import org.hyoka.audit.AuditActions;
import org.hyoka.audit.AuditLog;
import org.hyoka.opendata.Licence;
import org.hyoka.rubric.AssessmentItem;
import org.hyoka.rubric.Rubric;
import org.hyoka.sheet.ProjectDirection;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import jakarta.validation.Validator;

/**
 * The evaluation office's settings, read fresh from the database on each call (the tables are a
 * few dozen rows, and several instances must agree at once). Every change is refused unless made
 * by an administrator, validated with messages in Japanese, and audited in the same transaction.
 */
@Service
public class EvaluationSettings {

    static final int NAME_MAX = 200;
    static final int TERM_MAX = 50;
    static final int COMMENT_MAX = 1000;

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Validator validator;

    static final Duration UNIT_COSTS_KEPT = Duration.ofSeconds(2);
    private static final String NO_CITY = "";
    private final LoadingCache<String, UnitCostTable> unitCostCache = Caffeine.newBuilder()
            .expireAfterWrite(UNIT_COSTS_KEPT).maximumSize(5_000).build(this::readUnitCosts);

    EvaluationSettings(JdbcTemplate jdbc, AuditLog audit, Validator validator) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.validator = validator;
    }

    /**
     * The city's unit costs: what its office set, over what ships for it ({@link UnitCostTable#shippedFor}
     * — つくば市's derived figures for つくば市, nothing for any other city).
     */
    public UnitCostTable unitCosts(@Nullable String municipalityCode) {
        return unitCostCache.get(municipalityCode == null ? NO_CITY : municipalityCode);
    }

    /**
     * Every public sheet page asks for its city's unit costs, so they are kept briefly: this instance
     * forgets a city's costs when its office changes them (after the commit), and every other instance
     * behind a load balancer sees the change within {@link #UNIT_COSTS_KEPT}.
     */
    private UnitCostTable readUnitCosts(String key) {
        String code = key.equals(NO_CITY) ? null : key;
        return merged(code, setUnitCosts(code));
    }

    private void forgetUnitCosts(String code) {
        unitCostCache.invalidate(code);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    unitCostCache.invalidate(code);
                }
            });
        }
    }

    private static UnitCostTable merged(@Nullable String municipalityCode, List<UnitCosts> own) {
        UnitCostTable shipped = UnitCostTable.shippedFor(municipalityCode);
        TreeMap<Integer, UnitCosts> byYear = new TreeMap<>();
        shipped.all().forEach(c -> byYear.put(c.fiscalYear(), c));
        own.forEach(c -> byYear.put(c.fiscalYear(), c));
        return new UnitCostTable(byYear.values(), shipped.rounding());
    }

    /**
     * Checks that take each sheet's unit costs from its own municipality's settings, each city read
     * once, when its first sheet is checked: for one request, one preview, one command — not to keep.
     */
    public SheetChecks checks() {
        Map<String, UnitCostTable> read = new java.util.HashMap<>();
        return new SheetChecks(code -> code == null ? UnitCostTable.none() : read.computeIfAbsent(code, this::unitCosts));
    }

    /**
     * Every city's unit costs as they are now, read at once: for a command that checks sheets after
     * its connection to the database is closed.
     */
    public UnitCostSource snapshot() {
        Map<String, List<UnitCosts>> own = new java.util.HashMap<>();
        jdbc.query("SELECT municipality_code, fiscal_year, full_time_employee, overtime_hour, work_hour "
                + "FROM municipality_unit_cost", row -> {
                    own.computeIfAbsent(row.getString(1), c -> new ArrayList<>())
                            .add(new UnitCosts(row.getInt(2), row.getBigDecimal(3), row.getBigDecimal(4),
                                    row.getBigDecimal(5)));
                });
        Map<String, UnitCostTable> tables = new java.util.HashMap<>();
        own.forEach((code, costs) -> tables.put(code, merged(code, costs)));
        return code -> code == null ? UnitCostTable.none()
                : tables.computeIfAbsent(code, UnitCostTable::shippedFor);
    }

    /** Only the years the city has set itself. */
    public List<UnitCosts> setUnitCosts(@Nullable String municipalityCode) {
        return jdbc.query("SELECT fiscal_year, full_time_employee, overtime_hour, work_hour FROM municipality_unit_cost "
                + "WHERE municipality_code = ? ORDER BY fiscal_year", (row, n) -> new UnitCosts(row.getInt(1),
                        row.getBigDecimal(2), row.getBigDecimal(3), row.getBigDecimal(4)), municipalityCode);
    }

    /** The city's own comments over those shipped for it (つくば市's for つくば市 only). */
    public Rubric rubric(@Nullable String municipalityCode) {
        Rubric shipped = Rubric.shippedFor(municipalityCode);
        EnumMap<AssessmentItem, Map<Integer, String>> comments = new EnumMap<>(AssessmentItem.class);
        for (AssessmentItem item : AssessmentItem.values()) {
            comments.put(item, new TreeMap<>(shipped.commentsFor(item)));
        }
        jdbc.query("SELECT item, score, comment FROM municipality_rubric_comment WHERE municipality_code = ?", row -> {
            comments.get(AssessmentItem.valueOf(row.getString(1))).put(row.getInt(2), row.getString(3));
        }, municipalityCode);
        return new Rubric(comments);
    }

    /** The city's 方向性, or the standard terms until its office sets its own. */
    public List<String> directionVocabulary(@Nullable String municipalityCode) {
        List<String> own = jdbc.queryForList("SELECT term FROM municipality_direction_term WHERE municipality_code = ? "
                + "ORDER BY position", String.class, municipalityCode);
        return own.isEmpty() ? ProjectDirection.STANDARD_TERMS : own;
    }

    /** Whether the city's office set its own 方向性 (else it has the standard terms). */
    public boolean hasOwnDirectionVocabulary(@Nullable String municipalityCode) {
        return !jdbc.queryForList("SELECT 1 FROM municipality_direction_term WHERE municipality_code = ?",
                Integer.class, municipalityCode).isEmpty();
    }

    public Optional<LocalDate> deadline(@Nullable String municipalityCode, int fiscalYear) {
        return jdbc.queryForList("SELECT deadline FROM municipality_deadline WHERE municipality_code = ? "
                + "AND fiscal_year = ?", LocalDate.class, municipalityCode, fiscalYear).stream().findFirst();
    }

    public Map<Integer, LocalDate> deadlines(@Nullable String municipalityCode) {
        Map<Integer, LocalDate> deadlines = new TreeMap<>();
        jdbc.query("SELECT fiscal_year, deadline FROM municipality_deadline WHERE municipality_code = ?",
                row -> {
                    deadlines.put(row.getInt(1), row.getObject(2, LocalDate.class));
                }, municipalityCode);
        return deadlines;
    }

    public List<OrgUnit> organization(@Nullable String municipalityCode) {
        return jdbc.query("SELECT id, department, division, section FROM municipality_org_unit "
                + "WHERE municipality_code = ? ORDER BY department, division, section",
                (row, n) -> new OrgUnit(row.getLong(1), row.getString(2), row.getString(3),
                        row.getString(4).isEmpty() ? null : row.getString(4)), municipalityCode);
    }

    @Transactional
    public SettingsChange addOrgUnit(String department, String division, String section, Actor by, String from) {
        Optional<SettingsChange> refused = refuseUnlessAdministrator(by);
        if (refused.isPresent()) {
            return refused.get();
        }
        String dept = SettingsInput.name(department);
        String div = SettingsInput.name(division);
        String sec = SettingsInput.name(section);
        List<String> problems = new ArrayList<>();
        requireName(dept, "部", problems);
        requireName(div, "課", problems);
        if (sec.length() > NAME_MAX) {
            problems.add("係の名前は" + NAME_MAX + "文字以内で入力してください。");
        }
        if (!problems.isEmpty()) {
            return new SettingsChange.Invalid(problems);
        }
        try {
            jdbc.update("INSERT INTO municipality_org_unit (municipality_code, department, division, section) "
                    + "VALUES (?, ?, ?, ?)", city(by), dept, div, sec);
        } catch (DuplicateKeyException e) {
            return SettingsChange.invalid("「" + label(dept, div, sec) + "」は登録済みです。");
        }
        audit.record(by, from, AuditActions.ORGANIZATION_ADD, null, label(dept, div, sec));
        return new SettingsChange.Saved("「" + label(dept, div, sec) + "」を追加しました。");
    }

    @Transactional
    public SettingsChange removeOrgUnit(long id, Actor by, String from) {
        Optional<SettingsChange> refused = refuseUnlessAdministrator(by);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<OrgUnit> unit = organization(city(by)).stream().filter(u -> u.id() == id).findFirst();
        if (unit.isEmpty()) {
            return SettingsChange.invalid("その組織はすでに削除されています。一覧を確認してください。");
        }
        jdbc.update("DELETE FROM municipality_org_unit WHERE id = ? AND municipality_code = ?", id, city(by));
        String name = label(unit.get().department(), unit.get().division(), unit.get().sectionName().orElse(""));
        audit.record(by, from, AuditActions.ORGANIZATION_REMOVE, null, name);
        return new SettingsChange.Saved("「" + name + "」を削除しました。");
    }

    /** A year's unit costs as typed, without an hourly cost: for callers that are not the settings page. */
    @Transactional
    public SettingsChange setUnitCosts(String fiscalYear, String fullTimeEmployee, String overtimeHour, Actor by,
            String from) {
        return setUnitCosts(fiscalYear, fullTimeEmployee, overtimeHour, "", by, from);
    }

    /** A year's unit costs as typed, checked with the settings page's own constraints ({@link UnitCostForm}). */
    @Transactional
    public SettingsChange setUnitCosts(String fiscalYear, String fullTimeEmployee, String overtimeHour, String workHour,
            Actor by, String from) {
        Optional<SettingsChange> refused = refuseUnlessAdministrator(by);
        if (refused.isPresent()) {
            return refused.get();
        }
        UnitCostForm form = new UnitCostForm(fiscalYear, fullTimeEmployee, overtimeHour, workHour);
        List<String> problems = form.problems(validator);
        return problems.isEmpty() ? setUnitCosts(form.costs(), by, from) : new SettingsChange.Invalid(problems);
    }

    /** A year's unit costs, already read and validated at the edge; replaces what the city set for that year. */
    @Transactional
    public SettingsChange setUnitCosts(UnitCosts costs, Actor by, String from) {
        Optional<SettingsChange> refused = refuseUnlessAdministrator(by);
        if (refused.isPresent()) {
            return refused.get();
        }
        jdbc.update("DELETE FROM municipality_unit_cost WHERE municipality_code = ? AND fiscal_year = ?", city(by),
                costs.fiscalYear());
        jdbc.update("INSERT INTO municipality_unit_cost (municipality_code, fiscal_year, full_time_employee, "
                + "overtime_hour, work_hour) VALUES (?, ?, ?, ?, ?)", city(by), costs.fiscalYear(),
                costs.fullTimeEmployee(), costs.overtimeHour(), costs.workHour());
        forgetUnitCosts(city(by));
        String year = org.hyoka.sheet.FiscalYear.of(costs.fiscalYear()).toWareki();
        audit.record(by, from, AuditActions.UNIT_COSTS, null, year + "：正職員1人当たり"
                + costs.fullTimeEmployee().toPlainString() + "千円、時間外勤務1時間当たり"
                + costs.overtimeHour().toPlainString() + "千円"
                + costs.hourly().map(h -> "、時間単価" + h.toPlainString() + "千円").orElse("、時間単価なし"));
        return new SettingsChange.Saved(year + "の単価を保存しました。");
    }

    @Transactional
    public SettingsChange clearUnitCosts(int fiscalYear, Actor by, String from) {
        Optional<SettingsChange> refused = refuseUnlessAdministrator(by);
        if (refused.isPresent()) {
            return refused.get();
        }
        jdbc.update("DELETE FROM municipality_unit_cost WHERE municipality_code = ? AND fiscal_year = ?", city(by),
                fiscalYear);
        forgetUnitCosts(city(by));
        audit.record(by, from, AuditActions.UNIT_COSTS_CLEAR, null,
                org.hyoka.sheet.FiscalYear.of(fiscalYear).toWareki());
        return new SettingsChange.Saved(UnitCostTable.shippedFor(city(by)).forYear(fiscalYear).isPresent()
                ? "単価の設定を取り消し、同梱の単価に戻しました。" : "単価の設定を取り消しました。この年度の人件費計は検算されません。");
    }

    /** A blank comment removes the city's own, so the standard comment (if any) applies again. */
    @Transactional
    public SettingsChange setRubric(Map<AssessmentItem, Map<Integer, String>> comments, Actor by, String from) {
        Optional<SettingsChange> refused = refuseUnlessAdministrator(by);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<String> problems = new ArrayList<>();
        comments.forEach((item, byScore) -> byScore.forEach((score, comment) -> {
            if (score < 1 || score > 5) {
                problems.add(item.label() + "の評点は1～5です。");
            } else if (comment.strip().length() > COMMENT_MAX) {
                problems.add(item.label() + "（" + score + "点）の文例は" + COMMENT_MAX + "文字以内にしてください。");
            }
        }));
        if (!problems.isEmpty()) {
            return new SettingsChange.Invalid(problems);
        }
        int changed = 0;
        Rubric shipped = Rubric.shippedFor(city(by));
        for (var item : comments.entrySet()) {
            for (var score : item.getValue().entrySet()) {
                String comment = score.getValue().strip();
                String standard = shipped.standardComment(item.getKey(), score.getKey()).orElse("");
                jdbc.update("DELETE FROM municipality_rubric_comment WHERE municipality_code = ? AND item = ? "
                        + "AND score = ?", city(by), item.getKey().name(), score.getKey());
                if (!comment.isEmpty() && !comment.equals(standard)) {
                    jdbc.update("INSERT INTO municipality_rubric_comment (municipality_code, item, score, comment) "
                            + "VALUES (?, ?, ?, ?)", city(by), item.getKey().name(), score.getKey(), comment);
                    changed++;
                }
            }
        }
        audit.record(by, from, AuditActions.RUBRIC, null,
                "標準と異なる文例" + changed + "件");
        return new SettingsChange.Saved("評価の文例を保存しました。");
    }

    @Transactional
    public SettingsChange setDirectionVocabulary(List<String> terms, Actor by, String from) {
        Optional<SettingsChange> refused = refuseUnlessAdministrator(by);
        if (refused.isPresent()) {
            return refused.get();
        }
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (String raw : terms) {
            String term = SettingsInput.name(raw);
            if (term.isEmpty()) {
                continue;
            }
            if (term.length() > TERM_MAX) {
                problems.add("「" + term.substring(0, 10) + "…」は長すぎます。方向性は" + TERM_MAX + "文字以内です。");
            } else if (!unique.add(term)) {
                problems.add("「" + term + "」が2回あります。");
            }
        }
        if (problems.isEmpty() && unique.isEmpty()) {
            problems.add("方向性を1つ以上、1行に1つずつ入力してください。");
        }
        if (!problems.isEmpty()) {
            return new SettingsChange.Invalid(problems);
        }
        jdbc.update("DELETE FROM municipality_direction_term WHERE municipality_code = ?", city(by));
        // the standard terms typed out are no setting of the city's: it follows the standard again
        boolean standard = List.copyOf(unique).equals(ProjectDirection.STANDARD_TERMS);
        int position = 1;
        for (String term : standard ? List.<String>of() : unique) {
            jdbc.update("INSERT INTO municipality_direction_term (municipality_code, position, term) VALUES (?, ?, ?)",
                    city(by), position++, term);
        }
        audit.record(by, from, AuditActions.DIRECTIONS, null, String.join("、", unique));
        return new SettingsChange.Saved("方向性の選択肢を保存しました（" + unique.size() + "件）。");
    }

    @Transactional
    public SettingsChange setDeadline(String fiscalYear, String date, Actor by, String from) {
        Optional<SettingsChange> refused = refuseUnlessAdministrator(by);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Integer> year = SettingsInput.fiscalYear(fiscalYear);
        Optional<LocalDate> deadline = SettingsInput.date(date);
        List<String> problems = new ArrayList<>();
        if (year.isEmpty()) {
            problems.add("年度は 2025 または 令和7年度 のように入力してください。");
        }
        if (deadline.isEmpty()) {
            problems.add("期限は 2025-08-29 のように年-月-日で入力してください。");
        }
        if (!problems.isEmpty()) {
            return new SettingsChange.Invalid(problems);
        }
        jdbc.update("DELETE FROM municipality_deadline WHERE municipality_code = ? AND fiscal_year = ?", city(by),
                year.get());
        jdbc.update("INSERT INTO municipality_deadline (municipality_code, fiscal_year, deadline) VALUES (?, ?, ?)",
                city(by), year.get(), deadline.get());
        audit.record(by, from, AuditActions.DEADLINE, null,
                org.hyoka.sheet.FiscalYear.of(year.get()).toWareki() + "：" + deadline.get());
        return new SettingsChange.Saved(org.hyoka.sheet.FiscalYear.of(year.get()).toWareki() + "の提出期限を"
                + deadline.get() + "にしました。");
    }

    /** The licence the city's office chose for its open data; empty = the installation's default. */
    public Optional<Licence> openDataLicence(@Nullable String municipalityCode) {
        return jdbc.queryForList("SELECT open_data_licence FROM municipality WHERE code = ?", String.class,
                municipalityCode).stream().filter(java.util.Objects::nonNull).findFirst().flatMap(Licence::find);
    }

    /** A licence identifier of {@link Licence}, or blank to use the installation's default again. */
    @Transactional
    public SettingsChange setOpenDataLicence(String licenceId, Actor by, String from) {
        Optional<SettingsChange> refused = refuseUnlessAdministrator(by);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Licence> licence = licenceId.isBlank() ? Optional.empty() : Licence.find(licenceId);
        if (!licenceId.isBlank() && licence.isEmpty()) {
            return SettingsChange.invalid("ライセンスは一覧から選んでください。");
        }
        int updated = jdbc.update("UPDATE municipality SET open_data_licence = ? WHERE code = ?",
                licence.map(Licence::id).orElse(null), city(by));
        if (updated == 0) {
            return SettingsChange.invalid("この自治体はまだ登録されていません。運用管理者に連絡してください。");
        }
        String summary = licence.map(Licence::title).orElse("設置者の既定のライセンス");
        audit.record(by, from, AuditActions.OPEN_DATA_LICENCE, null, summary);
        return new SettingsChange.Saved("オープンデータのライセンスを「" + summary + "」にしました。");
    }

    /** Only a city's own office changes its settings; the operator's account belongs to no city. */
    private static Optional<SettingsChange> refuseUnlessAdministrator(Actor by) {
        return by.role() == Role.ADMINISTRATOR && by.municipalityCode() != null ? Optional.empty()
                : Optional.of(SettingsChange.invalid("設定を変更できるのは自治体の管理者だけです。"));
    }

    /** The municipality an administrator's change is for: always their own. */
    private static String city(Actor by) {
        return java.util.Objects.requireNonNull(by.municipalityCode(), "an administrator belongs to a municipality");
    }

    private static void requireName(String name, String what, List<String> problems) {
        if (name.isEmpty()) {
            problems.add(what + "の名前を入力してください。");
        } else if (name.length() > NAME_MAX) {
            problems.add(what + "の名前は" + NAME_MAX + "文字以内で入力してください。");
        }
    }

    private static String label(String department, String division, @Nullable String section) {
        return department + " " + division + (section == null || section.isEmpty() ? "" : " " + section);
    }
}
