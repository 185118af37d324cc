package org.hyoka.tables.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.SheetForm;
import org.hyoka.tables.FlatTables;
import org.hyoka.tables.TableRead;
import org.hyoka.tables.TableSource;
import org.jspecify.annotations.Nullable;

/** The shipped profiles, a city's own profile file, and reading a table through a profile. */
public final class TableProfiles {

    /** The profile of Hyoka's own flat table: its columns are the descriptor's, so it maps nothing itself. */
    public static final String HYOKA_FLAT = "hyoka-flat";
    private static final List<String> SHIPPED_FILES = List.of("taisho-ito-kekka", "simple-list");
    private static final int MAX_PROBLEMS_SHOWN = 100;
    private static final List<TableProfile> SHIPPED = loadShipped();

    private TableProfiles() {
    }

    /** taisho-ito-kekka, simple-list and hyoka-flat. */
    public static List<TableProfile> shipped() {
        return SHIPPED;
    }

    public static Optional<TableProfile> named(String name) {
        return SHIPPED.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** A city's own profile file, checked; the exception's message is one Japanese line. */
    public static TableProfile load(InputStream json) throws ProfileException {
        return ProfileJson.load(json);
    }

    /**
     * Every sheet of the table, or nothing and why; never throws for bad content. Columns of personal
     * data are never read: {@link ProfileRead.Read#leftOut} names each.
     */
    public static ProfileRead read(TableProfile profile, FlatTables.Format format, byte[] content,
            MunicipalityCode municipality) {
        if (profile.kind() == TableProfile.Kind.HYOKA_FLAT) {
            return flat(format, content, municipality);
        }
        Reading reading = new Reading(profile, format, municipality);
        Optional<String> refused = TableSource.read(format, content, profile.worksheet(), reading::row);
        if (refused.isPresent()) {
            return new ProfileRead.Refused(refused.get(), List.of());
        }
        ProfileHeader header = reading.header;
        ProfileRows rows = reading.rows;
        if (header == null || rows == null) {
            return new ProfileRead.Refused("見出し行（" + profile.headerRow() + "行目）がありません。", List.of());
        }
        if (!header.problems.isEmpty()) {
            return new ProfileRead.Refused("表の列がプロファイル「" + profile.name() + "」と合いません。何も取り込んでいません。",
                    shown(header.problems));
        }
        if (!rows.problems.isEmpty()) {
            return new ProfileRead.Refused("読めないセルが " + rows.problems.size() + " 件あります。何も取り込んでいません。",
                    shown(rows.problems));
        }
        if (reading.sheets.isEmpty()) {
            return new ProfileRead.Refused("データの行がありません（" + profile.firstDataRow() + "行目から）。", List.of());
        }
        List<String> notes = new ArrayList<>();
        if (profile.yearBlocks() != null) {
            notes.add("年度ブロックの年度はプロファイルの想定です: " + profile.yearBlocks().assumption());
        }
        notes.addAll(header.notes);
        notes.addAll(rows.notes);
        return new ProfileRead.Read(reading.sheets, header.leftOut, notes);
    }

    /** Rows as the table source hands them over: the header row, then the data rows. */
    private static final class Reading {
        private final TableProfile profile;
        private final FlatTables.Format format;
        private final MunicipalityCode municipality;
        private final List<Sheet> sheets = new ArrayList<>();
        private @Nullable ProfileHeader header;
        private @Nullable ProfileRows rows;

        Reading(TableProfile profile, FlatTables.Format format, MunicipalityCode municipality) {
            this.profile = profile;
            this.format = format;
            this.municipality = municipality;
        }

        boolean row(int number, List<String> cells) {
            if (number < profile.headerRow()) {
                return true;
            }
            if (header == null || rows == null) {
                if (number > profile.headerRow()) {
                    return false;
                }
                ProfileHeader matched = new ProfileHeader(profile, cells, i -> TableSource.columnName(format, i));
                header = matched;
                rows = new ProfileRows(profile, matched, i -> TableSource.columnName(format, i), municipality);
                return matched.problems.isEmpty();
            }
            if (number >= profile.firstDataRow()) {
                rows.sheet(number, cells).ifPresent(sheets::add);
            }
            return rows.problems.size() < MAX_PROBLEMS_SHOWN;
        }
    }

    private static ProfileRead flat(FlatTables.Format format, byte[] content, MunicipalityCode municipality) {
        TableRead read = FlatTables.read(format, content);
        if (read instanceof TableRead.Refused refused) {
            return new ProfileRead.Refused(refused.reason(), refused.problems());
        }
        List<Sheet> sheets = ((TableRead.Sheets) read).sheets().stream()
                .map(s -> s.municipality() == null ? s.withMunicipality(new Municipality(municipality, null)) : s).toList();
        return new ProfileRead.Read(sheets, List.of(), List.of());
    }

    private static List<String> shown(List<String> problems) {
        if (problems.size() <= MAX_PROBLEMS_SHOWN) {
            return problems;
        }
        List<String> out = new ArrayList<>(problems.subList(0, MAX_PROBLEMS_SHOWN));
        out.add("ほか " + (problems.size() - MAX_PROBLEMS_SHOWN) + " 件");
        return out;
    }

    private static List<TableProfile> loadShipped() {
        List<TableProfile> out = new ArrayList<>();
        for (String name : SHIPPED_FILES) {
            String resource = "/org/hyoka/tables/profiles/" + name + ".json";
            try (InputStream in = TableProfiles.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                out.add(ProfileJson.load(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ProfileException e) {
                throw new IllegalStateException(resource + ": " + e.getMessage(), e);
            }
        }
        out.add(new TableProfile(HYOKA_FLAT, TableProfile.FORMAT_VERSION, "Hyokaの一覧表（フラットテーブル）",
                "Hyokaが書き出す一覧表（1行1シート、列はデータ辞書のとおり、指標とコストは年度ごとの列）。列の対応はデータ辞書が決めるため、"
                        + "このプロファイル自体は列を定義しません。",
                TableProfile.Kind.HYOKA_FLAT, SheetForm.TSUKUBA, null, 1, 2, TableProfile.AmountUnit.THOUSAND_YEN, List.of(),
                List.of(), null, List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of()));
        return List.copyOf(out);
    }
}
