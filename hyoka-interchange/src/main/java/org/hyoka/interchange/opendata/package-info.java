/**
 * Open data: the published sheets as the tables of the 自治体標準オープンデータセット style (one row a
 * sheet, an indicator × year, a sheet × year, an assessment item, an extra text), written as CSV one sheet at a time.
 */
@NullMarked
package org.hyoka.interchange.opendata;

import org.jspecify.annotations.NullMarked;
