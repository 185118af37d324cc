package org.hyoka.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.hyoka.audit.AuditQuery;
import org.hyoka.revision.FieldChange;
import org.hyoka.testing.TestDatabases;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Transition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Fifty editors save at once, ten to each of five sheets, round after round: every value any of
 * them saved is either stored in the revision the service said, or was reported back to its author
 * as a conflict carrying that very value. Nothing vanishes, nothing fails.
 */
class EvaluationConcurrencyIntegrationTest {

    private static final int EDITORS = 50;
    private static final int SHEETS = 5;
    private static final int ROUNDS = 3;

    /** What one editor tried and what the service answered. */
    record Attempt(Actor editor, long sheetId, String value, int base, SaveOutcome outcome) {
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void fiftyEditorsSavingAtOnceLoseNothing(TestDatabases.Kind kind) throws Exception {
        Cycle cycle = Cycle.on(kind);
        EvaluationService service = cycle.service();
        for (int s = 0; s < SHEETS; s++) {
            service.move(cycle.seed(s).id(), Transition.REOPEN, 1, null, Cycle.ADMIN, "test");
        }
        ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CyclicBarrier together = new CyclicBarrier(EDITORS);
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        List<Future<?>> editors = new ArrayList<>();
        for (int e = 0; e < EDITORS; e++) {
            int number = e;
            editors.add(pool.submit(() -> {
                var seed = cycle.seed(number % SHEETS);
                Actor editor = cycle.editorOf(seed, "editor-" + number);
                for (int round = 0; round < ROUNDS; round++) {
                    try {
                        together.await(60, TimeUnit.SECONDS);
                        WorkingSheet working = service.working(seed.id(), editor).orElseThrow();
                        String value = "editor-" + number + " round-" + round;
                        SaveOutcome outcome = service.save(seed.id(), working.revision(),
                                Cycle.with(working.sheet(), "purpose", value), editor, "10.0.0." + number);
                        attempts.add(new Attempt(editor, seed.id(), value, working.revision(), outcome));
                    } catch (Throwable failure) {
                        failures.add(failure);
                    }
                }
            }));
        }
        for (Future<?> editor : editors) {
            editor.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(failures).isEmpty();
        assertThat(attempts).hasSize(EDITORS * ROUNDS);
        assertThat(attempts).allSatisfy(attempt -> assertThat(attempt.outcome())
                .isInstanceOfAny(SaveOutcome.Saved.class, SaveOutcome.Conflict.class));

        assertThat(attempts).as("editors of one sheet really collided")
                .anyMatch(attempt -> attempt.outcome() instanceof SaveOutcome.Conflict);

        Map<Long, List<Attempt>> bySheet = attempts.stream().collect(Collectors.groupingBy(Attempt::sheetId));
        for (var entry : bySheet.entrySet()) {
            long sheetId = entry.getKey();
            List<Revision> history = service.history(sheetId, Cycle.ADMIN);
            List<Attempt> saved = entry.getValue().stream()
                    .filter(a -> a.outcome() instanceof SaveOutcome.Saved).toList();
            assertThat(saved).as("every round someone wins on sheet %d", sheetId).hasSizeGreaterThanOrEqualTo(ROUNDS);
            // the reopened sheet's two revisions, then exactly one revision per successful save, no gaps
            assertThat(history).extracting(Revision::number)
                    .containsExactlyElementsOf(descending(2 + saved.size()));
            for (Attempt attempt : saved) {
                int number = ((SaveOutcome.Saved) attempt.outcome()).revision();
                assertThat(number).isEqualTo(attempt.base() + 1);
                Revision stored = history.get(history.size() - number);
                assertThat(stored.sheet().purpose()).as("revision %d of sheet %d", number, sheetId)
                        .isEqualTo(attempt.value());
                assertThat(stored.author()).isEqualTo(attempt.editor().username());
            }
            for (Attempt attempt : entry.getValue()) {
                if (attempt.outcome() instanceof SaveOutcome.Conflict conflict) {
                    assertThat(conflict.yourBase()).isEqualTo(attempt.base());
                    assertThat(conflict.current()).isGreaterThan(attempt.base());
                    assertThat(conflict.yourChanges()).extracting(FieldChange::path, FieldChange::after)
                            .contains(org.assertj.core.groups.Tuple.tuple("purpose", attempt.value()));
                    assertThat(conflict.currentSheet().purpose())
                            .isEqualTo(history.get(history.size() - conflict.current()).sheet().purpose());
                }
            }
            assertThat(service.working(sheetId, Cycle.ADMIN).orElseThrow().sheet().purpose())
                    .isEqualTo(history.get(0).sheet().purpose());
        }
        long savedCount = attempts.stream().filter(a -> a.outcome() instanceof SaveOutcome.Saved).count();
        assertThat(cycle.audit().find(new AuditQuery(null, "sheet.save", null, null, null, 0, 1)).total())
                .isEqualTo(savedCount);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void twoOfficesRollingOverTheSameYearAtOnceMakeEachDraftOnce(TestDatabases.Kind kind) throws Exception {
        Cycle cycle = Cycle.on(kind);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<RolloverResult>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                together.await(60, TimeUnit.SECONDS);
                return cycle.service().rollover(Cycle.CITY, 2024, Cycle.ADMIN, "test");
            }));
        }
        List<RolloverResult> results = new ArrayList<>();
        for (Future<RolloverResult> run : runs) {
            results.add(run.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(results.stream().mapToInt(RolloverResult::created).sum()).isEqualTo(8);
        assertThat(cycle.service().workList(Cycle.ADMIN, 2025, null, 0, 50).total()).isEqualTo(8);
    }

    private static List<Integer> descending(int latest) {
        List<Integer> numbers = new ArrayList<>();
        for (int n = latest; n >= 1; n--) {
            numbers.add(n);
        }
        return numbers;
    }
}
