package org.hyoka.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.hyoka.audit.AuditActions;
import org.hyoka.audit.AuditLog;
import org.hyoka.testing.TestDatabases;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** 人口 per municipality (V18) on H2 and PostgreSQL: set, replaced, read, audit-logged, refused to anyone but the city's office. */
class PopulationsIntegrationTest {

    private static final Actor TSUCHIURA_OFFICE = new Actor("tsuchiura-office", Role.ADMINISTRATOR, "082031", null);
    private static final Actor TSUKUBA_OFFICE = new Actor("tsukuba-office", Role.ADMINISTRATOR, "082201", null);

    private record Setup(JdbcTemplate jdbc, Populations populations, List<Object> events) {
        static Setup on(TestDatabases.Kind kind) {
            DataSource dataSource = TestDatabases.fresh(kind);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            for (String[] city : new String[][] {{"082031", "土浦市"}, {"082201", "つくば市"}}) {
                jdbc.update("INSERT INTO municipality (code, name, created_at) VALUES (?, ?, ?)", city[0], city[1],
                        OffsetDateTime.now());
            }
            List<Object> events = new CopyOnWriteArrayList<>();
            return new Setup(jdbc, new Populations(jdbc, new AuditLog(jdbc), events::add), events);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theOfficeSetsItsCitysPopulationAndSetsItAgain(TestDatabases.Kind kind) {
        Setup setup = Setup.on(kind);
        Populations populations = setup.populations();

        SettingsChange first = populations.set(new PopulationForm("１４２，０００", "住民基本台帳", "2025/4/1"),
                TSUCHIURA_OFFICE, "127.0.0.1");
        SettingsChange second = populations.set(new PopulationForm("141,500", "住民基本台帳", "2026-04-01"),
                TSUCHIURA_OFFICE, "127.0.0.1");

        assertThat(first).isInstanceOf(SettingsChange.Saved.class);
        assertThat(second).isEqualTo(new SettingsChange.Saved("人口を「人口 141,500人（住民基本台帳、2026年4月1日現在）」にしました。"));
        assertThat(populations.of("082031")).contains(new Population("082031", 141_500, "住民基本台帳", LocalDate.of(2026, 4, 1)));
        assertThat(populations.of("082201")).as("another city is untouched").isEmpty();
        assertThat(populations.of(List.of("082031", "082201"))).containsOnlyKeys("082031");
        assertThat(setup.jdbc().queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = ? AND actor = ?",
                Integer.class, AuditActions.POPULATION, "tsuchiura-office")).isEqualTo(2);
        assertThat(setup.events()).containsExactly(new Populations.PopulationChanged("082031"),
                new Populations.PopulationChanged("082031"));
        assertThat(populations.of("082031").orElseThrow().perResidentYen(141_500)).isEqualByComparingTo("1000");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void onlyAnAdministratorOfARegisteredCitySetsAPopulationAndOnlyAWholeNumberOnARealDate(TestDatabases.Kind kind) {
        Setup setup = Setup.on(kind);
        Populations populations = setup.populations();
        PopulationForm valid = new PopulationForm("142000", "国勢調査", "2020-10-01");

        assertThat(populations.set(valid, new Actor("e", Role.EDITOR, "082031", "総務課"), "x"))
                .isEqualTo(SettingsChange.invalid("設定を変更できるのは自治体の管理者だけです。"));
        assertThat(populations.set(valid, new Actor("unknown-office", Role.ADMINISTRATOR, "999999", null), "x"))
                .isEqualTo(SettingsChange.invalid("この自治体はまだ登録されていません。運用管理者に連絡してください。"));
        assertThat(populations.set(new PopulationForm("0", "国勢調査", "2020-02-30"), TSUKUBA_OFFICE, "x"))
                .isEqualTo(new SettingsChange.Invalid(List.of("人口は1以上50,000,000以下の整数で入力してください。",
                        "時点の日付がありません（2020-02-30）。2026-04-01 のように正しい日付を入力してください。")));
        assertThat(populations.of("082031")).isEmpty();
        assertThat(populations.of("082201")).isEmpty();
        assertThat(setup.events()).isEmpty();
    }
}
