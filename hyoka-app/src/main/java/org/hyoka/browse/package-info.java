/** The public pages: the list of sheets with filters, search, and the sheet page with its figures and charts. */
@NullMarked
package org.hyoka.browse;

import org.jspecify.annotations.NullMarked;
