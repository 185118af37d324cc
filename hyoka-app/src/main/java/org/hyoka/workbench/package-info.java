/** The evaluation cycle's screens: work list, the sheet editor, reviewer actions, progress, history, audit, rollover. */
@NullMarked
package org.hyoka.workbench;

import org.jspecify.annotations.NullMarked;
