package org.hyoka.sheets;

import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Sheet;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored form of a sheet: its interchange document, compact (the format's pretty printing would
 * only cost space). Reading goes through the codec's validation, so a document that no longer
 * follows the format is noticed instead of half-read; only the limits on texts that came after a document
 * was stored are not applied to it again.
 */
public final class SheetDocuments {

    private final SheetJson codec = SheetJson.forStoredDocuments();
    private final JsonMapper compact = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    public String write(Sheet sheet) {
        return compact.writeValueAsString(codec.toTree(sheet));
    }

    public Sheet read(long id, String document) {
        ReadResult result = codec.read(document);
        if (result instanceof ReadResult.Valid valid && valid.sheets().size() == 1) {
            return valid.sheets().get(0);
        }
        throw new IllegalStateException("the stored document of sheet " + id
                + " does not read as one interchange sheet: " + result);
    }
}
