package org.hyoka.errors;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link JapaneseErrorReportValve} in place of Tomcat's error report (Boot adds one that hides the
 * stack trace but is English and carries none of our headers). It answers the requests Tomcat refuses
 * before the application sees them. Runs after Boot's own customizer, so that it can take Boot's valve
 * out, and names its class as the host's error report valve, so that the host adds no default one.
 */
@Component
@ConditionalOnWebApplication
class TomcatErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ErrorResponses responses;

    TomcatErrorReports(ErrorResponses responses) {
        this.responses = responses;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof JapaneseErrorReportValve)) {
                    host.getPipeline().removeValve(valve);
                }
            }
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(JapaneseErrorReportValve.class.getName());
            }
            host.getPipeline().addValve(new JapaneseErrorReportValve(responses));
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
