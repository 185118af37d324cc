/** JMH benchmarks of the importer: text parsing throughput and where PDF import spends its time. */
@NullMarked
package org.hyoka.benchmarks;

import org.jspecify.annotations.NullMarked;
