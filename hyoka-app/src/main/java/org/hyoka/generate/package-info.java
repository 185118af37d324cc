/** Synthetic sheets for demos, load tests and benchmarks: plausible, varied, arithmetically sound, plain Java. */
@NullMarked
package org.hyoka.generate;

import org.jspecify.annotations.NullMarked;
