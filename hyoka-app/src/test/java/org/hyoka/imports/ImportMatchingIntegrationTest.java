package org.hyoka.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.hyoka.audit.AuditActions;
import org.hyoka.audit.AuditEntry;
import org.hyoka.audit.AuditLog;
import org.hyoka.audit.AuditQuery;
import org.hyoka.evaluation.ImportedRevisions;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.importer.InputResult;
import org.hyoka.importer.SheetImporter;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.SheetQuery;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.testing.TestDatabases;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.node.ObjectNode;

/**
 * Imports into the evaluation cycle on H2 and PostgreSQL: drafts by default, matching by city, year and
 * title, update / skip / add, and importing the same sheets twice changing nothing.
 */
class ImportMatchingIntegrationTest {

    static final String TSUKUBA = "082201";
    static final String TSUCHIURA = "082031";
    static final Actor TSUKUBA_OFFICE = new Actor("office", Role.ADMINISTRATOR, TSUKUBA, null);
    static final Actor TSUCHIURA_OFFICE = new Actor("tsuchiura-office", Role.ADMINISTRATOR, TSUCHIURA, null);

    private static final SheetJson JSON = new SheetJson();

    private record Store(JdbcTemplate jdbc, SheetRepository repository, SheetImports imports, AuditLog audit,
            TransactionTemplate transactions) {

        static Store on(TestDatabases.Kind kind) {
            DataSource dataSource = TestDatabases.fresh(kind);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            DataSourceTransactionManager manager = new DataSourceTransactionManager(dataSource);
            SheetRepository repository = new SheetRepository(jdbc, manager, e -> { });
            AuditLog audit = new AuditLog(jdbc);
            SheetImports imports = new SheetImports(repository, ImportedRevisions.on(jdbc, repository),
                    new PendingImports(jdbc), audit, Optional.empty(), 1 << 20);
            return new Store(jdbc, repository, imports, audit, new TransactionTemplate(manager));
        }

        /** What SheetImports' @Transactional gives in the application: one transaction. */
        ImportSummary run(List<Sheet> sheets, ImportOptions options) {
            return transactions.execute(status -> imports.importAll(sheets, options));
        }

        ImportSummary office(Actor office, List<Sheet> sheets, boolean publish, OnMatch onMatch) {
            return run(sheets, ImportOptions.office(office, "127.0.0.1", publish, onMatch, Map.of()));
        }

        long count(String sql, Object... args) {
            Long n = jdbc.queryForObject(sql, Long.class, args);
            return n == null ? 0 : n;
        }

        long revisions() {
            return count("SELECT COUNT(*) FROM sheet_revision");
        }

        String state(long id) {
            return jdbc.queryForObject("SELECT state FROM sheet_workflow WHERE sheet_id = ?", String.class, id);
        }

        int revision(long id) {
            return jdbc.queryForObject("SELECT revision FROM sheet_workflow WHERE sheet_id = ?", Integer.class, id);
        }

        List<AuditEntry> audited(String action) {
            return audit.find(new AuditQuery(null, action, null, null, null, 0, 500)).items();
        }
    }

    static List<Sheet> seeds(String code, String name) {
        InputResult result = SheetImporter.standard().importText("seed", Fixtures.seedText(), "UTF-8",
                Optional.of(new Municipality(new MunicipalityCode(code), name)));
        return ((InputResult.Read) result).importedSheets();
    }

    static List<Sheet> tsukuba() {
        return seeds(TSUKUBA, "つくば市");
    }

