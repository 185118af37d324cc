/**
 * Every error answer, whoever produces it (a controller, Spring Security, Tomcat itself): a Japanese
 * page in Hyoka's layout for people, an RFC 9457 problem for the API, the security headers on both.
 */
@NullMarked
package org.hyoka.errors;

import org.jspecify.annotations.NullMarked;
