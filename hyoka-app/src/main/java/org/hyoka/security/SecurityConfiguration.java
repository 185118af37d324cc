package org.hyoka.security;

import java.io.IOException;
import java.util.Optional;

import org.hyoka.accounts.PasswordLinks;
import org.hyoka.accounts.SignedIn;
import org.hyoka.accounts.UserAccounts;
import org.hyoka.workflow.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may use which route. Reading published sheets is public; everything else needs an account,
 * and the evaluation cycle's finer rules (own 課, state) are decided per sheet by the evaluation
 * service. Two chains:
 * <ul>
 * <li>the public JSON API under /api/ (not /api/evaluation/): stateless, HTTP Basic only. CSRF
 * protection is off here because no cookie ever authenticates such a request, and POST accepts
 * only application/json, which a cross-site form cannot send without a CORS preflight that we
 * never allow.</li>
 * <li>everything else, the evaluation cycle's JSON included: the session from form login or OpenID
 * Connect, CSRF on for every unsafe request.</li>
 * </ul>
 * Failed sign-ins are throttled on both chains ({@link LoginThrottle}). Sessions live in the
 * database (Spring Session JDBC); the cookie is HttpOnly and SameSite=Lax, and Secure whenever the
 * request came over TLS (or always, with server.servlet.session.cookie.secure=true).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String ADMINISTRATOR = Role.ADMINISTRATOR.name();

    static final String CONTENT_SECURITY_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY;

    /**
     * Where staff land after signing in: their work list, not the public home page. A page they asked
     * for before signing in still wins (the saved request).
     */
    static final String STAFF_HOME = "/workbench";

    /** Where the installation's operator lands instead: the municipalities, the operator's only page. */
    static final String OPERATOR_HOME = "/operator/municipalities";

    private static final RequestMatcher EVALUATION_API = path("/api/evaluation/**");

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, LoginThrottle throttle) throws Exception {
        return http.securityMatcher(new AndRequestMatcher(path("/api/**"), new NegatedRequestMatcher(EVALUATION_API)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/sheets", "/api/sheets/**").permitAll()
                        // the logic model of published sheets: public reading, as its pages
                        .requestMatchers(HttpMethod.GET, "/api/logic-model", "/api/logic-model/**").permitAll()
                        // national aggregates of published sheets: public reading, as the dashboards
                        .requestMatchers(HttpMethod.GET, "/api/aggregates/**").permitAll()
                        // the CKAN action API of the open-data catalog: public reading, like the files it lists
                        .requestMatchers(HttpMethod.GET, "/api/3/action/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/sheets").hasRole(ADMINISTRATOR)
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.realmName("hyoka"))
                .addFilterBefore(new LoginThrottleFilter(throttle), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, LoginThrottle throttle, UserAccounts accounts,
            ObjectProvider<ClientRegistrationRepository> oidcProviders,
            @Value("${hyoka.oidc.username-claim:preferred_username}") String usernameClaim) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/login", "/error").permitAll()
                // a one-time link's holder is not signed in: the token is the key (AccountAdministration)
                .requestMatchers(PasswordLinks.PATH + "*").permitAll()
                .requestMatchers("/imports", "/imports/**", "/settings", "/settings/**", "/workbench/audit",
                        "/workbench/audit/**", "/workbench/rollover", "/workbench/rollover/**", "/api/evaluation/rollover",
                        "/workbench/accounts", "/workbench/accounts/**")
                .hasRole(ADMINISTRATOR)
                .requestMatchers(OPERATOR_HOME, OPERATOR_HOME + "/**").hasRole(Role.OPERATOR.name())
                // the office and reviewers follow every 課; the controllers say so too, this is the second lock
                .requestMatchers("/workbench/progress", "/workbench/progress.csv", "/api/evaluation/progress")
                .hasAnyRole(ADMINISTRATOR, Role.REVIEWER.name())
                // the evaluation cycle: any account; the service decides per sheet and 課
                .requestMatchers("/workbench", "/workbench/**", "/api/evaluation/**").authenticated()
                // every page that only shows is public: published sheets, search, documents, assets
                .requestMatchers(HttpMethod.GET, "/**").permitAll()
                .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                .anyRequest().hasRole(ADMINISTRATOR))
                .formLogin(form -> form.loginPage("/login").successHandler(landing()).permitAll())
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInFirst())
                        .accessDeniedHandler(SecurityConfiguration::refuse))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        Optional<ClientRegistrationRepository> providers = Optional.ofNullable(oidcProviders.getIfAvailable());
        if (providers.isPresent()) {
            OidcAccounts mapped = new OidcAccounts(accounts, new OidcAccountMapping(usernameClaim));
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(mapped))
                    .successHandler(landing())
                    .failureHandler((request, response, exception) -> response.sendRedirect(
                            request.getContextPath() + "/login?oidc=" + oidcFailure(exception))));
        }
        return http.build();
    }

    /** Staff to their work list, the operator to the municipalities; a page asked for before signing in still wins. */
    private static AuthenticationSuccessHandler landing() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
                    Authentication authentication) {
                return home(authentication);
            }
        };
        return handler;
    }

    /** The page a signed-in person starts from. */
    static String home(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .anyMatch(a -> SignedIn.authority(Role.OPERATOR).equals(a.getAuthority())) ? OPERATOR_HOME : STAFF_HOME;
    }

    /** A script asking for the evaluation JSON gets 401; a person asking for a page, the login page. */
    private static AuthenticationEntryPoint signInFirst() {
        AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
        AuthenticationEntryPoint status = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        return (request, response, exception) -> (EVALUATION_API.matches(request) ? status : loginPage)
                .commence(request, response, exception);
    }

    /**
     * 403 through the error page, which is told why: a form without its valid CSRF token reads
     * differently from a missing permission (Spring's handler names the cause only with an error page of its own).
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (!response.isCommitted()) {
            request.setAttribute(WebAttributes.ACCESS_DENIED_403, denied);
            response.sendError(HttpStatus.FORBIDDEN.value());
        }
    }

    static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /** One of the codes the login page knows; never the provider's own text, which is not ours to show. */
    private static String oidcFailure(Exception exception) {
        if (exception instanceof OAuth2AuthenticationException oauth
                && oauth.getError().getErrorCode().startsWith(OidcAccounts.ERROR_PREFIX)) {
            return oauth.getError().getErrorCode().substring(OidcAccounts.ERROR_PREFIX.length());
        }
        return "error";
    }
}
