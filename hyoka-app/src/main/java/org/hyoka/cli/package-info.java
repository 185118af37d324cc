/** The command line: validate, calculate, parse, import and serve, one class a command. */
@NullMarked
package org.hyoka.cli;

import org.jspecify.annotations.NullMarked;
