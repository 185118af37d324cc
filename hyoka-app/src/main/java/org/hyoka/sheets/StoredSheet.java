package org.hyoka.sheets;

import java.time.Instant;

import org.hyoka.sheet.Sheet;

/** A sheet as the database holds it: its internal id, the sheet itself and when it was saved. */
public record StoredSheet(long id, Sheet sheet, Instant savedAt) {
}
