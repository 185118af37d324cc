/** Full-text search over sheets in Japanese: a Lucene index with Kuromoji and bigram fields, and marked snippets. */
@NullMarked
package org.hyoka.search;

import org.jspecify.annotations.NullMarked;
