package org.hyoka.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hyoka.fixtures.Fixtures;
import org.hyoka.fixtures.RandomSheets;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;

/** Sheets written one at a time into an array are the bytes of the whole array written at once. */
class SheetArrayWriterTest {

    private final SheetJson json = new SheetJson();

    private byte[] streamed(List<Sheet> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetArrayWriter writer = json.arrayWriter(out)) {
            sheets.forEach(writer::write);
        }
        return out.toByteArray();
    }

    private void writesAsWriteAll(List<Sheet> sheets) {
        assertThat(new String(streamed(sheets), StandardCharsets.UTF_8)).isEqualTo(json.writeAll(sheets));
    }

    @Test
    void randomSheetsAreTheBytesOfWriteAll() {
        writesAsWriteAll(new RandomSheets(11).take(60));
    }

    @Test
    void theFixturesNoSheetAndOneSheetAreTheBytesOfWriteAll() {
        List<Sheet> fixtures = Fixtures.EXPECTED_SHEETS.stream()
                .map(n -> ((ReadResult.Valid) json.read(Fixtures.expectedJson(n))).sheets().get(0)).toList();

        writesAsWriteAll(fixtures);
        writesAsWriteAll(List.of());
        writesAsWriteAll(fixtures.subList(0, 1));
    }

    @Test
    void closingLeavesTheStreamOpenForWhatTheCallerWritesAfter() {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the writer closed the caller's stream");
            }
        };
        try (SheetArrayWriter writer = json.arrayWriter(out)) {
            writer.write(new RandomSheets(3).next());
        }
        out.write('\n');

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("[ {").endsWith("} ]\n");
    }
}
