package org.hyoka.workbench;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyoka.arithmetic.Finding;
import org.hyoka.glossary.Field;
import org.hyoka.sheet.FiscalYear;

/**
 * The editor's form names follow the interchange paths with the year or slot in brackets
 * ({@code costs[2024].budget}, {@code indicators[2].values[2019].target}), so that one name serves
 * the input, its anchor for error links, its label in messages and the three-way merge on conflict.
 */
public final class FormKeys {

    private static final Pattern BRACKET = Pattern.compile("\\[(\\d+)]");
    private static final Pattern COST = Pattern.compile("^costs\\[(\\d+)]\\.");
    private static final Pattern INDICATOR = Pattern.compile("^indicators\\[(\\d)]");
    private static final Pattern INDICATOR_YEAR = Pattern.compile("\\.values\\[(\\d+)]\\.");

    private FormKeys() {
    }

    /** The element id of a key's input: letters, digits and dashes only, so it needs no escaping in a URL. */
    public static String id(String key) {
        return "f-" + key.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    public static String anchor(String key) {
        return "#" + id(key);
    }

    /** The glossary field of a key, trying shorter paths until one is known: assessment.priority.score → 優先度. */
    static Optional<Field> field(String key) {
        String path = key.replaceAll("\\[[^]]*]", "");
        while (true) {
            Optional<Field> field = Field.byPath(path);
            if (field.isPresent()) {
                return field;
            }
            int dot = path.lastIndexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            path = path.substring(0, dot);
        }
    }

    /** 指標2 R05年度 目標値, コストの推移 R06年度 予算額, 優先度 評点: the field as a clerk finds it on the sheet. */
    public static String label(String key) {
        StringBuilder label = new StringBuilder();
        Matcher indicator = INDICATOR.matcher(key);
        if (indicator.find()) {
            label.append("指標").append(indicator.group(1)).append(' ');
            Matcher year = INDICATOR_YEAR.matcher(key);
            if (year.find()) {
                label.append(FiscalYear.of(Integer.parseInt(year.group(1))).toShortWareki()).append(' ');
            }
        }
        Matcher cost = COST.matcher(key);
        if (cost.find()) {
            label.append(Field.COSTS.label()).append(' ')
                    .append(FiscalYear.of(Integer.parseInt(cost.group(1))).toShortWareki()).append(' ');
        }
        Matcher row = BRACKET.matcher(key);
        if (key.startsWith("strategicPlan") && row.find()) {
            label.append(Field.STRATEGIC_PLAN.label()).append(' ')
                    .append(Integer.parseInt(row.group(1)) + 1).append("行目 ");
        }
        label.append(field(key).map(Field::label).orElse(key));
        if (key.endsWith(".score")) {
            label.append(" 評点");
        } else if (key.endsWith(".comment")) {
            label.append(" コメント");
        }
        return label.toString();
    }

    /** Where a model finding points in the form: its field in its year column or indicator slot. */
    static String of(Finding finding) {
        String path = finding.field().path();
        if (path.startsWith("costs.") && finding.fiscalYear() != null) {
            return "costs[" + finding.fiscalYear() + "]" + path.substring("costs".length());
        }
        if (path.startsWith("indicators") && finding.indicatorSlot() != null) {
            String rest = path.substring("indicators".length());
            if (rest.startsWith(".values.") && finding.fiscalYear() != null) {
                return "indicators[" + finding.indicatorSlot() + "].values[" + finding.fiscalYear() + "]"
                        + rest.substring(".values".length());
            }
            return "indicators[" + finding.indicatorSlot() + "]" + (rest.isEmpty() ? ".name" : rest);
        }
        return path;
    }
}
