package org.hyoka.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Reading is public; changing needs an account. Two chains:
 * <ul>
 * <li>/api/**: stateless, HTTP Basic only. CSRF protection is off here because no cookie ever
 * authenticates an API request (the login session is not consulted), and POST accepts only
 * application/json, which a cross-site form cannot send without a CORS preflight that we never allow.</li>
 * <li>everything else: form login at /login with a session, CSRF on for every form.</li>
 * </ul>
 * Login throttling comes with the workflow of issue 5.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String ADMIN = "ADMIN";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/sheets", "/api/sheets/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/sheets").hasRole(ADMIN)
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.realmName("hyoka"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/imports", "/imports/**").hasRole(ADMIN)
                        .requestMatchers("/login", "/error").permitAll()
                        // every page that only shows is public: sheets, search, documents, assets
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().hasRole(ADMIN))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "frame-ancestors 'none'; form-action 'self'")))
                .build();
    }
}
