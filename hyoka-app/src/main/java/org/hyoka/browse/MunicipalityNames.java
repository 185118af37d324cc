package org.hyoka.browse;

import java.util.function.Function;

import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.sheet.MunicipalityCode;
import org.springframework.stereotype.Component;

/** Names for municipality codes in filters: 千代田区 for 131016, from the shipped directory of codes. */
@Component
class MunicipalityNames {

    static final MunicipalityNames NONE = new MunicipalityNames(code -> code);

    private final Function<String, String> names;

    MunicipalityNames() {
        MunicipalityDirectory directory = MunicipalityDirectory.shipped();
        this.names = code -> MunicipalityCode.parse(code).flatMap(directory::lookup)
                .map(entry -> entry.prefecture() + " " + entry.name()).orElse(code);
    }

    private MunicipalityNames(Function<String, String> names) {
        this.names = names;
    }

    String nameOf(String code) {
        return names.apply(code);
    }
}
