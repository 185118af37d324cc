/**
 * Municipalities as tenants of one installation: each has its own accounts, settings and sheets in
 * the cycle, and nothing of one reaches another. The installation's operator registers them.
 */
@NullMarked
package org.hyoka.municipalities;

import org.jspecify.annotations.NullMarked;
