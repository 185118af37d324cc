package org.hyoka.browse;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.FormLabels;
import org.hyoka.glossary.SheetFields;
import org.hyoka.sheet.SheetForm;
import org.hyoka.tables.DataDictionary;

/**
 * One row of the data dictionary page: the dictionary's entry and what each form other than つくば市's
 * calls the field where its print has a word of its own (対象・意図・結果様式: 意図 for 目的).
 *
 * @param formLabels e.g. {@code 対象・意図・結果様式：意図}; empty where every form uses the glossary's label
 */
public record DictionaryRow(DataDictionary.Entry entry, List<String> formLabels) {

    public DictionaryRow {
        formLabels = List.copyOf(formLabels);
    }

    static List<DictionaryRow> all() {
        return DataDictionary.entries().stream().map(DictionaryRow::of).toList();
    }

    private static DictionaryRow of(DataDictionary.Entry entry) {
        FieldDescriptor<?> field = SheetFields.byPath(entry.path()).orElseThrow(
                () -> new IllegalStateException("the dictionary lists " + entry.path() + ", which no descriptor has"));
        List<String> own = Arrays.stream(SheetForm.values())
                .filter(form -> !Objects.equals(FormLabels.label(form, field.field()), field.label()))
                .map(form -> Labels.formShort(form.code()) + "：" + FormLabels.label(form, field.field()))
                .toList();
        return new DictionaryRow(entry, own);
    }
}
