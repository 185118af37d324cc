/**
 * The public dashboards at {@code /dashboard}: costs, directions, achievement of indicators and plan coverage
 * of published sheets, aggregated in SQL, each table linking to the list of sheets behind its numbers.
 */
@NullMarked
package org.hyoka.dashboard;

import org.jspecify.annotations.NullMarked;
