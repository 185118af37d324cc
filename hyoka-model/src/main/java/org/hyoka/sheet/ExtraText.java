package org.hyoka.sheet;

/**
 * A labelled value a form prints that the core of the sheet does not name (大船渡市's 事業開始のきっかけ, 全体計画 …):
 * kept with the form's own label so that nothing a source printed is dropped.
 */
public record ExtraText(String label, String text) {
}
