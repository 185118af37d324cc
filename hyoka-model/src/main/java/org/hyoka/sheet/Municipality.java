package org.hyoka.sheet;

import org.jspecify.annotations.Nullable;

/** The city whose sheet this is; the printed sheet never names it, the importer is told. */
public record Municipality(@Nullable MunicipalityCode code, @Nullable String name) {
}
