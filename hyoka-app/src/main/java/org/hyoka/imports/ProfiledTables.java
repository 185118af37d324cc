package org.hyoka.imports;

import java.util.List;
import java.util.Objects;

import org.hyoka.arithmetic.SheetChecks;
import org.hyoka.importer.SheetReport;
import org.hyoka.importer.SheetResult;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.Sheet;
import org.hyoka.tables.FlatTables;
import org.hyoka.tables.profile.ProfileRead;
import org.hyoka.tables.profile.TableProfile;
import org.hyoka.tables.profile.TableProfiles;

/**
 * A city's table (.xlsx or .csv) read through a profile, for the command line and the import page
 * alike: every row a sheet of the given city with the source's arithmetic findings (reported, never
 * corrected), and the personal-data columns the profile left out; or nothing and why. The city is
 * always the caller's, because a table of one city's projects does not name it.
 */
public final class ProfiledTables {

    private ProfiledTables() {
    }

    /** What one table gave. */
    public sealed interface Outcome {

        /**
         * @param leftOut the personal-data columns not read, one Japanese line each (which column, why)
         * @param notes   what else the profile has to say about the table (e.g. which years the blocks are)
         */
        record Read(String kind, List<SheetResult.Imported> sheets, List<String> leftOut, List<String> notes)
                implements Outcome {
            public Read {
                sheets = List.copyOf(sheets);
                leftOut = List.copyOf(leftOut);
                notes = List.copyOf(notes);
            }

            public List<Sheet> found() {
                return sheets.stream().map(SheetResult.Imported::sheet).toList();
            }
        }

        /** Nothing is taken from the table: the reason and each missing or unexpected column, in Japanese. */
        record Refused(String reason, List<String> problems) implements Outcome {
            public Refused {
                problems = List.copyOf(problems);
            }
        }
    }

    /** The shipped profiles' names, for a message that says which there are. */
    public static String shippedNames() {
        return String.join(", ", TableProfiles.shipped().stream().map(TableProfile::name).toList());
    }

    /** Reads the file named {@code name} (its extension says .xlsx or .csv) through the profile. */
    public static Outcome read(TableProfile profile, String name, byte[] content, Municipality city,
            SheetChecks checks) {
        Objects.requireNonNull(city.code(), "a profiled table is read for a city");
        var format = FlatTables.Format.ofFileName(name);
        if (format.isEmpty()) {
            return new Outcome.Refused("プロファイル「" + profile.title() + "」で読めるのは一覧表（.xlsx または .csv）だけです。"
                    + "Excel か CSV で保存したファイルを選んでください。", List.of());
        }
        ProfileRead read = TableProfiles.read(profile, format.get(), content, city.code());
        if (read instanceof ProfileRead.Refused refused) {
            return new Outcome.Refused(refused.reason(), refused.problems());
        }
        ProfileRead.Read table = (ProfileRead.Read) read;
        List<SheetResult.Imported> sheets = table.sheets().stream()
                // the city with its name as the directory has it; a sheet of another city stays so and is refused
                .map(sheet -> sheet.municipality() == null || sheet.municipality().code() == null
                        || sheet.municipality().code().equals(city.code()) ? sheet.withMunicipality(city) : sheet)
                .map(sheet -> new SheetResult.Imported(sheet,
                        new SheetReport(0, List.of(), List.of(), List.of(), checks.check(sheet))))
                .toList();
        String kind = "一覧表（" + format.get().extension().toUpperCase(java.util.Locale.ROOT) + "）・" + profile.title();
        return new Outcome.Read(kind, sheets, table.leftOut(), table.notes());
    }
}
