package org.hyoka.importer.pdf;

/** What reading a PDF gave: its text layer, or why it was refused. Reading never throws. */
public sealed interface PdfReading permits PdfReading.Text, PdfRefusal {

    /** The text in drawing order, runs apart by a blank line, pages by a form feed; line breaks are LF. */
    record Text(String text) implements PdfReading {
    }
}
