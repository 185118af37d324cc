/** The evaluation office's settings: organization, unit costs, rubric, 方向性 vocabulary and deadlines. */
@NullMarked
package org.hyoka.settings;

import org.jspecify.annotations.NullMarked;
