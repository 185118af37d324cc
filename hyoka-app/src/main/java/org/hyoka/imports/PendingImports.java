package org.hyoka.imports;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Previews waiting for confirmation, in memory, for 30 minutes. Only the user who uploaded can
 * confirm, and only once. A restart forgets them: the user uploads again.
 */
@Component
class PendingImports {

    static final Duration LIFETIME = Duration.ofMinutes(30);
    static final int MAX_PENDING = 200;

    private final ConcurrentHashMap<String, ImportPreview> byToken = new ConcurrentHashMap<>();
    private final Clock clock;

    PendingImports() {
        this(Clock.systemUTC());
    }

    PendingImports(Clock clock) {
        this.clock = clock;
    }

    void keep(ImportPreview preview) {
        byToken.values().removeIf(this::expired);
        if (byToken.size() >= MAX_PENDING) {
            byToken.values().stream().min(java.util.Comparator.comparing(ImportPreview::createdAt))
                    .ifPresent(oldest -> byToken.remove(oldest.token()));
        }
        byToken.put(preview.token(), preview);
    }

    Optional<ImportPreview> peek(String token, String owner) {
        return Optional.ofNullable(byToken.get(token)).filter(p -> p.owner().equals(owner) && !expired(p));
    }

    /** Removes and returns the preview: a second confirmation finds nothing. */
    Optional<ImportPreview> take(String token, String owner) {
        Optional<ImportPreview> preview = peek(token, owner);
        preview.ifPresent(p -> byToken.remove(token, p));
        return preview;
    }

    private boolean expired(ImportPreview preview) {
        return preview.createdAt().plus(LIFETIME).isBefore(clock.instant());
    }
}
