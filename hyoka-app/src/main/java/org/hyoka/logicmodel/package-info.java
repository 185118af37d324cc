/**
 * The logic model of one plan entry (a 戦略プラン code, or a 政策/施策/基本事業): its published projects of one
 * municipality and year, their activity and outcome indicators and costs, read from the derived tables.
 */
@NullMarked
package org.hyoka.logicmodel;

import org.jspecify.annotations.NullMarked;
