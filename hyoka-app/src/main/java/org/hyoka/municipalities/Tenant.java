package org.hyoka.municipalities;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A municipality registered in this installation; {@code openDataLicence} is null until its office sets one. */
public record Tenant(String code, String name, @Nullable String openDataLicence, Instant createdAt) {
}
