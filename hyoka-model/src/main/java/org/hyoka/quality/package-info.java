/**
 * Sheet-quality checks: what makes a sheet hard to read or to trust though its numbers add up (no
 * indicator, no 成果指標, a text copied from another sheet …), each rule described once in {@link QualityRule}.
 */
@NullMarked
package org.hyoka.quality;

import org.jspecify.annotations.NullMarked;
