package org.hyoka.evaluation;

/** Next year's drafts made, and this year's sheets left alone because their draft already exists. */
public record RolloverResult(int created, int skippedExisting) {
}
