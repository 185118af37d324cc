package org.hyoka.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.hyoka.testing.ReadyToSubmit;
import org.hyoka.audit.AuditLog;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.importer.InputResult;
import org.hyoka.importer.SheetImporter;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.StoredSheet;
import org.hyoka.testing.TestDatabases;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import tools.jackson.databind.node.ObjectNode;

/**
 * The evaluation cycle wired by hand on a fresh real database, with the eight つくば市 seed sheets
 * imported as published sheets, and the people who work on them.
 */
record Cycle(DataSource dataSource, SheetRepository repository, EvaluationService service, AuditLog audit,
        List<Object> events, List<StoredSheet> seeds) {

    static final String CITY = "082201";
    static final Actor ADMIN = new Actor("office", Role.ADMINISTRATOR, "082201", null);
    static final Actor REVIEWER = new Actor("reviewer", Role.REVIEWER, "082201", null);

    static Cycle on(TestDatabases.Kind kind) {
        DataSource dataSource = TestDatabases.fresh(kind);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        List<Object> events = new CopyOnWriteArrayList<>();
        SheetRepository repository = new SheetRepository(jdbc, transactions, events::add);
        AuditLog audit = new AuditLog(jdbc);
        EvaluationService service = new EvaluationService(new WorkflowStore(jdbc), repository, audit, transactions,
                Optional.empty());
        List<StoredSheet> seeds = repository.saveAll(seedSheets());
        events.clear();
        return new Cycle(dataSource, repository, service, audit, events, seeds);
    }

    static List<Sheet> seedSheets() {
        InputResult result = SheetImporter.standard().importText("seed", Fixtures.seedText(), "UTF-8",
                Optional.of(new Municipality(new MunicipalityCode(CITY), "つくば市")));
        return ((InputResult.Read) result).importedSheets();
    }

    /** The editor of the 課 this seed sheet belongs to. */
    Actor editorOf(StoredSheet stored, String name) {
        return new Actor(name, Role.EDITOR, "082201", stored.sheet().organization().division());
    }

    StoredSheet seed(int index) {
        return seeds.get(index);
    }

    static Sheet withSdgs(Sheet s, List<Integer> goals) {
        return new Sheet(s.municipality(), s.fiscalYear(), s.sheetNumber(), s.title(), s.budgetAccount(),
                s.organization(), s.period(), s.continuity(), s.deliveryModel(), s.category(), s.legalBasis(),
                s.individualPlans(), s.strategicPlan(), s.mayorPledges(), goals, s.targetGroup(), s.purpose(),
                s.activities(), s.indicators(), s.costs(), s.citizenParticipation(), s.review(), s.assessment(),
                s.challenges(), s.improvementGoal(), s.direction());
    }

    /**
     * The sheet with whatever judgement a division must give before submitting filled in where it is
     * missing: this year's review, the four scores, 方向性 and 理由, confirmed indicator directions.
     */
    static Sheet ready(Sheet sheet) {
        return ReadyToSubmit.fill(sheet);
    }

    /** The sheet with one top-level text field set, as a user editing that field in a form would. */
    static Sheet with(Sheet sheet, String field, String value) {
        SheetJson json = new SheetJson();
        ObjectNode tree = (ObjectNode) json.toTree(sheet);
        tree.put(field, value);
        ReadResult result = json.read(tree);
        return ((ReadResult.Valid) result).sheets().get(0);
    }
}
