package org.hyoka.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.fixtures.SheetBuilder.aCostYear;
import static org.hyoka.fixtures.SheetBuilder.aSheet;

import java.util.List;

import org.hyoka.glossary.Field;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;

class SheetDiffTest {

    @Test
    void identicalRevisionsHaveNoDifferences() {
        Sheet sheet = aSheet().withCost(aCostYear(2024, 1, 1, 1, 0, 0, 7226, "1.00", "0.00")).build();

        assertThat(SheetDiff.between(sheet, sheet)).isEmpty();
    }

    @Test
    void aChangedAmountIsNamedByYearAndLabel() {
        Sheet before = aSheet().withCost(aCostYear(2024, 100, 90, 90, 0, 0, 7226, "1.00", "0.00")).build();
        Sheet after = aSheet().withCost(aCostYear(2024, 100, 95, 95, 0, 0, 7226, "1.00", "0.00")).build();

        List<FieldChange> changes = SheetDiff.between(before, after);

        assertThat(changes).extracting(FieldChange::path, FieldChange::before, FieldChange::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple("costs[2024].settlement", "90", "95"),
                org.assertj.core.groups.Tuple.tuple("costs[2024].generalFund", "90", "95"));
        assertThat(changes.get(0).glossaryField()).contains(Field.SETTLEMENT);
        assertThat(changes.get(0).label()).isEqualTo("決算額");
    }

    @Test
    void aTextChangeAndAnAddedYearAreBothListed() {
        Sheet before = aSheet().titled("旧名称").build();
        Sheet after = aSheet().titled("新名称").withCost(aCostYear(2025, 5, 0, 0, 0, 0, 0, "0", "0")).build();

        List<FieldChange> changes = SheetDiff.between(before, after);

        assertThat(changes).filteredOn(c -> c.path().equals("title")).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(FieldChange.Kind.CHANGED));
        assertThat(changes).filteredOn(c -> c.path().equals("costs[2025].budget")).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(FieldChange.Kind.ADDED));
    }

    @Test
    void equalNumbersWrittenWithDifferentScalesAreNotAChange() {
        Sheet before = aSheet().withCost(aCostYear(2024, 1, 1, 1, 0, 0, 1, "1.00", "0")).build();
        Sheet after = aSheet().withCost(aCostYear(2024, 1, 1, 1, 0, 0, 1, "1.0", "0.00")).build();

        assertThat(SheetDiff.between(before, after)).isEmpty();
    }
}
