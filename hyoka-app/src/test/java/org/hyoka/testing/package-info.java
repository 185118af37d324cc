/** Test support shared by the app's tests: real databases, started once per test run. */
@NullMarked
package org.hyoka.testing;

import org.jspecify.annotations.NullMarked;
