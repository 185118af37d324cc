package org.hyoka.security;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; Spring Security handles the POST and the OpenID Connect redirects. */
@Controller
class LoginController {

    /** What went wrong with an OpenID Connect sign-in, by the code the failure handler passes on. */
    static final Map<String, String> OIDC_PROBLEMS = Map.of(
            OidcAccountMapping.UNKNOWN, "このアカウントは評価システムに登録されていません。"
                    + "評価担当課（管理者）にアカウントの登録を依頼してください。",
            OidcAccountMapping.DISABLED, "このアカウントは無効になっています。評価担当課（管理者）に確認してください。",
            OidcAccountMapping.MISSING_CLAIM, "認証サーバーから利用者名が届きませんでした。"
                    + "管理者は設定 hyoka.oidc.username-claim を確認してください。",
            "error", "外部の認証サーバーでのログインに失敗しました。もう一度お試しください。");

    private final ObjectProvider<ClientRegistrationRepository> oidcProviders;

    LoginController(ObjectProvider<ClientRegistrationRepository> oidcProviders) {
        this.oidcProviders = oidcProviders;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) @Nullable String error,
            @RequestParam(required = false) @Nullable String logout,
            @RequestParam(required = false) @Nullable String throttled,
            @RequestParam(required = false) @Nullable String oidc, @Nullable Principal signedIn, CsrfToken csrf,
            Model model) {
        if (signedIn != null) {
            // the footer's 職員ログイン is also the way back to the workbench for someone already signed in
            return "redirect:" + (signedIn instanceof Authentication authentication
                    ? SecurityConfiguration.home(authentication) : SecurityConfiguration.STAFF_HOME);
        }
        model.addAttribute("csrf", csrf);
        model.addAttribute("failed", error != null);
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("waitMinutes", minutes(throttled).orElse(0));
        model.addAttribute("oidcProblem", oidc == null ? "" : OIDC_PROBLEMS.getOrDefault(oidc, OIDC_PROBLEMS.get("error")));
        model.addAttribute("providers", providers());
        return "login";
    }

    private static Optional<Integer> minutes(@Nullable String throttled) {
        if (throttled == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Math.max(1, Math.min(Integer.parseInt(throttled), 24 * 60)));
        } catch (NumberFormatException e) {
            return Optional.of(1);
        }
    }

    private List<SignInProvider> providers() {
        List<SignInProvider> providers = new ArrayList<>();
        if (oidcProviders.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object each : registrations) {
                if (each instanceof ClientRegistration registration
                        && registration.getScopes().contains("openid")) {
                    providers.add(new SignInProvider(registration.getRegistrationId(), registration.getClientName()));
                }
            }
        }
        return providers;
    }
}
