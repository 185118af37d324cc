/** What the caches count for the operators' metrics, free of any metrics library. */
@NullMarked
package org.hyoka.metrics;

import org.jspecify.annotations.NullMarked;
