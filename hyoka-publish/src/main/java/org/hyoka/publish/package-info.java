/** Publishing a sheet: the printed two-page form as PDF, and a municipality's bound volume of a year. */
@NullMarked
package org.hyoka.publish;

import org.jspecify.annotations.NullMarked;
