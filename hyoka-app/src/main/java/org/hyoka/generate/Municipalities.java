package org.hyoka.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;

/** Real municipalities (codes with their check digits) from the shipped localgovjp table. */
public final class Municipalities {

    private Municipalities() {
    }

    /**
     * {@code count} distinct municipalities chosen by the seed, つくば市 first. Wards (their table names
     * carry the city's name and a space) are left out: a ward does not publish its own sheets.
     */
    public static List<Municipality> choose(MunicipalityDirectory directory, int count, long seed) {
        List<Municipality> all = new ArrayList<>();
        // every possible five-digit body, checked against the table: the table has no listing of its own
        for (int body = 1000; body < 100_000; body++) {
            String five = String.format("%05d", body);
            MunicipalityCode code = new MunicipalityCode(five + MunicipalityCode.checkDigit(five));
            Optional<MunicipalityDirectory.Entry> entry = directory.lookup(code);
            if (entry.isPresent() && !entry.get().name().contains(" ")) {
                all.add(entry.get().toMunicipality());
            }
        }
        if (count < 1 || count > all.size()) {
            throw new IllegalArgumentException("--municipalities must be 1 to " + all.size() + ", was " + count);
        }
        List<Municipality> chosen = new ArrayList<>(count);
        all.stream().filter(m -> m.code() != null && m.code().value().equals("082201")).findFirst()
                .ifPresent(tsukuba -> {
                    chosen.add(tsukuba);
                    all.remove(tsukuba);
                });
        SplittableRandom random = new SplittableRandom(seed);
        while (chosen.size() < count) {
            chosen.add(all.remove(random.nextInt(all.size())));
        }
        return chosen;
    }
}
