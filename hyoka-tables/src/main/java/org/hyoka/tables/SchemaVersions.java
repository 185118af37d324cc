package org.hyoka.tables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.SheetAssembly;
import org.hyoka.glossary.SheetFields;
import org.hyoka.glossary.ValueType;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.Sheet;

/**
 * Which fields only schema 1.1 holds, asked of the model rather than listed again: a field is 1.1 when a
 * sheet that states nothing but the field's own example is a 1.1 sheet ({@link Sheet#schemaVersion()}).
 * A table of 1.0 sheets leaves these columns out, so that the つくば市 table is what it was before 1.1.
 */
final class SchemaVersions {

    private static final Set<String> ONLY_11 = SheetFields.ALL.stream().filter(SchemaVersions::probe)
            .map(FieldDescriptor::path).collect(Collectors.toUnmodifiableSet());

    private SchemaVersions() {
    }

    /** Whether the field is one that schema 1.0 does not have (様式, 記号, 事業費計, 評価項目 …). */
    static boolean only11(FieldDescriptor<?> field) {
        return ONLY_11.contains(field.path());
    }

    private static boolean probe(FieldDescriptor<?> field) {
        Map<String, Object> sheet = new HashMap<>(Map.of("fiscalYear", 2024, "title", "事業"));
        Map<String, Object> one = new HashMap<>();
        Object example = example(field);
        Sheet probe = switch (field.group()) {
            case SHEET -> {
                sheet.put(field.name(), example);
                yield SheetAssembly.sheet(sheet::get, List.of(), List.of(), List.of());
            }
            case STRATEGIC_PLAN_ROW -> {
                one.put(field.name(), example);
                yield SheetAssembly.sheet(sheet::get, List.of(Objects.requireNonNull(SheetAssembly.planRow(one::get))),
                        List.of(), List.of());
            }
            case INDICATOR -> SheetAssembly.sheet(sheet::get, List.of(), List.of(indicator(field.name(), example,
                    List.of())), List.of());
            case INDICATOR_YEAR -> {
                one.put(field.name(), example);
                IndicatorValue value = SheetAssembly.indicatorYear(2024, one::get);
                yield SheetAssembly.sheet(sheet::get, List.of(), List.of(indicator("slot", 1, List.of(value))), List.of());
            }
            case COST_YEAR -> {
                one.put(field.name(), example);
                CostYear cost = SheetAssembly.costYear(2024, one::get);
                yield SheetAssembly.sheet(sheet::get, List.of(), List.of(), List.of(cost));
            }
            case ASSESSMENT_ITEM -> {
                one.put("name", "項目");
                one.put(field.name(), example);
                yield SheetAssembly.sheet(sheet::get, List.of(), List.of(), List.of(),
                        List.of(Objects.requireNonNull(SheetAssembly.assessmentItem(one::get))), List.of());
            }
            case EXTRA_TEXT -> {
                one.putAll(Map.of("label", "項目", "text", "内容"));
                one.put(field.name(), example);
                yield SheetAssembly.sheet(sheet::get, List.of(), List.of(), List.of(), List.of(),
                        List.of(Objects.requireNonNull(SheetAssembly.extraText(one::get))));
            }
        };
        return probe.schemaVersion().equals(Sheet.SCHEMA_VERSION_11);
    }

    private static Indicator indicator(String name, Object example, List<IndicatorValue> values) {
        Map<String, Object> indicator = new HashMap<>(Map.of("slot", 1, "name", "指標"));
        indicator.put(name, example);
        return SheetAssembly.indicator(indicator::get, values);
    }

    private static Object example(FieldDescriptor<?> field) {
        if (field.parse(field.example()) instanceof ValueType.Parsed.Value value && value.value() != null) {
            return value.value();
        }
        throw new IllegalStateException("the example of " + field.path() + " is not a value of its type");
    }
}
