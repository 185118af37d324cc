package org.hyoka.sheet;

import org.jspecify.annotations.Nullable;

/**
 * One named item of a self-assessment, as the form prints it: a score (つくば市's 市民ニーズ 1–5) or a verdict
 * (大船渡市's 公共関与の妥当性: 妥当である), and the comment that argues it.
 */
public record NamedAssessment(String name, @Nullable Integer score, @Nullable String verdict, @Nullable String comment) {
}
