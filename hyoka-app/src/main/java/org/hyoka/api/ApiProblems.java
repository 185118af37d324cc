package org.hyoka.api;

import org.hyoka.errors.JapaneseProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of the API as an RFC 9457 problem (application/problem+json), never a stack trace. The
 * standard MVC exceptions (wrong media type, 404 …) come from the base class; ours add {@code errors},
 * each with the JSON path (or parameter name), the rule and a message.
 */
@RestControllerAdvice(assignableTypes = SheetApiController.class)
class ApiProblems extends JapaneseProblems {

    @ExceptionHandler(SheetGone.class)
    ProblemDetail gone(SheetGone gone) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, gone.getMessage());
        problem.setTitle("公開を取り消したシートです");
        problem.setProperty("sheetTitle", gone.sheet().title());
        problem.setProperty("fiscalYear", gone.sheet().fiscalYear());
        problem.setProperty("withdrawnOn", gone.sheet().withdrawnOn().toString());
        problem.setProperty("reason", gone.sheet().reason());
        return problem;
    }

    @ExceptionHandler(BadRequest.class)
    ProblemDetail badRequest(BadRequest exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, exception.getMessage());
        problem.setTitle(exception.title());
        if (!exception.errors().isEmpty()) {
            problem.setProperty("errors", exception.errors());
        }
        return problem;
    }
}
