package org.hyoka.accounts;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page a one-time link leads to: open to anyone holding the link (the holder is not signed in),
 * which is why the token is long, stored hashed, spent on use and short-lived. A link that cannot be
 * used answers 410 and says what to do, without telling whether it ever existed.
 */
@Controller
class PasswordLinkController {

    private final PasswordLinks links;

    PasswordLinkController(PasswordLinks links) {
        this.links = links;
    }

    @GetMapping(PasswordLinks.PATH + "{token}")
    ModelAndView form(@PathVariable String token, CsrfToken csrf, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        return links.holder(token).map(account -> page(account.username(), token, csrf, "", HttpStatus.OK))
                .orElseGet(PasswordLinkController::unusable);
    }

    @PostMapping(PasswordLinks.PATH + "{token}")
    ModelAndView set(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeated, CsrfToken csrf, HttpServletRequest request,
            HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        PasswordSetting setting = links.use(token, password.toCharArray(), repeated.toCharArray(), request.getRemoteAddr());
        if (setting instanceof PasswordSetting.Set set) {
            return new ModelAndView("accounts/password-set", Map.of("username", set.username()));
        }
        if (setting instanceof PasswordSetting.Invalid invalid) {
            return links.holder(token).map(account -> page(account.username(), token, csrf, invalid.problem(),
                    HttpStatus.UNPROCESSABLE_ENTITY)).orElseGet(PasswordLinkController::unusable);
        }
        return unusable();
    }

    private static ModelAndView page(String username, String token, CsrfToken csrf, String problem, HttpStatus status) {
        ModelAndView view = new ModelAndView("accounts/password", Map.of("username", username, "token", token,
                "csrf", csrf, "problem", problem, "minimum", NewAccount.MIN_PASSWORD_LENGTH));
        view.setStatus(status);
        return view;
    }

    private static ModelAndView unusable() {
        return AccountController.message(HttpStatus.GONE, "このリンクは使えません",
                "このリンクは使用済みか、有効期限（発行から24時間）が切れているか、アカウントが無効になっています。"
                        + "自治体の管理者（評価事務局）に、もう一度パスワードのリセットを依頼してください。");
    }
}
