package org.hyoka.evaluation;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.hyoka.errors.JapaneseProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every error of the evaluation API as application/problem+json; the standard MVC ones from the base class. */
@RestControllerAdvice(assignableTypes = EvaluationApiController.class)
@ConditionalOnWebApplication
class EvaluationApiProblems extends JapaneseProblems {

    @ExceptionHandler(ApiRefusal.class)
    ProblemDetail refused(ApiRefusal refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.status(), refusal.getMessage());
        problem.setTitle(refusal.title());
        refusal.properties().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException denied) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, denied.getMessage());
        problem.setTitle("Refused");
        return problem;
    }
}