    static Sheet with(Sheet sheet, String field, String value) {
        ObjectNode tree = (ObjectNode) JSON.toTree(sheet);
        tree.put(field, value);
        return ((ReadResult.Valid) JSON.read(tree)).sheets().get(0);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anImportLandsAsDraftsThatThePublicDoesNotSee(TestDatabases.Kind kind) {
        Store store = Store.on(kind);

        ImportSummary summary = store.office(TSUKUBA_OFFICE, tsukuba(), false, OnMatch.UPDATE);

        assertThat(summary.added()).isEqualTo(8);
        assertThat(summary.sheets()).allSatisfy(s -> {
            assertThat(store.state(s.sheetId())).isEqualTo("DRAFT");
            assertThat(store.revision(s.sheetId())).isEqualTo(1);
            assertThat(store.repository().find(s.sheetId())).as("not public").isEmpty();
        });
        assertThat(store.repository().count()).as("nothing public").isZero();
        assertThat(store.repository().list(SheetQuery.all(50)).items()).isEmpty();
        assertThat(store.repository().countAll()).isEqualTo(8);
        assertThat(store.audited(AuditActions.IMPORT)).hasSize(8)
                .allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("office"));
        assertThat(store.audited(AuditActions.IMPORT_PUBLISHED)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void historyLoadedAsPublishedIsPublicAndAuditedAsSuch(TestDatabases.Kind kind) {
        Store store = Store.on(kind);

        ImportSummary summary = store.office(TSUKUBA_OFFICE, tsukuba(), true, OnMatch.UPDATE);

        assertThat(summary.sheets()).allSatisfy(s -> assertThat(store.state(s.sheetId())).isEqualTo("PUBLISHED"));
        assertThat(store.repository().count()).isEqualTo(8);
        assertThat(store.audited(AuditActions.IMPORT_PUBLISHED)).hasSize(8);
        assertThat(AuditActions.label(AuditActions.IMPORT_PUBLISHED)).isEqualTo("取込み（公開）")
                .isNotEqualTo(AuditActions.label(AuditActions.IMPORT));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void importingTheSameSheetsTwiceChangesNothing(TestDatabases.Kind kind) {
        Store store = Store.on(kind);
        store.office(TSUKUBA_OFFICE, tsukuba(), false, OnMatch.UPDATE);
        long revisions = store.revisions();
        long entries = store.audit().find(new AuditQuery(null, null, null, null, null, 0, 1)).total();

        ImportSummary again = store.office(TSUKUBA_OFFICE, tsukuba(), false, OnMatch.UPDATE);

        assertThat(again.english()).isEqualTo("0 new, 0 updated, 8 unchanged, 0 skipped");
        assertThat(store.repository().countAll()).isEqualTo(8);
        assertThat(store.revisions()).as("no new revision").isEqualTo(revisions);
        assertThat(store.audit().find(new AuditQuery(null, null, null, null, null, 0, 1)).total())
                .as("one entry saying nothing changed").isEqualTo(entries + 1);
        assertThat(store.audited(AuditActions.IMPORT_UNCHANGED)).singleElement()
                .satisfies(entry -> assertThat(entry.detail()).contains("変更なし 8件"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aChangedSheetBecomesANewRevisionWithItsDiffInTheGlossarysWords(TestDatabases.Kind kind) {
        Store store = Store.on(kind);
        List<Long> ids = store.office(TSUKUBA_OFFICE, tsukuba(), false, OnMatch.UPDATE).sheets().stream()
                .map(ImportSummary.Imported::sheetId).toList();
        List<Sheet> changed = new java.util.ArrayList<>(tsukuba());
        changed.set(2, with(changed.get(2), "purpose", "目的を書き直した"));

        List<SheetMatch> preview = new SheetMatcher(ImportedRevisions.on(store.jdbc(), store.repository()), false)
                .match(changed);
        assertThat(preview).filteredOn(SheetMatch.Unchanged.class::isInstance).hasSize(7);
        assertThat(preview.get(2)).isInstanceOfSatisfying(SheetMatch.Changed.class, match -> {
            assertThat(match.existing().sheetId()).isEqualTo(ids.get(2));
            assertThat(match.changes()).singleElement().satisfies(change -> {
                assertThat(change.label()).isEqualTo("目的");
                assertThat(change.afterText()).isEqualTo("目的を書き直した");
            });
        });

        ImportSummary summary = store.office(TSUKUBA_OFFICE, changed, false, OnMatch.UPDATE);

        assertThat(summary.english()).isEqualTo("0 new, 1 updated, 7 unchanged, 0 skipped");
        assertThat(store.revision(ids.get(2))).isEqualTo(2);
        assertThat(store.repository().countAll()).isEqualTo(8);
        assertThat(store.audited(AuditActions.IMPORT_UPDATE)).singleElement().satisfies(entry -> {
            assertThat(entry.sheetId()).isEqualTo(ids.get(2));
            assertThat(entry.detail()).contains("第2版（作成中）").contains("1項目を変更（目的）");
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void skipLeavesTheStoredSheetAndAddMakesAnotherOne(TestDatabases.Kind kind) {
        Store store = Store.on(kind);
        store.office(TSUKUBA_OFFICE, tsukuba(), false, OnMatch.UPDATE);
        long revisions = store.revisions();
        List<Sheet> changed = tsukuba().stream().map(s -> with(s, "purpose", "変えた目的")).toList();

        ImportSummary skipped = store.office(TSUKUBA_OFFICE, changed, false, OnMatch.SKIP);
        assertThat(skipped.english()).isEqualTo("0 new, 0 updated, 0 unchanged, 8 skipped");
        assertThat(store.revisions()).isEqualTo(revisions);

        ImportSummary added = store.office(TSUKUBA_OFFICE, changed, false, OnMatch.ADD);
        assertThat(added.english()).isEqualTo("8 new, 0 updated, 0 unchanged, 0 skipped");
        assertThat(store.repository().countAll()).isEqualTo(16);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theOfficesChoicePerSheetWinsOverTheDefault(TestDatabases.Kind kind) {
        Store store = Store.on(kind);
        store.office(TSUKUBA_OFFICE, tsukuba(), false, OnMatch.UPDATE);
        List<Sheet> changed = tsukuba().stream().map(s -> with(s, "purpose", "変えた目的")).toList();

        ImportSummary summary = store.run(changed, ImportOptions.office(TSUKUBA_OFFICE, null, false, OnMatch.UPDATE,
                Map.of(0, OnMatch.SKIP, 1, OnMatch.ADD)));

        assertThat(summary.english()).isEqualTo("1 new, 6 updated, 0 unchanged, 1 skipped");
        assertThat(summary.sheets().get(0).outcome()).isEqualTo(ImportSummary.Outcome.SKIPPED);
        assertThat(summary.sheets().get(1).outcome()).isEqualTo(ImportSummary.Outcome.ADDED);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aSheetMatchesByTitleWhenItsNumberChangedButNeverByNumberAlone(TestDatabases.Kind kind) {
        Store store = Store.on(kind);
        List<Long> ids = store.office(TSUKUBA_OFFICE, tsukuba(), false, OnMatch.UPDATE).sheets().stream()
                .map(ImportSummary.Imported::sheetId).toList();
        List<Sheet> next = new java.util.ArrayList<>(tsukuba());
        next.set(0, with(next.get(0), "sheetNumber", "999"));
        next.set(1, with(next.get(1), "title", "名前の変わった事業"));

        ImportSummary summary = store.office(TSUKUBA_OFFICE, next, false, OnMatch.UPDATE);

        assertThat(summary.sheets().get(0).outcome()).isEqualTo(ImportSummary.Outcome.UPDATED);
        assertThat(summary.sheets().get(0).sheetId()).isEqualTo(ids.get(0));
        assertThat(store.jdbc().queryForObject("SELECT sheet_number FROM sheet_workflow WHERE sheet_id = ?",
                String.class, ids.get(0))).isEqualTo("999");
        assertThat(summary.sheets().get(1).outcome()).as("same number, other title: another project")
                .isEqualTo(ImportSummary.Outcome.ADDED);
        assertThat(summary.english()).isEqualTo("1 new, 1 updated, 6 unchanged, 0 skipped");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anImportIntoOneCityNeverTouchesAnotherWithTheSameDivisionsAndNumbers(TestDatabases.Kind kind) {
        Store store = Store.on(kind);
        List<Long> tsukubaIds = store.office(TSUKUBA_OFFICE, tsukuba(), false, OnMatch.UPDATE).sheets().stream()
                .map(ImportSummary.Imported::sheetId).toList();

        ImportSummary first = store.office(TSUCHIURA_OFFICE, seeds(TSUCHIURA, "土浦市"), false, OnMatch.UPDATE);
        assertThat(first.added()).as("the same titles and numbers in another city are other sheets").isEqualTo(8);
        List<Sheet> changed = seeds(TSUCHIURA, "土浦市").stream().map(s -> with(s, "purpose", "土浦市の目的")).toList();
        ImportSummary second = store.office(TSUCHIURA_OFFICE, changed, false, OnMatch.UPDATE);

        assertThat(second.updated()).isEqualTo(8);
        assertThat(second.sheets()).allSatisfy(s -> assertThat(tsukubaIds).doesNotContain(s.sheetId()));
        assertThat(tsukubaIds).allSatisfy(id -> assertThat(store.revision(id)).isEqualTo(1));
        assertThat(store.audit().find(new AuditQuery(null, AuditActions.IMPORT_UPDATE, null, null, null, 0, 1)
                .in(TSUKUBA)).total()).as("つくば市's log shows no update").isZero();
        assertThat(store.audit().find(new AuditQuery(null, AuditActions.IMPORT_UPDATE, null, null, null, 0, 1)
                .in(TSUCHIURA)).total()).isEqualTo(8);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anAdministratorOfAnotherCityIsRefusedAndNothingIsSaved(TestDatabases.Kind kind) {
        Store store = Store.on(kind);

        assertThatThrownBy(() -> store.office(TSUCHIURA_OFFICE, tsukuba(), false, OnMatch.UPDATE))
                .isInstanceOf(ForeignSheetsException.class)
                .hasMessageContaining("ほかの自治体のシートが含まれているため、1件も取り込めません（つくば市（082201） 8件）")
                .hasMessageContaining("自分の自治体（土浦市）");
        assertThat(store.repository().countAll()).isZero();
        assertThat(store.count("SELECT COUNT(*) FROM audit_log")).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void updatesFollowTheCycleDraftBesideThePublicOneOrANewPublishedRevision(TestDatabases.Kind kind) {
        Store store = Store.on(kind);
        long id = store.office(TSUKUBA_OFFICE, tsukuba(), true, OnMatch.UPDATE).sheets().get(0).sheetId();
        Sheet original = store.repository().find(id).orElseThrow().sheet();
        List<Sheet> edited = tsukuba().stream().map(s -> with(s, "purpose", "新しい目的")).toList();

        store.office(TSUKUBA_OFFICE, edited, false, OnMatch.UPDATE);
        assertThat(store.state(id)).as("a draft revision beside the public one, as REOPEN").isEqualTo("DRAFT");
        assertThat(store.revision(id)).isEqualTo(2);
        assertThat(store.repository().find(id).orElseThrow().sheet()).as("the public still sees the old one")
                .isEqualTo(original);
        assertThat(store.jdbc().queryForObject("SELECT published_revision FROM sheet_workflow WHERE sheet_id = ?",
                Integer.class, id)).isEqualTo(1);

        ImportSummary published = store.office(TSUKUBA_OFFICE, edited, true, OnMatch.UPDATE);
        assertThat(published.updated()).as("the same content, now asked to be public").isEqualTo(8);
        assertThat(store.state(id)).isEqualTo("PUBLISHED");
        assertThat(store.revision(id)).isEqualTo(3);
        assertThat(store.repository().find(id).orElseThrow().sheet().purpose()).isEqualTo("新しい目的");

        ImportSummary again = store.office(TSUKUBA_OFFICE, edited, true, OnMatch.UPDATE);
        assertThat(again.english()).isEqualTo("0 new, 0 updated, 8 unchanged, 0 skipped");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theCommandLineMayImportAnyCity(TestDatabases.Kind kind) {
        Store store = Store.on(kind);
        List<Sheet> both = new java.util.ArrayList<>(tsukuba());
        both.addAll(seeds(TSUCHIURA, "土浦市"));

        ImportSummary summary = store.run(both, ImportOptions.commandLine(false, OnMatch.UPDATE));

        assertThat(summary.added()).isEqualTo(16);
        assertThat(store.audit().find(new AuditQuery(null, AuditActions.IMPORT, null, null, null, 0, 1)
                .in(TSUCHIURA)).total()).as("each entry in its sheet's city").isEqualTo(8);
    }
}
