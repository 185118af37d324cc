package org.hyoka.cli;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.hyoka.arithmetic.UnitCostSource;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.settings.EvaluationSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Option;

/**
 * Whose unit costs a command checks 人件費計 with: each sheet's own municipality's. They come from
 * {@code --unit-costs FILE} when given (see {@link UnitCostFile}), else from the database's settings
 * when the command works on one, else from what ships: つくば市's example for つくば市 only, so a sheet
 * of any other city gets the finding that its 人件費計 is not checked.
 */
final class UnitCostOptions {

    @Option(names = "--unit-costs", paramLabel = "FILE",
            description = "CSV of unit costs per city and year (header municipality_code,fiscal_year,"
                    + "full_time_employee,overtime_hour[,work_hour]; thousand yen); without it the database's settings, "
                    + "or the shipped example for つくば市 (082201) only")
    @Nullable Path file;

    /**
     * @param database the command's database, or null when it works on none
     * @throws UnitCostFile.Refused when the file cannot be used
     */
    UnitCostSource source(@Nullable DatabaseOptions database) throws UnitCostFile.Refused {
        if (file != null) {
            return UnitCostFile.read(file);
        }
        if (database == null || !database.exists()) {
            // a database not created yet holds no city's settings, and is not created to find that out
            return UnitCostSource.shipped();
        }
        // read once, when a sheet with a cost year is first checked, then closed again
        Supplier<UnitCostSource> fromDatabase = new Supplier<>() {
            private @Nullable UnitCostSource read;

            @Override
            public UnitCostSource get() {
                if (read == null) {
                    try (ConfigurableApplicationContext context = SpringLauncher.quiet(database.properties())) {
                        read = context.getBean(EvaluationSettings.class).snapshot();
                    }
                }
                return read;
            }
        };
        return code -> code == null ? UnitCostTable.none() : fromDatabase.get().forMunicipality(code);
    }
}
