/** The JSON API: sheets as interchange JSON, lists with the list page's filters, errors as RFC 9457 problems. */
@NullMarked
package org.hyoka.api;

import org.jspecify.annotations.NullMarked;
