/**
 * The public caches, Caffeine behind Spring's cache abstraction: one {@code CacheManager} whose caches
 * are sized in {@code application.properties} ({@code hyoka.caches.*}), counted for Prometheus, and
 * emptied or evicted by whoever fills them on every change of the public corpus, local or another node's.
 */
@NullMarked
package org.hyoka.caching;

import org.jspecify.annotations.NullMarked;
