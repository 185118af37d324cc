package org.hyoka.settings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyoka.audit.AuditActions;
import org.hyoka.audit.AuditLog;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each city's 人口 (table municipality_population), for figures per resident. Only the city's own
 * administrator sets it, and every change is audit-logged like the other settings. Read on each
 * request (one primary-key row): the comparison and the similar projects show it beside the figure.
 */
@Service
public class Populations {

    /** More than any municipality has; a typo of extra digits is caught rather than stored. */
    private static final int MAX = 50_000_000;

    private static final RowMapper<Population> ROW = (row, n) -> new Population(row.getString("municipality_code"),
            row.getInt("population"), row.getString("source"), row.getObject("as_of", LocalDate.class));

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Populations(JdbcTemplate jdbc, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    public Optional<Population> of(String municipalityCode) {
        return jdbc.query("SELECT municipality_code, population, source, as_of FROM municipality_population "
                + "WHERE municipality_code = ?", ROW, municipalityCode).stream().findFirst();
    }

    /** The populations of those of these cities that have one. */
    public Map<String, Population> of(Collection<String> municipalityCodes) {
        Map<String, Population> found = new HashMap<>();
        for (String code : new java.util.LinkedHashSet<>(municipalityCodes)) {
            of(code).ifPresent(p -> found.put(code, p));
        }
        return found;
    }

    /** Sets the administrator's own city's population; the form has been validated at the web edge. */
    @Transactional
    SettingsChange set(PopulationForm form, Actor by, String from) {
        if (by.role() != Role.ADMINISTRATOR || by.municipalityCode() == null) {
            return SettingsChange.invalid("設定を変更できるのは自治体の管理者だけです。");
        }
        List<String> problems = new ArrayList<>();
        Optional<BigDecimal> residents = SettingsInput.amount(form.population());
        if (residents.isEmpty() || residents.get().scale() > 0 || residents.get().signum() <= 0
                || residents.get().compareTo(BigDecimal.valueOf(MAX)) > 0) {
            problems.add("人口は1以上" + String.format("%,d", MAX) + "以下の整数で入力してください。");
        }
        Optional<LocalDate> asOf = date(form.asOf());
        if (asOf.isEmpty()) {
            problems.add("時点の日付がありません（" + form.asOf().strip() + "）。2026-04-01 のように正しい日付を入力してください。");
        }
        if (!problems.isEmpty()) {
            return new SettingsChange.Invalid(problems);
        }
        String city = by.municipalityCode();
        Integer registered = jdbc.queryForObject("SELECT COUNT(*) FROM municipality WHERE code = ?", Integer.class, city);
        if (registered == null || registered == 0) {
            return SettingsChange.invalid("この自治体はまだ登録されていません。運用管理者に連絡してください。");
        }
        Population population = new Population(city, residents.get().intValueExact(), SettingsInput.name(form.source()),
                asOf.get());
        int updated = jdbc.update("UPDATE municipality_population SET population = ?, source = ?, as_of = ? "
                + "WHERE municipality_code = ?", population.residents(), population.source(), population.asOf(), city);
        if (updated == 0) {
            jdbc.update("INSERT INTO municipality_population (municipality_code, population, source, as_of) "
                    + "VALUES (?, ?, ?, ?)", city, population.residents(), population.source(), population.asOf());
        }
        audit.record(by, from, AuditActions.POPULATION, null, population.text());
        events.publishEvent(new PopulationChanged(city));
        return new SettingsChange.Saved("人口を「" + population.text() + "」にしました。");
    }

    /** 2026-04-01, 2026/4/1, ２０２６／４／１: the dates offices write; empty for one that does not exist (2月30日). */
    static Optional<LocalDate> date(String text) {
        StringBuilder ascii = new StringBuilder();
        text.strip().codePoints().forEach(c -> ascii.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０'))
                : c == '／' || c == '－' || c == '/' ? '-' : (char) c));
        String[] parts = ascii.toString().split("-", -1);
        if (parts.length != 3 || !parts[0].matches("\\d{4}") || !parts[1].matches("\\d{1,2}") || !parts[2].matches("\\d{1,2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
        } catch (java.time.DateTimeException notADay) {
            return Optional.empty();
        }
    }

    /** Published after a city's population changed: per-resident figures shown elsewhere are stale. */
    public record PopulationChanged(String municipalityCode) {
    }
}
