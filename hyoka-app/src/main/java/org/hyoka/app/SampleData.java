package org.hyoka.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.hyoka.importer.InputResult;
import org.hyoka.importer.SheetImporter;
import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.SheetRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start (no sheet stored yet) loads the eight つくば市 sheets of 令和6年度 that ship as
 * sample data, through the same importer a user's upload goes through, so that a new installation
 * shows something real. Runs before other startup tasks, such as building the search index.
 * <p>
 * They are stored published ({@link SheetRepository#saveAll}), not as the drafts an import makes: they
 * are history, sheets the city has already published.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "hyoka.sample-data.enabled", havingValue = "true", matchIfMissing = true)
class SampleData implements ApplicationRunner {

    static final String RESOURCE = "/sample/tsukuba-r06-seed.txt";
    static final MunicipalityCode TSUKUBA = new MunicipalityCode("082201");

    private static final Logger log = LoggerFactory.getLogger(SampleData.class);

    private final SheetRepository repository;

    SampleData(SheetRepository repository) {
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.countAll() > 0) {
            return;
        }
        List<Sheet> sheets = sampleSheets();
        repository.saveAll(sheets);
        log.info("Loaded {} sample sheets of つくば市 into the empty database", sheets.size());
    }

    static List<Sheet> sampleSheets() {
        byte[] text;
        try (InputStream in = SampleData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application jar");
            }
            text = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SheetImporter importer = SheetImporter.standard();
        InputResult result = importer.importBytes("sample" + RESOURCE, text,
                Optional.of(MunicipalityDirectory.shipped().municipality(TSUKUBA)));
        if (result instanceof InputResult.Read read) {
            return read.importedSheets();
        }
        throw new IllegalStateException("the shipped sample data does not import: " + result.reportLines());
    }
}
