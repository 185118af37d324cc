package org.hyoka.settings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.arithmetic.UnitCosts;
import org.hyoka.audit.AuditActions;
import org.hyoka.audit.AuditLog;
import org.hyoka.rubric.AssessmentItem;
import org.hyoka.rubric.Rubric;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    private final UnitCostTable standardCosts = UnitCostTable.standard();
    private final Rubric standardRubric = Rubric.standard();

    EvaluationSettings(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The shipped table, with the years the city has set replaced by its own figures. */
    public UnitCostTable unitCosts() {
        TreeMap<Integer, UnitCosts> byYear = new TreeMap<>();
        standardCosts.all().forEach(c -> byYear.put(c.fiscalYear(), c));
        setUnitCosts().forEach(c -> byYear.put(c.fiscalYear(), c));
        return new UnitCostTable(byYear.values(), standardCosts.rounding());
    }

    /** Only the years the city has set itself. */
    public List<UnitCosts> setUnitCosts() {
        return jdbc.query("SELECT fiscal_year, full_time_employee, overtime_hour FROM unit_cost_setting "
                + "ORDER BY fiscal_year", (row, n) -> new UnitCosts(row.getInt(1), row.getBigDecimal(2),
                        row.getBigDecimal(3)));
    }

    public Rubric rubric() {
        EnumMap<AssessmentItem, Map<Integer, String>> comments = new EnumMap<>(AssessmentItem.class);
        for (AssessmentItem item : AssessmentItem.values()) {
            comments.put(item, new TreeMap<>(standardRubric.commentsFor(item)));
        }
        jdbc.query("SELECT item, score, comment FROM rubric_comment", row -> {
            comments.get(AssessmentItem.valueOf(row.getString(1))).put(row.getInt(2), row.getString(3));
        });
        return new Rubric(comments);
    }

    public List<String> directionVocabulary() {
        return jdbc.queryForList("SELECT term FROM direction_term ORDER BY position", String.class);
    }

    public Optional<LocalDate> deadline(int fiscalYear) {
        return jdbc.queryForList("SELECT deadline FROM evaluation_deadline WHERE fiscal_year = ?", LocalDate.class,
                fiscalYear).stream().findFirst();
    }

    public Map<Integer, LocalDate> deadlines() {
        Map<Integer, LocalDate> deadlines = new TreeMap<>();
        jdbc.query("SELECT fiscal_year, deadline FROM evaluation_deadline",
                row -> {
                    deadlines.put(row.getInt(1), row.getObject(2, LocalDate.class));
                });
        return deadlines;
    }

    public List<OrgUnit> organization() {
        return jdbc.query("SELECT id, department, division, section FROM org_unit ORDER BY department, division, "
                + "section", (row, n) -> new OrgUnit(row.getLong(1), row.getString(2), row.getString(3),
                        row.getString(4).isEmpty() ? null : row.getString(4)));
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
            jdbc.update("INSERT INTO org_unit (department, division, section) VALUES (?, ?, ?)", dept, div, sec);
        } catch (DuplicateKeyException e) {
            return SettingsChange.invalid("「" + label(dept, div, sec) + "」は登録済みです。");
        }
        audit.record(by.username(), by.role().name(), from, AuditActions.ORGANIZATION_ADD, null, label(dept, div, sec));
        return new SettingsChange.Saved("「" + label(dept, div, sec) + "」を追加しました。");
    }

    @Transactional
    public SettingsChange removeOrgUnit(long id, Actor by, String from) {
        Optional<SettingsChange> refused = refuseUnlessAdministrator(by);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<OrgUnit> unit = organization().stream().filter(u -> u.id() == id).findFirst();
        if (unit.isEmpty()) {
            return SettingsChange.invalid("その組織はすでに削除されています。一覧を確認してください。");
        }
        jdbc.update("DELETE FROM org_unit WHERE id = ?", id);
        String name = label(unit.get().department(), unit.get().division(), unit.get().sectionName().orElse(""));
        audit.record(by.username(), by.role().name(), from, AuditActions.ORGANIZATION_REMOVE, null, name);
        return new SettingsChange.Saved("「" + name + "」を削除しました。");
    }

    @Transactional
    public SettingsChange setUnitCosts(String fiscalYear, String fullTimeEmployee, String overtimeHour, Actor by,
            String from) {
        Optional<SettingsChange> refused = refuseUnlessAdministrator(by);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Integer> year = SettingsInput.fiscalYear(fiscalYear);
        Optional<BigDecimal> fte = SettingsInput.amount(fullTimeEmployee).filter(v -> v.signum() > 0);
        Optional<BigDecimal> overtime = SettingsInput.amount(overtimeHour);
        List<String> problems = new ArrayList<>();
        if (year.isEmpty()) {
            problems.add("年度は 2025 または 令和7年度 のように入力してください。");
        }
        if (fte.isEmpty()) {
            problems.add("正職員1人当たりの人件費（千円）を 6906.697 のように正の数で入力してください（小数4桁まで）。");
        }
        if (overtime.isEmpty()) {
            problems.add("時間外勤務1時間当たりの単価（千円）を 2.4245 のように入力してください（小数4桁まで）。");
        }
        if (!problems.isEmpty()) {
            return new SettingsChange.Invalid(problems);
        }
        jdbc.update("DELETE FROM unit_cost_setting WHERE fiscal_year = ?", year.get());
        jdbc.update("INSERT INTO unit_cost_setting (fiscal_year, full_time_employee, overtime_hour) VALUES (?, ?, ?)",
                year.get(), fte.get(), overtime.get());
        audit.record(by.username(), by.role().name(), from, AuditActions.UNIT_COSTS, null,
                org.hyoka.sheet.FiscalYear.of(year.get()).toWareki() + "：正職員1人当たり" + fte.get().toPlainString()
                        + "千円、時間外勤務1時間当たり" + overtime.get().toPlainString() + "千円");
        return new SettingsChange.Saved(org.hyoka.sheet.FiscalYear.of(year.get()).toWareki() + "の単価を保存しました。");
    }

    @Transactional
    public SettingsChange clearUnitCosts(int fiscalYear, Actor by, String from) {
        Optional<SettingsChange> refused = refuseUnlessAdministrator(by);
        if (refused.isPresent()) {
            return refused.get();
        }
        jdbc.update("DELETE FROM unit_cost_setting WHERE fiscal_year = ?", fiscalYear);
        audit.record(by.username(), by.role().name(), from, AuditActions.UNIT_COSTS_CLEAR, null,
                org.hyoka.sheet.FiscalYear.of(fiscalYear).toWareki());
        return new SettingsChange.Saved("単価の設定を取り消し、標準の単価に戻しました。");
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
        for (var item : comments.entrySet()) {
            for (var score : item.getValue().entrySet()) {
                String comment = score.getValue().strip();
                String standard = standardRubric.standardComment(item.getKey(), score.getKey()).orElse("");
                jdbc.update("DELETE FROM rubric_comment WHERE item = ? AND score = ?", item.getKey().name(),
                        score.getKey());
                if (!comment.isEmpty() && !comment.equals(standard)) {
                    jdbc.update("INSERT INTO rubric_comment (item, score, comment) VALUES (?, ?, ?)",
                            item.getKey().name(), score.getKey(), comment);
                    changed++;
                }
            }
        }
        audit.record(by.username(), by.role().name(), from, AuditActions.RUBRIC, null,
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
        jdbc.update("DELETE FROM direction_term");
        int position = 1;
        for (String term : unique) {
            jdbc.update("INSERT INTO direction_term (position, term) VALUES (?, ?)", position++, term);
        }
        audit.record(by.username(), by.role().name(), from, AuditActions.DIRECTIONS, null, String.join("、", unique));
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
        jdbc.update("DELETE FROM evaluation_deadline WHERE fiscal_year = ?", year.get());
        jdbc.update("INSERT INTO evaluation_deadline (fiscal_year, deadline) VALUES (?, ?)", year.get(),
                deadline.get());
        audit.record(by.username(), by.role().name(), from, AuditActions.DEADLINE, null,
                org.hyoka.sheet.FiscalYear.of(year.get()).toWareki() + "：" + deadline.get());
        return new SettingsChange.Saved(org.hyoka.sheet.FiscalYear.of(year.get()).toWareki() + "の提出期限を"
                + deadline.get() + "にしました。");
    }

    private static Optional<SettingsChange> refuseUnlessAdministrator(Actor by) {
        return by.role() == Role.ADMINISTRATOR ? Optional.empty()
                : Optional.of(SettingsChange.invalid("設定を変更できるのは管理者だけです。"));
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
