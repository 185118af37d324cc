package org.hyoka.importer.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper in drawing order, its glyphs cut into text boxes by their positions
 * ({@link TextBoxes}) rather than by PDFBox's paragraph heuristics, charging its {@link ReadingBudget} for each page, operator
 * and form it draws. PDFBox stops forms only at a nesting depth, so forms that draw each other many
 * times are walked exponentially; the visit count stops them after a few thousand drawings instead.
 */
final class LimitedTextStripper extends PDFTextStripper {

    private final ReadingBudget budget;
    private final StreamSizes sizes;
    private final List<TextBoxes.Glyph> glyphs = new ArrayList<>();
    private int textObject;

    LimitedTextStripper(ReadingBudget budget, StreamSizes sizes) {
        this.budget = budget;
        this.sizes = sizes;
        setSortByPosition(false);
        setLineSeparator("\n");
        setParagraphEnd("\n");
        setPageEnd("\n\f");
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        budget.page();
        for (Iterator<PDStream> streams = page.getContentStreams(); streams.hasNext();) {
            budget.interpret(sizes.of(streams.next().getCOSObject()));
        }
        super.processPage(page);
    }

    @Override
    public void beginText() throws IOException {
        textObject++;
        super.beginText();
    }

    /** Every glyph is kept with its place; PDFBox's own line and paragraph building is not used. */
    @Override
    protected void processTextPosition(TextPosition text) {
        if (text.getUnicode() == null) {
            return;
        }
        String font = text.getFont() == null ? "" : String.valueOf(text.getFont().getName());
        glyphs.add(new TextBoxes.Glyph(text.getUnicode(), text.getXDirAdj(), text.getYDirAdj(),
                text.getWidthDirAdj(), text.getFontSizeInPt(), font, textObject));
    }

    @Override
    protected void writePage() throws IOException {
        writePageStart();
        output.write(TextBoxes.page(glyphs));
        glyphs.clear();
        writePageEnd();
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        budget.xobjectVisit();
        budget.interpret(sizes.of(form.getCOSObject()));
        super.showForm(form);
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
        budget.xobjectVisit();
        budget.interpret(sizes.of(form.getCOSObject()));
        super.showTransparencyGroup(form);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.operator();
        super.processOperator(operator, operands);
    }
}
