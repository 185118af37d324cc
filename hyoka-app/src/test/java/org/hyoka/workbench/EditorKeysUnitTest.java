package org.hyoka.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyoka.fixtures.SheetBuilder;
import org.junit.jupiter.api.Test;

/**
 * The editor's page and its form names agree: every name the page writes out is one the form reads (from
 * the descriptor), and every sheet-level field the form offers has its input on the page, so a field added
 * to the descriptor fails here until the editor shows it (for a sheet of either form).
 */
class EditorKeysUnitTest {

    /** An input named outright: through the field template ({@code key = "title"}) or as a select ({@code name="continuity"}). */
    private static final Pattern KEY = Pattern.compile("(?:key = |name=)\"([^\"\\[$]+)\"");

    @Test
    void thePageAndTheFormNameTheSameFields() throws IOException {
        String page = Files.readString(Path.of("src/main/jte/workbench/edit.jte"), StandardCharsets.UTF_8);
        // a sheet of each form: between them they offer every field of the descriptor
        List<String> keys = new java.util.ArrayList<>(SheetForm.keys(FormLayout.of(SheetBuilder.aSheet().build())));
        keys.addAll(SheetForm.keys(FormLayout.of(org.hyoka.fixtures.TaishoSheets.libraryMaterials())));
        Matcher written = KEY.matcher(page);
        int found = 0;
        while (written.find()) {
            if (List.of("action", "baseRevision").contains(written.group(1))) {
                continue; // the form's controls, not fields of the sheet
            }
            found++;
            assertThat(keys).as("the page's input %s", written.group(1)).contains(written.group(1));
        }
        assertThat(found).isGreaterThan(20);

        for (String key : keys) {
            boolean inALoop = key.contains("[") || key.startsWith("sdgs.") || key.startsWith("assessment.");
            if (!inALoop) {
                assertThat(page.contains("key = \"" + key + "\"") || page.contains("name=\"" + key + "\""))
                        .as("an input for %s", key).isTrue();
            }
        }
    }
}
