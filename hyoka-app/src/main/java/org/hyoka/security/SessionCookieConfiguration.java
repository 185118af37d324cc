package org.hyoka.security;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie, made here rather than left to auto-configuration, which applies the
 * server.servlet.session.cookie.* properties only when an embedded server runs: this way tests
 * see the cookie users get. HttpOnly always; SameSite=Lax unless set otherwise; Secure when the
 * request came over TLS, or always with server.servlet.session.cookie.secure=true.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SessionCookieConfiguration {

    @Bean
    CookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.name:HYOKA_SESSION}") String name,
            @Value("${server.servlet.session.cookie.same-site:Lax}") String sameSite,
            @Value("${server.servlet.session.cookie.secure:#{null}}") @Nullable Boolean secure) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(name);
        cookie.setCookiePath("/");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite(sameSite.isEmpty() ? "Lax" : Character.toUpperCase(sameSite.charAt(0))
                + sameSite.substring(1).toLowerCase(java.util.Locale.ROOT));
        if (secure != null) {
            cookie.setUseSecureCookie(secure);
        }
        return cookie;
    }
}
