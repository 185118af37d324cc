package org.hyoka.interchange.opendata;

import java.util.List;

import org.hyoka.glossary.Field;
import org.hyoka.interchange.opendata.OpenDataTable.CostRow;
import org.hyoka.interchange.opendata.OpenDataTable.IndicatorRow;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;

/** The columns of the three tables. */
final class OpenDataColumns {

    private OpenDataColumns() {
    }

    static final List<Column<PublishedSheet>> SHEET = List.of(
            new Column<>(Field.MUNICIPALITY_CODE.label(), s -> code(s.sheet())),
            new Column<>("ID", s -> s.id()),
            new Column<>("地方公共団体名", s -> name(s.sheet())),
            new Column<>(Field.FISCAL_YEAR.label(), s -> s.sheet().fiscalYear().startYear()),
            new Column<>(Field.SHEET_NUMBER.label(), s -> s.sheet().sheetNumber()),
            new Column<>(Field.TITLE.label(), s -> s.sheet().title()),
            new Column<>("公開日", s -> s.published()));

    static final List<Column<IndicatorRow>> INDICATOR = List.of(
            new Column<>(Field.MUNICIPALITY_CODE.label(), r -> code(r.sheet().sheet())),
            new Column<>("ID", r -> r.sheet().id() + "-" + r.indicator().slot()
                    + (r.value() == null ? "" : "-" + r.value().fiscalYear())),
            new Column<>("地方公共団体名", r -> name(r.sheet().sheet())),
            new Column<>(Field.INDICATOR_NAME.label(), r -> r.indicator().name()),
            new Column<>(Field.INDICATOR_TARGET.label(), r -> r.value() == null ? null : r.value().target()),
            new Column<>(Field.INDICATOR_ACTUAL.label(), r -> r.value() == null ? null : r.value().actual()));

    static final List<Column<CostRow>> COST = List.of(
            new Column<>(Field.MUNICIPALITY_CODE.label(), r -> code(r.sheet().sheet())),
            new Column<>("ID", r -> r.sheet().id() + "-" + r.cost().fiscalYear()),
            new Column<>("地方公共団体名", r -> name(r.sheet().sheet())),
            new Column<>(Field.BUDGET.label(), r -> r.cost().budget()),
            new Column<>(Field.SETTLEMENT.label(), r -> r.cost().settlement()));

    private static @Nullable String code(Sheet sheet) {
        MunicipalityCode code = sheet.municipality() == null ? null : sheet.municipality().code();
        return code == null ? null : code.value();
    }

    private static @Nullable String name(Sheet sheet) {
        return sheet.municipality() == null ? null : sheet.municipality().name();
    }
}
