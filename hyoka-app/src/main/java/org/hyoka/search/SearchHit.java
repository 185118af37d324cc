package org.hyoka.search;

/**
 * One found sheet. {@code titleHtml} and {@code snippetHtml} are escaped HTML in which only
 * {@code <mark>} elements are markup, so pages may insert them as they are.
 */
public record SearchHit(long sheetId, float score, String titleHtml, String snippetHtml) {
}
