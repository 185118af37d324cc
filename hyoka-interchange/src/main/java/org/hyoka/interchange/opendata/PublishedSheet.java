package org.hyoka.interchange.opendata;

import java.time.LocalDate;

import org.hyoka.sheet.Sheet;

/** A published sheet as open data carries it: Hyoka's id for it (its page is /sheets/{id}) and the day it was published. */
public record PublishedSheet(long id, Sheet sheet, LocalDate published) {
}
