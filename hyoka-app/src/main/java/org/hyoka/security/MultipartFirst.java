package org.hyoka.security;

import java.io.IOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.util.WebUtils;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reads a multipart upload before Spring Security, so that the CSRF filter finds the form's
 * {@code _csrf} field in the body (where a form without script puts it) rather than in the URL,
 * where it would end up in logs and the browser's history. An upload over the limits is answered
 * here with 413, before the CSRF check, so that it is told "too large" rather than "expired form".
 * The DispatcherServlet then takes the request as already read; this filter cleans up its files.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class MultipartFirst {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> multipartBeforeSecurity(MultipartResolver resolver) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(resolver));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final MultipartResolver resolver;

        Filter(MultipartResolver resolver) {
            this.resolver = resolver;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class) != null
                    || !resolver.isMultipart(request)) {
                chain.doFilter(request, response);
                return;
            }
            MultipartHttpServletRequest multipart;
            try {
                multipart = resolver.resolveMultipart(request);
            } catch (MultipartException unreadable) {
                // named as the error's exception, so that the error page's dispatch does not read the body again
                request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, unreadable);
                response.sendError(unreadable instanceof MaxUploadSizeExceededException
                        ? HttpStatus.CONTENT_TOO_LARGE.value()
                        : HttpStatus.BAD_REQUEST.value());
                return;
            }
            try {
                chain.doFilter(multipart, response);
            } finally {
                resolver.cleanupMultipart(multipart);
            }
        }
    }
}
