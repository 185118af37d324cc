package org.hyoka.sheets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Where a keyset page ends: the sort and the last row's sort key (its values and id), so that the next page
 * starts strictly after it whatever was inserted meanwhile. Opaque to clients: {@link #token()} is
 * base64url of a versioned text, and {@link #parse} refuses anything it did not write.
 *
 * @param values the row's values of {@link SheetKeyset#keys} for {@code sort}, in order ({@code null} where
 *        the row has none)
 */
public record SheetCursor(SheetSort sort, List<@Nullable Object> values, long id) {

    private static final String VERSION = "1";
    private static final String SEPARATOR = "~";

    public SheetCursor {
        values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The cursor after this row of a list in this order. */
    public static SheetCursor after(SheetSummary row, SheetSort sort) {
        List<@Nullable Object> values = new ArrayList<>();
        switch (sort) {
            case NUMBER -> {
                values.add(row.municipalityCode());
                values.add(row.fiscalYear());
                values.add(row.sheetNumber());
            }
            case TITLE -> values.add(row.title());
            case FULL_COST_DESC, FULL_COST_ASC -> values.add(row.fullCost());
        }
        return new SheetCursor(sort, values, row.id());
    }

    public String token() {
        StringBuilder text = new StringBuilder(VERSION).append(SEPARATOR).append(sort.name());
        for (Object value : values) {
            text.append(SEPARATOR).append(part(value));
        }
        text.append(SEPARATOR).append(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a token stands for, if it is one this class wrote for a list in {@code sort} order. */
    public static Optional<SheetCursor> parse(String token, SheetSort sort) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8)
                    .split(SEPARATOR, -1);
            int keys = SheetKeyset.keys(sort).size();
            if (parts.length != keys + 3 || !parts[0].equals(VERSION) || !parts[1].equals(sort.name())) {
                return Optional.empty();
            }
            List<@Nullable Object> values = new ArrayList<>();
            for (int i = 0; i < keys; i++) {
                values.add(value(parts[2 + i]));
            }
            for (int i = 0; i < keys; i++) {
                Object value = values.get(i);
                if (value != null && !SheetKeyset.keys(sort).get(i).type().isInstance(value)) {
                    return Optional.empty();
                }
                if (value == null && !SheetKeyset.keys(sort).get(i).nullable()) {
                    return Optional.empty();
                }
            }
            return Optional.of(new SheetCursor(sort, values, Long.parseLong(parts[parts.length - 1])));
        } catch (IllegalArgumentException notACursor) { // bad base64 or number
            return Optional.empty();
        }
    }

    private static String part(@Nullable Object value) {
        if (value == null) {
            return "n";
        } else if (value instanceof Integer i) {
            return "i" + i;
        } else if (value instanceof Long l) {
            return "l" + l;
        } else if (value instanceof String s) {
            return "s" + Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
        }
        throw new IllegalStateException("no cursor value of " + value.getClass());
    }

    private static @Nullable Object value(String part) {
        if (part.isEmpty()) {
            throw new IllegalArgumentException("an empty cursor value");
        }
        if (part.equals("n")) {
            return null;
        }
        String rest = part.substring(1);
        return switch (part.charAt(0)) {
            case 'i' -> Integer.valueOf(rest);
            case 'l' -> Long.valueOf(rest);
            case 's' -> new String(Base64.getUrlDecoder().decode(rest), StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException("no cursor value " + part);
        };
    }
}
