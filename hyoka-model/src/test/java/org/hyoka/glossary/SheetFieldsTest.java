package org.hyoka.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.hyoka.fixtures.SheetBuilder;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;

class SheetFieldsTest {

    @Test
    void everyGlossaryFieldIsALeafDescriptorAHeadingOrAFigureHyokaDerives() {
        List<Field> undescribed = Arrays.stream(Field.values()).filter(f -> SheetFields.of(f).isEmpty()).toList();

        assertThat(undescribed).containsExactlyInAnyOrder(Field.MUNICIPALITY, Field.BUDGET_ACCOUNT, Field.ORGANIZATION,
                Field.PERIOD, Field.STRATEGIC_PLAN, Field.INDICATORS, Field.COSTS, Field.CITIZEN_PARTICIPATION,
                Field.REVIEW, Field.ASSESSMENT, Field.CITIZEN_NEEDS, Field.PROGRESS, Field.MUNICIPAL_INVOLVEMENT,
                Field.PRIORITY, Field.CHALLENGES, Field.DIRECTION,
                // headings of schema 1.1
                Field.POLICY_HIERARCHY, Field.MEANS, Field.ASSESSMENT_ITEMS, Field.EXPECTED_EFFECT,
                Field.MANAGER_OPINION, Field.EXTRA_TEXTS,
                // derived by org.hyoka.arithmetic, not stored
                Field.INDICATOR_ACHIEVEMENT, Field.FULL_COST, Field.UNIT_COST);
    }

    @Test
    void labelsAreUniqueWithinEachGroupSoTheyCanNameColumns() {
        for (FieldGroup group : FieldGroup.values()) {
            assertThat(SheetFields.of(group).stream().map(FieldDescriptor::label).toList()).as(group.label())
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void everyDescriptorSaysWhatItMeansAndGivesAnExampleItCanRead() {
        for (FieldDescriptor<?> field : SheetFields.ALL) {
            assertThat(field.meaning()).as(field.path()).endsWith("。");
            assertThat(field.parse(field.example())).as(field.path()).isInstanceOf(ValueType.Parsed.Value.class);
        }
    }

    @Test
    void pathsFindTheirDescriptorWithOrWithoutIndexes() {
        assertThat(SheetFields.byPath("costs[2024].generalFund")).map(FieldDescriptor::label).contains("一般財源");
        assertThat(SheetFields.byPath("indicators[2].values[2019].target")).map(FieldDescriptor::label).contains("目標値");
        assertThat(SheetFields.byPath("assessment.priority.score")).map(FieldDescriptor::unit).contains("点");
        assertThat(SheetFields.byPath("review")).isEmpty();
    }

    @Test
    void amountsAreInThousandYenAndStaffTimeInPeopleAndHours() {
        assertThat(SheetFields.COST_YEAR).filteredOn(f -> f.type() == ValueType.AMOUNT)
                .extracting(FieldDescriptor::unit).containsOnly("千円").hasSize(11);
        assertThat(SheetFields.byPath("costs[].staffFte")).map(FieldDescriptor::unit).contains("人");
        assertThat(SheetFields.byPath("costs[].staffOvertimeHours")).map(FieldDescriptor::unit).contains("時間");
        assertThat(SheetFields.byPath("costs[].staffCount")).map(FieldDescriptor::unit).contains("人");
        assertThat(SheetFields.byPath("costs[].workHours")).map(FieldDescriptor::unit).contains("時間");
    }

    @Test
    void accessorsReadTheModel() {
        Sheet sheet = SheetBuilder.aSheet().titled("道路維持管理事業")
                .withCost(new CostYear(2024, 100L, 90L, 90L, 0L, 0L, 6907L, new BigDecimal("1.50"), null, true)).build();
        Function<String, String> sheetText = path -> text(SheetFields.SHEET, path, sheet);

        assertThat(sheetText.apply("title")).isEqualTo("道路維持管理事業");
        assertThat(text(SheetFields.COST_YEAR, "costs[].staffFte", sheet.costs().get(0))).isEqualTo("1.50");
        assertThat(text(SheetFields.COST_YEAR, "costs[].staffOvertimeHours", sheet.costs().get(0))).isEmpty();
        assertThat(text(SheetFields.COST_YEAR, "costs[].fiscalYearStaff", sheet.costs().get(0))).isEqualTo("有");
        assertThat(text(SheetFields.COST_YEAR, "costs[].nationalPrefecturalBonds", sheet.costs().get(0))).isEqualTo("0");
    }

    @Test
    void cellsAreReadAsClerksTypeThemAndRefusedWithAReason() {
        FieldDescriptor<?> budget = SheetFields.byPath("costs[].budget").orElseThrow();
        assertThat(budget.parse("１２,３４５")).isEqualTo(new ValueType.Parsed.Value(12345L));
        assertThat(budget.parse("")).isEqualTo(new ValueType.Parsed.Value(null));
        assertThat(budget.parse("0")).isEqualTo(new ValueType.Parsed.Value(0L));
        assertThat(budget.parse("12.5")).isInstanceOfSatisfying(ValueType.Parsed.Invalid.class,
                invalid -> assertThat(invalid.reason()).contains("千円単位の整数").contains("12.5"));
        FieldDescriptor<?> kind = SheetFields.byPath("indicators[].kind").orElseThrow();
        assertThat(kind.parse("成果指標")).isEqualTo(new ValueType.Parsed.Value("成果指標"));
        assertThat(kind.parse("成果")).isInstanceOf(ValueType.Parsed.Invalid.class);
        assertThat(SheetFields.byPath("sdgs").orElseThrow().parse("9,16,17"))
                .isEqualTo(new ValueType.Parsed.Value(List.of(9, 16, 17)));
    }

    @Test
    void aDescriptorMustSitAtItsGlossaryPath() {
        assertThatThrownBy(() -> new FieldDescriptor<Sheet>("costs[].title", Field.TITLE, FieldGroup.COST_YEAR,
                ValueType.TEXT, null, "。", "x", false, false, List.of(), Sheet::title))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @SuppressWarnings("unchecked")
    private static <R> String text(List<FieldDescriptor<R>> fields, String path, R record) {
        return fields.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().text(record);
    }
}
