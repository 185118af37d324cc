/** Who may do what on which route, and the login page. */
@NullMarked
package org.hyoka.security;

import org.jspecify.annotations.NullMarked;
