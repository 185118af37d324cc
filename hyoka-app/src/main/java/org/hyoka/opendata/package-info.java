/**
 * Open data: the published sheets of each municipality × year and of the whole corpus as CSV, JSON
 * and ZIP, streamed from the database with ETags; the catalog page, DCAT and the CKAN action API.
 */
@NullMarked
package org.hyoka.opendata;

import org.jspecify.annotations.NullMarked;
