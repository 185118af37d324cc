/**
 * 他の自治体の類似事業: the published sheets of other municipalities most like a sheet (More-Like-This in
 * the search index), with their full cost, cost per unit of output and, where the city entered its
 * population, the full cost per resident; on the sheet page and as JSON.
 */
@NullMarked
package org.hyoka.similar;

import org.jspecify.annotations.NullMarked;
