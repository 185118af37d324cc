package org.hyoka.api;

import java.util.List;

/** The ids of the sheets a POST saved, in document order, and where each can be read. */
record SavedResponse(List<Long> ids, List<String> locations) {
}
