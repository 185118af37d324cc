/** The evaluation cycle: who may move a sheet from which state to which. */
@NullMarked
package org.hyoka.workflow;

import org.jspecify.annotations.NullMarked;
