package org.hyoka.errors;

import java.io.IOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The application's error page, in place of Boot's (English, "Whitelabel"): where the servlet
 * container forwards every error status and uncaught exception, whatever the method. Asked for
 * directly, /error is a page that does not exist. The security headers are set here as well,
 * because a request Spring Security's firewall rejected comes here without them.
 */
@Controller
@ConditionalOnWebApplication
class ErrorPageController implements ErrorController {

    private final ErrorResponses responses;

    ErrorPageController(ErrorResponses responses) {
        this.responses = responses;
    }

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status ? status : 404;
        // Tomcat answers a multipart it could not write to disk as a bad request (400); it is the server's disk
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DiskFull.causes(failure)) {
            code = ErrorStatus.INSUFFICIENT_STORAGE;
        }
        ErrorStatus status = request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException
                ? ErrorStatus.FORM_EXPIRED
                : ErrorStatus.of(code);
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                ? uri.substring(Math.min(uri.length(), request.getContextPath().length()))
                : request.getRequestURI();
        responses.write(response, code, responses.render(status, Audience.of(path, request.getHeader("Accept")), path));
    }
}
