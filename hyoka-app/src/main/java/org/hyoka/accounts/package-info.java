/** User accounts: who may import and (from issue 5) edit and review, with hashed passwords only. */
@NullMarked
package org.hyoka.accounts;

import org.jspecify.annotations.NullMarked;
