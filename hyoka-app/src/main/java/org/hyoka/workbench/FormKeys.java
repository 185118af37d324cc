package org.hyoka.workbench;

import java.util.Optional;

import org.hyoka.arithmetic.Finding;
import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.SheetFields;
import org.hyoka.glossary.SheetPaths;
import org.hyoka.sheet.SheetForm;

/**
 * The editor's form names are the descriptor's concrete paths ({@link SheetPaths}: {@code costs[2024].budget},
 * {@code indicators[2].values[2019].target}), so that one name serves
 * the input, its anchor for error links, its label in messages and the three-way merge on conflict.
 */
public final class FormKeys {

    private FormKeys() {
    }

    /** The element id of a key's input: letters, digits and dashes only, so it needs no escaping in a URL. */
    public static String id(String key) {
        return "f-" + key.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    public static String anchor(String key) {
        return "#" + id(key);
    }

    /** 指標2 R05年度 目標値, コストの推移 R06年度 予算額, 優先度評点: the field as a clerk finds it on the sheet. */
    public static String label(String key) {
        return SheetPaths.label(key);
    }

    /** The same in the words of a sheet's form: 意図, 評価観点 2 判定 on a 対象・意図・結果 sheet. */
    public static String label(SheetForm form, String key) {
        return SheetPaths.label(form, key);
    }

    /** Where a model finding points in the form: its field in its year column or indicator slot. */
    static String of(Finding finding) {
        Optional<FieldDescriptor<?>> field = SheetFields.of(finding.field());
        Integer slot = finding.indicatorSlot();
        Integer year = finding.fiscalYear();
        if (field.isPresent()) {
            try {
                return SheetPaths.of(field.get(), slot, year);
            } catch (IllegalArgumentException notPlaced) {
                // a finding about a group field without its year or slot: fall back to its section below
            }
        }
        // a heading (指標の推移) or a derived figure (総コスト, 達成率): placed in its year column or slot
        String path = finding.field().path();
        if (path.startsWith("costs.") && year != null) {
            return "costs[" + year + "]" + path.substring("costs".length());
        }
        if (path.startsWith("indicators") && slot != null) {
            String rest = path.substring("indicators".length());
            return "indicators[" + slot + "]" + (rest.isEmpty() ? ".name" : rest);
        }
        return path;
    }
}
