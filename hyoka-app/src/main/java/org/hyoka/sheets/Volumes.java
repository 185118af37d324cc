package org.hyoka.sheets;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;

import org.hyoka.publish.VolumePdf;
import org.hyoka.sheet.FiscalYear;
import org.hyoka.sheet.Sheet;
import org.springframework.stereotype.Component;

/**
 * A municipality's bound volume of a year, from its published sheets: the contents are read first
 * (a summary a sheet), then the sheets a batch at a time while the PDF is drawn.
 */
@Component
public class Volumes {

    /** What writing a volume gave. */
    public sealed interface Result {
        /** The volume was written: so many sheets, and texts that did not print as stored. */
        record Written(int sheets, List<String> notes) implements Result {
            public Written {
                notes = List.copyOf(notes);
            }
        }

        /** The municipality has no published sheet of that year: nothing was written. */
        record Empty() implements Result {
        }
    }

    private final SheetRepository repository;

    public Volumes(SheetRepository repository) {
        this.repository = repository;
    }

    /** Whether there is anything to bind, without drawing it. */
    public List<SheetSummary> contents(String municipalityCode, int fiscalYear) {
        return repository.volumeContents(municipalityCode, fiscalYear);
    }

    public Result write(List<SheetSummary> contents, int fiscalYear, OutputStream out) {
        if (contents.isEmpty()) {
            return new Result.Empty();
        }
        SheetSummary first = contents.get(0);
        String municipality = first.municipalityName() != null ? first.municipalityName()
                : String.valueOf(first.municipalityCode());
        Iterator<StoredSheet> stored = repository.inOrder(contents.stream().map(SheetSummary::id).toList());
        Iterator<Sheet> sheets = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return stored.hasNext();
            }

            @Override
            public Sheet next() {
                return stored.next().sheet();
            }
        };
        List<VolumePdf.Contents> lines = contents.stream()
                .map(s -> new VolumePdf.Contents(s.department(), s.division(), s.sheetNumber(), s.title())).toList();
        List<String> notes = VolumePdf.write(municipality, FiscalYear.of(fiscalYear), lines, sheets, out);
        return new Result.Written(contents.size(), notes);
    }
}
