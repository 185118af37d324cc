package org.hyoka.search;

/**
 * A sheet like another one, of another municipality.
 *
 * @param similarity the More-Like-This score relative to the score of the sheet against itself: 1 is
 *        as alike as the sheet is to itself, 0 nothing in common
 */
public record SimilarHit(long sheetId, String municipalityCode, float similarity) {
}
