/**
 * Table profiles: a versioned JSON file that says how another city's table (one row a project, as .xlsx
 * or CSV) maps to the sheet's fields, so that a city brings its last years without retyping them.
 */
@NullMarked
package org.hyoka.tables.profile;

import org.jspecify.annotations.NullMarked;
