package org.hyoka.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hyoka.fixtures.Fixtures;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;

/**
 * Documents that are not one interchange document although each sheet in them is valid, which every
 * way in must refuse with the one reader's reason: CLI validate and import, the upload and the API.
 */
public final class LooseDocuments {

    /** @param reason the one-line reason of the interchange reader, as every path must show it */
    public record Loose(String name, String document, String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static final List<Loose> ALL = List.of(
            loose("duplicate key", Fixtures.expectedJson(4).replaceFirst("\\{", "{\"title\": \"別の事業名\","),
                    "Duplicate"),
            loose("two documents back to back", Fixtures.expectedJson(4) + "\n" + Fixtures.expectedJson(1),
                    "more content after the end of the document"),
            loose("trailing garbage", "[" + Fixtures.expectedJson(4) + "]\n}garbage", "not JSON"));

    private LooseDocuments() {
    }

    private static Loose loose(String name, String document, String expected) {
        ReadResult result = new SheetJson().read(document);
        assertThat(result).as(name).isInstanceOf(ReadResult.Unreadable.class);
        String reason = ((ReadResult.Unreadable) result).reason();
        assertThat(reason).as(name).contains(expected).contains("line");
        return new Loose(name, document, reason);
    }
}
