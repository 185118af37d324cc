/**
 * National aggregates of published sheets over the API ({@code /api/aggregates/…}), for analysts and other
 * systems: each one GROUP BY in the database, as JSON and as CSV.
 */
@NullMarked
package org.hyoka.aggregates;

import org.jspecify.annotations.NullMarked;
