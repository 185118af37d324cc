package org.hyoka.imports;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An upload over the limit fails before any controller is chosen, so only a global advice sees it;
 * the only multipart form is the import form, which is shown again with the limit in Japanese.
 */
@ControllerAdvice
class UploadTooLarge {

    private final String limit;

    UploadTooLarge(@Value("${spring.servlet.multipart.max-file-size:20MB}") String limit) {
        this.limit = limit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge(HttpServletRequest request, Model model) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        model.addAttribute("maxSize", limit);
        return ImportForm.show(model, csrf, "", "ファイルが大きすぎます（1ファイルの上限は " + limit
                + "）。ファイルを分けてアップロードしてください。");
    }
}
