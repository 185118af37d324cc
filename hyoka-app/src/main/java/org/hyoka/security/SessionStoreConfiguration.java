package org.hyoka.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The session store the session filter uses: Spring Session JDBC as auto-configured (shared by every node),
 * wrapped in {@link CoarseAccessSessions} so that a request that changes nothing in the session does not write
 * it. Wrapped after it is made, not replaced: a session repository bean of our own would make the
 * auto-configuration back off and take its settings (table, timeout, cleanup) with it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SessionStoreConfiguration {

    @Bean
    static BeanPostProcessor coarseAccessSessions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository jdbc ? new CoarseAccessSessions(jdbc) : bean;
            }
        };
    }
}
