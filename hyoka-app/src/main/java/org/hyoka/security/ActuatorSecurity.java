package org.hyoka.security;

import org.hyoka.workflow.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The actuator's endpoints and who sees them: health (liveness, readiness) is public, for load
 * balancers and orchestrators, and says UP or not with the names of its parts; everything else
 * (prometheus, metrics, health details) needs the installation's operator, by HTTP Basic so that a
 * Prometheus scraper signs in without a session (throttled like every sign-in). The same rules hold
 * on a separate management port (management.server.port and management.server.address, README).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ActuatorSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain actuatorChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .anyRequest().hasRole(Role.OPERATOR.name()))
                .httpBasic(basic -> basic.realmName("hyoka-operations"))
                .addFilterBefore(new LoginThrottleFilter(throttle), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
