package org.hyoka.logicmodel;

import org.hyoka.errors.JapaneseProblems;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The JSON's errors as problems (application/problem+json) with Japanese titles, as the sheets API answers. */
@RestControllerAdvice(assignableTypes = LogicModelApiController.class)
class LogicModelProblems extends JapaneseProblems {
}
