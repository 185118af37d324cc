package org.hyoka.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.hyoka.app.HyokaApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A city's provider configured by properties alone (endpoints given, so no discovery over the
 * network): the login page offers it and the sign-in starts at the provider with OpenID scope.
 */
@SpringBootTest(classes = HyokaApplication.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:oidc${hyoka.h2.dialect};DB_CLOSE_DELAY=-1",
    "hyoka.data-dir=target/oidc-test-data",
    "hyoka.sample-data.enabled=false",
    "spring.security.oauth2.client.registration.city.client-name=庁内アカウント",
    "spring.security.oauth2.client.registration.city.client-id=hyoka",
    "spring.security.oauth2.client.registration.city.client-secret=not-a-real-secret",
    "spring.security.oauth2.client.registration.city.scope=openid,profile",
    "spring.security.oauth2.client.registration.city.authorization-grant-type=authorization_code",
    "spring.security.oauth2.client.registration.city.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
    "spring.security.oauth2.client.provider.city.authorization-uri=https://idp.example.lg.jp/auth",
    "spring.security.oauth2.client.provider.city.token-uri=https://idp.example.lg.jp/token",
    "spring.security.oauth2.client.provider.city.jwk-set-uri=https://idp.example.lg.jp/certs",
    "spring.security.oauth2.client.provider.city.user-info-uri=https://idp.example.lg.jp/userinfo",
    "spring.security.oauth2.client.provider.city.user-name-attribute=sub"})
@AutoConfigureMockMvc
class OidcSignInIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theLoginPageOffersTheCitysProviderBesideThePasswordForm() throws Exception {
        String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("<a href=\"/oauth2/authorization/city\">庁内アカウントでログイン</a>")
                .contains("<label for=\"password\">パスワード</label>");
    }

    @Test
    void signingInStartsAtTheProviderAskingForAnOpenIdTokenForThisApplication() throws Exception {
        String location = mvc.perform(get("/oauth2/authorization/city")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getHeader("Location");

        UriComponents redirect = UriComponentsBuilder.fromUriString(location).build();
        assertThat(redirect.getHost()).isEqualTo("idp.example.lg.jp");
        assertThat(redirect.getQueryParams().getFirst("client_id")).isEqualTo("hyoka");
        assertThat(redirect.getQueryParams().getFirst("response_type")).isEqualTo("code");
        assertThat(redirect.getQueryParams().getFirst("scope")).contains("openid");
        assertThat(redirect.getQueryParams().getFirst("nonce")).isNotBlank();
    }

    @Test
    void aRefusedProviderSignInIsExplainedInJapaneseWithoutEchoingTheUrl() throws Exception {
        String page = mvc.perform(get("/login").param("oidc", "unknown")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String forged = mvc.perform(get("/login").param("oidc", "<script>alert(1)</script>")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("評価システムに登録されていません");
        assertThat(forged).contains("ログインに失敗しました").doesNotContain("<script>alert(1)");
    }
}
