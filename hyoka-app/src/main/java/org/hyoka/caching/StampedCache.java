package org.hyoka.caching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;

import org.hyoka.metrics.HitCounter;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;

import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A Spring cache whose values are computed outside it and kept only if no eviction happened
 * meanwhile. Filling is slow (a GROUP BY over the corpus, a page rendered) and an eviction is the
 * after-commit news of a change: a value read from the data before that change and stored after the
 * eviction would stay stale until the next one. So a filler takes a {@link #stamp()} before it reads,
 * and {@link #putIfUnchanged} drops the value when any eviction came in between.
 */
public final class StampedCache<K, V> {

    private final Cache cache;
    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> entries;
    private final Class<V> type;
    private final Object lock = new Object();
    /** Counts evictions; guarded by {@link #lock} together with the puts. */
    private long evictions;

    private StampedCache(CaffeineCache cache, Class<V> type) {
        this.cache = cache;
        this.entries = cache.getNativeCache();
        this.type = type;
    }

    /** The manager's cache of this name, which must be a configured Caffeine cache. */
    @SuppressWarnings("unchecked")
    public static <K, V> StampedCache<K, V> of(CacheManager manager, String name, Class<? super V> type) {
        if (!(manager.getCache(name) instanceof CaffeineCache cache)) {
            throw new IllegalStateException("no Caffeine cache named " + name + " (hyoka.caches.*)");
        }
        return new StampedCache<>(cache, (Class<V>) type);
    }

    /** A cache of its own, outside any manager (the search index makes its result cache itself). */
    @SuppressWarnings("unchecked")
    public static <K, V> StampedCache<K, V> standalone(String name, long maximumSize, Class<? super V> type) {
        return new StampedCache<>(new CaffeineCache(name, Caffeine.newBuilder().maximumSize(maximumSize)
                .recordStats().executor(Runnable::run).build(), false), (Class<V>) type);
    }

    public String name() {
        return cache.getName();
    }

    /** The kept value, counted as a hit or a miss. */
    public Optional<V> find(K key) {
        return Optional.ofNullable(cache.get(key, type));
    }

    /** To be taken before reading what the value is computed from. */
    public long stamp() {
        synchronized (lock) {
            return evictions;
        }
    }

    /** Keeps the value unless the cache evicted anything since {@code stamp}. */
    public void putIfUnchanged(K key, V value, long stamp) {
        synchronized (lock) {
            if (evictions == stamp) {
                cache.put(key, value);
            }
        }
    }

    public void evict(Collection<? extends K> keys) {
        synchronized (lock) {
            evictions++;
            keys.forEach(cache::evict);
        }
    }

    public void clear() {
        synchronized (lock) {
            evictions++;
            cache.clear();
        }
    }

    /** The keys of the entries that match, read from a snapshot (each entry is visited once, none locked). */
    @SuppressWarnings("unchecked")
    public List<K> keysWhere(BiPredicate<K, V> test) {
        List<K> keys = new ArrayList<>();
        entries.asMap().forEach((key, value) -> {
            if (type.isInstance(value) && test.test((K) key, type.cast(value))) {
                keys.add((K) key);
            }
        });
        return keys;
    }

    /** True when nothing is kept (an estimate: entries may be leaving or arriving meanwhile). */
    public boolean isEmpty() {
        return entries.estimatedSize() == 0;
    }

    public HitCounter hitCounter() {
        return counter(entries);
    }

    static HitCounter counter(com.github.benmanes.caffeine.cache.Cache<?, ?> cache) {
        Objects.requireNonNull(cache);
        return new HitCounter(() -> cache.stats().hitCount(), () -> cache.stats().missCount());
    }
}
