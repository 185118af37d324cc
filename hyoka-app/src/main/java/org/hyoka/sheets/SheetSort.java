package org.hyoka.sheets;

/** The orders a list of sheets can be shown in; NUMBER is the order of the printed volume. */
public enum SheetSort {
    NUMBER, TITLE, FULL_COST_DESC, FULL_COST_ASC
}
