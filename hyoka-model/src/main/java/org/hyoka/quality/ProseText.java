package org.hyoka.quality;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.hyoka.glossary.Field;
import org.hyoka.glossary.FieldGroup;
import org.hyoka.glossary.SheetPaths;
import org.hyoka.sheet.Sheet;

/**
 * One prose text of a sheet that {@link QualityRule#COPIED_TEXT} compares: its field, where it stands
 * (a path as {@link SheetPaths} names it) and a SHA-256 of the text without whitespace, so that copies
 * are found by comparing hashes (in SQL, by grouping) instead of texts.
 */
public record ProseText(Field field, String path, String hash) {

    /** The sheet's texts long enough to be worth comparing, in the order {@link SheetPaths} visits them. */
    public static List<ProseText> of(Sheet sheet) {
        List<ProseText> texts = new ArrayList<>();
        SheetPaths.visit(sheet, (path, field, value, year, slot) -> {
            if (field.group() == FieldGroup.SHEET && CopiedTexts.PROSE.contains(field.field()) && value instanceof String text) {
                String normalized = CopiedTexts.withoutWhitespace(text);
                if (normalized.length() >= CopiedTexts.MIN_CHARACTERS) {
                    texts.add(new ProseText(field.field(), path, hash(normalized)));
                }
            }
        });
        return List.copyOf(texts);
    }

    static String hash(String normalized) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
