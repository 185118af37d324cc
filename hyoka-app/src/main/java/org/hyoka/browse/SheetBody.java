package org.hyoka.browse;

import java.util.List;

import org.hyoka.arithmetic.Finding;
import org.hyoka.sheet.Sheet;

/**
 * What the one sheet template ({@code sheetbody.jte}) shows: the public sheet page and the workbench's
 * view of a working revision lay a sheet out the same way, with its figures and findings.
 */
public interface SheetBody {

    Sheet sheet();

    List<IndicatorView> firstPageIndicators();

    List<IndicatorView> secondPageIndicators();

    CostView costs();

    List<Finding> otherFindings();

    /** The sections of a sheet of any form but つくば市's, as that form lays them out. */
    default FormSections sections() {
        return FormSections.of(this);
    }
}
