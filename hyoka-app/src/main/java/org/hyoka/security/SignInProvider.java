package org.hyoka.security;

/** An OpenID Connect provider offered on the login page. */
public record SignInProvider(String registrationId, String name) {
}
