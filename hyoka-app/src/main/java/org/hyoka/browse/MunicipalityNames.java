package org.hyoka.browse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
        // a national list names 1,741 municipalities on every page: each name is made once
        Map<String, String> made = new ConcurrentHashMap<>();
        this.names = code -> made.computeIfAbsent(code, c -> MunicipalityCode.parse(c).flatMap(directory::lookup)
                .map(entry -> entry.prefecture() + " " + entry.name()).orElse(c));
    }

    private MunicipalityNames(Function<String, String> names) {
        this.names = names;
    }

    String nameOf(String code) {
        return names.apply(code);
    }
}
