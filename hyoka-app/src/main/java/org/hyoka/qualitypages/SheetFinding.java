package org.hyoka.qualitypages;

import org.hyoka.quality.QualityRule;

/** A quality finding as a page shows it: the rule (its title links to its page) and what was found. */
public record SheetFinding(QualityRule rule, String message) {

    public String href() {
        return QualityController.RULES + "/" + rule.id();
    }
}
