/** The Spring Boot application: wiring, configuration and startup tasks. */
@NullMarked
package org.hyoka.app;

import org.jspecify.annotations.NullMarked;
