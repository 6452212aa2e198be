package it.sportello.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import com.nimbusds.oauth2.sdk.TokenRequest;

import it.sportello.testing.Browser;
import it.sportello.testing.Deployments;
import it.sportello.testing.Http;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The citizens' production login, against a real OpenID Connect provider running in the test
 * JVM (mock-oauth2-server, which logs in without a form and checks PKCE at its token endpoint).
 * Runs only in failsafe's {@code oidc} execution, which starts the application with
 * {@code sportello.identity.provider=oidc} pointed at this provider.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "it.identity.provider", matches = "oidc")
class CitizenOidcIT {

    /** What SPID, through the provider, says about the citizen. */
    private static final String PROVIDER_CONFIG = """
            {
              "interactiveLogin": false,
              "tokenCallbacks": [{
                "issuerId": "spid",
                "requestMappings": [{
                  "requestParam": "grant_type",
                  "match": "*",
                  "claims": {
                    "sub": "TINIT-RSSMRA80A01H501U",
                    "fiscalNumber": "TINIT-RSSMRA80A01H501U",
                    "given_name": "Mario",
                    "family_name": "Rossi",
                    "email": "mario.rossi@example.org",
                    "acr": "https://www.spid.gov.it/SpidL2"
                  }
                }]
              }]
            }
            """;

    /** Francesca Romano, a fictional woman born in Bologna on 24 December 1965, not among the demonstration identities. */
    private static final String FRANCESCA = "RMNFNC65T64A944U";

    /** Giorgio Neri, fictional, logged in only by the userinfo test. */
    private static final String GIORGIO = "NREGRG70A01G702I";

    static MockOAuth2Server provider;

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startProvider() {
        provider = new MockOAuth2Server(OAuth2Config.Companion.fromJson(PROVIDER_CONFIG));
        provider.start(Integer.getInteger("it.oidc.port", 3080));
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @BeforeEach
    void forgetEarlierRequests() {
        receivedByProvider();
    }

    @Test
    void theLoginPageLeadsToTheProviderAndShowsNoDemonstration() {
        String page = new Http(base).get("accedi.xhtml").body();

        assertThat(page)
                .contains("/accesso/oidc?metodo=SPID", "/accesso/oidc?metodo=CIE")
                .doesNotContain("accesso/demo.xhtml")
                .doesNotContain("sportello-demo-banner");
    }

    @Test
    void aSpidLoginEndsInThePersonalAreaOfTheCitizenTheProviderNamed() {
        Http citizen = new Http(base);

        HttpResponse<String> end = citizen.follow("accesso/oidc?metodo=SPID");

        assertThat(end.statusCode()).isEqualTo(200);
        assertThat(end.uri().getPath()).endsWith("/area-personale/index.xhtml");
        assertThat(end.body()).contains("Benvenuto, Mario.");
        assertThat(citizen.get("area-personale/profilo.xhtml").body()).contains("RSSMRA80A01H501U");
    }

    @Test
    void theProviderIsAskedWithAnS256CodeChallengeAndGetsItsVerifierWithTheClientCredentials() throws Exception {
        new Http(base).follow("accesso/oidc?metodo=CIE");

        List<RecordedRequest> requests = receivedByProvider();
        RecordedRequest authorization = only(requests, "/spid/authorize");
        String challenge = authorization.getRequestUrl().queryParameter("code_challenge");
        assertThat(challenge).isNotBlank();
        assertThat(authorization.getRequestUrl().queryParameter("code_challenge_method"))
                .isEqualTo("S256");
        assertThat(authorization.getRequestUrl().queryParameter("state")).isNotBlank();
        assertThat(authorization.getRequestUrl().queryParameter("nonce")).isNotBlank();
        assertThat(authorization.getRequestUrl().queryParameter("scope")).isEqualTo("openid profile email");
        assertThat(authorization.getRequestUrl().queryParameter("acr_values"))
                .as("sportello.oidc.minimum-level")
                .isEqualTo("https://www.spid.gov.it/SpidL2");

        RecordedRequest token = only(requests, "/spid/token");
        String verifier = formField(token.getBody().readUtf8(), "code_verifier");
        assertThat(s256(verifier)).as("the verifier matches the challenge").isEqualTo(challenge);
        String basic = Base64.getEncoder().encodeToString("sportello:secret".getBytes(StandardCharsets.UTF_8));
        assertThat(token.getHeader("Authorization")).isEqualTo("Basic " + basic);
    }

    @Test
    void aCallbackWithAnotherStateIsRefusedWithoutLogin() {
        Http citizen = new Http(base);
        HttpResponse<String> start = citizen.get("accesso/oidc?metodo=SPID&torna=/area-personale/profilo.xhtml");
        assertThat(start.statusCode()).isEqualTo(302);

        HttpResponse<String> callback = citizen.get("accesso/oidc/callback?code=forged&state=not-the-one-sent");

        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(callback.headers().firstValue("Location").orElseThrow())
                .contains("/accedi.xhtml?esito=non-riuscito");
        assertThat(citizen.get(callback.headers().firstValue("Location").orElseThrow())
                        .body())
                .as("a message on the login page")
                .contains("sportello-login-failed");
        assertThat(citizen.get("area-personale/index.xhtml").statusCode())
                .as("not logged in")
                .isEqualTo(302);
    }

    @Test
    void theCallbackOfACompletedLoginCannotBeReplayed() {
        Http citizen = new Http(base);
        HttpResponse<String> start = citizen.get("accesso/oidc?metodo=SPID");
        HttpResponse<String> atProvider =
                citizen.get(start.headers().firstValue("Location").orElseThrow());
        String callback = atProvider.headers().firstValue("Location").orElseThrow();
        assertThat(citizen.get(callback).headers().firstValue("Location").orElseThrow())
                .endsWith("/area-personale/index.xhtml");

        Http attacker = new Http(base);
        HttpResponse<String> replay = attacker.get(callback);

        assertThat(replay.headers().firstValue("Location").orElseThrow()).contains("esito=non-riuscito");
        assertThat(attacker.get("area-personale/index.xhtml").statusCode())
                .as("not logged in")
                .isEqualTo(302);
        assertThat(citizen.get(callback).headers().firstValue("Location").orElseThrow())
                .as("nor by the same browser")
                .contains("esito=non-riuscito");
    }

    @Test
    void anIdTokenWithoutAValidCodiceFiscaleLogsNobodyIn() {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(
                "spid",
                "someone",
                "JWT",
                null,
                Map.of(
                        "fiscalNumber",
                        "TINIT-RSSMRA80A01H501A",
                        "given_name",
                        "Mario",
                        "family_name",
                        "Rossi",
                        "acr",
                        "https://www.spid.gov.it/SpidL2"),
                120));
        Http citizen = new Http(base);

        HttpResponse<String> end = citizen.follow("accesso/oidc?metodo=SPID");

        assertThat(end.uri().getPath()).endsWith("/accedi.xhtml");
        assertThat(end.body()).contains("sportello-login-failed").doesNotContain("RSSMRA80A01H501A");
        assertThat(citizen.get("area-personale/index.xhtml").statusCode())
                .as("not logged in")
                .isEqualTo(302);
    }

    @Test
    void aLoginAtALowerLevelThanRequiredIsRefusedSayingWhichLevelIsNeeded() {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(
                "spid",
                "TINIT-RSSMRA80A01H501U",
                "JWT",
                null,
                Map.of(
                        "fiscalNumber",
                        "TINIT-RSSMRA80A01H501U",
                        "given_name",
                        "Mario",
                        "family_name",
                        "Rossi",
                        "acr",
                        "https://www.spid.gov.it/SpidL1"),
                120));
        Http citizen = new Http(base);

        HttpResponse<String> end = citizen.follow("accesso/oidc?metodo=SPID");

        assertThat(end.uri().toString()).contains("/accedi.xhtml?esito=livello-insufficiente");
        assertThat(end.body()).contains("SPID o CIE di livello 2 o superiore");
        assertThat(citizen.get("area-personale/index.xhtml").statusCode())
                .as("not logged in")
                .isEqualTo(302);
    }

    @Test
    void theAddressTheProviderAssertsIsAReadOnlyDomicileUntilALoginWithoutIt() {
        Map<String, Object> address = Map.of(
                "street_address",
                "Via Listz 21",
                "locality",
                "Roma",
                "region",
                "RM",
                "postal_code",
                "00144",
                "country_code",
                "IT");
        provider.enqueueCallback(francesca(Map.of("address", address)));
        Http citizen = new Http(base);
        assertThat(citizen.follow("accesso/oidc?metodo=SPID").uri().getPath()).endsWith("/area-personale/index.xhtml");

        String profile = citizen.get("area-personale/profilo.xhtml").body();

        assertThat(profile)
                .contains("id=\"domicile-from-identity\"", "Via Listz 21", "00144 Roma (RM)", "Italia")
                .doesNotContain("id=\"domicile-street\"");

        provider.enqueueCallback(francesca(Map.of()));
        Http later = new Http(base);
        later.follow("accesso/oidc?metodo=CIE");

        assertThat(later.get("area-personale/profilo.xhtml").body())
                .as("editable again, the address kept")
                .doesNotContain("id=\"domicile-from-identity\"")
                .containsPattern("id=\"domicile-street\"[^>]*value=\"Via Listz\"");
    }

    @Test
    void claimsOnlyInTheUserinfoAnswerReachTheProfileAndWinOverTheIdToken() {
        Map<String, Object> idToken = Map.of(
                "fiscalNumber",
                "TINIT-" + GIORGIO,
                "given_name",
                "Giorgio",
                "family_name",
                "Neri",
                "acr",
                "https://www.spid.gov.it/SpidL2");
        Map<String, Object> userInfo = Map.of(
                "given_name",
                "Giorgio Maria",
                "phone_number",
                "+39 333 7654321",
                "address",
                "Via Roma 1 56125 Pisa PI",
                "acr",
                "https://www.spid.gov.it/SpidL1");
        provider.enqueueCallback(new UserInfoApart(idToken, userInfo));
        Http citizen = new Http(base);

        HttpResponse<String> end = citizen.follow("accesso/oidc?metodo=SPID");

        assertThat(end.uri().getPath())
                .as("the level is the ID token's, not userinfo's")
                .endsWith("/area-personale/index.xhtml");
        assertThat(only(receivedByProvider(), "/spid/userinfo").getHeader("Authorization"))
                .startsWith("Bearer ");
        String profile = citizen.get("area-personale/profilo.xhtml").body();
        assertThat(profile).contains("Giorgio Maria Neri", GIORGIO, "+39 333 7654321", "Via Roma 1", "56125 Pisa (PI)");
    }

    @Test
    void aUserinfoAnswerAboutSomebodyElseLogsNobodyIn() {
        Map<String, Object> idToken = Map.of(
                "fiscalNumber",
                "TINIT-" + GIORGIO,
                "given_name",
                "Giorgio",
                "family_name",
                "Neri",
                "acr",
                "https://www.spid.gov.it/SpidL2");
        provider.enqueueCallback(new UserInfoApart(
                idToken, Map.of("sub", "TINIT-RSSMRA80A01H501U", "fiscalNumber", "TINIT-RSSMRA80A01H501U")));
        Http citizen = new Http(base);

        HttpResponse<String> end = citizen.follow("accesso/oidc?metodo=SPID");

        assertThat(end.uri().toString()).contains("/accedi.xhtml?esito=non-riuscito");
        assertThat(citizen.get("area-personale/index.xhtml").statusCode())
                .as("not logged in")
                .isEqualTo(302);
    }

    @Test
    void aCitizenLogsInThroughTheProviderInTheBrowserAndOut() {
        Browser browser = Browser.open();
        try {
            browser.visit(base, "accedi.xhtml");
            assertThat(browser.driver().findElements(By.cssSelector(".sportello-demo-banner")))
                    .isEmpty();
            browser.assertAccessible();
            browser.submit(By.id("login-CIE"));
            assertThat(browser.driver().getCurrentUrl()).contains("/area-personale/index.xhtml");
            assertThat(browser.driver().findElement(By.tagName("main")).getText())
                    .contains("Benvenuto, Mario.");
            browser.screenshot("oidc-personal-area-it");
            browser.assertAccessible();
            browser.visit(base, "area-personale/profilo.xhtml");
            assertThat(browser.driver().findElement(By.tagName("main")).getText())
                    .contains("RSSMRA80A01H501U");
            browser.submit(By.cssSelector(".sportello-logout button"));
            browser.visit(base, "area-personale/index.xhtml");
            assertThat(browser.driver().getCurrentUrl()).as("logged out").contains("/accedi.xhtml");
        } finally {
            browser.close();
        }
    }

    @Test
    void aLoginCancelledAtTheProviderLogsNobodyIn() {
        Http citizen = new Http(base);
        URI authorization = URI.create(citizen.get("accesso/oidc?metodo=SPID")
                .headers()
                .firstValue("Location")
                .orElseThrow());
        String state = query(authorization, "state");

        HttpResponse<String> callback = citizen.get("accesso/oidc/callback?error=access_denied&state=" + state);

        assertThat(callback.headers().firstValue("Location").orElseThrow())
                .contains("/accedi.xhtml?esito=non-riuscito");
        assertThat(citizen.get("area-personale/index.xhtml").statusCode())
                .as("not logged in")
                .isEqualTo(302);
    }

    @Test
    void theDemonstrationPageDoesNotExist() {
        assertThat(new Http(base).get("accesso/demo.xhtml?metodo=SPID").statusCode())
                .isEqualTo(404);
    }

    /** An ID token for Francesca Romano, with these claims too; no other test logs her in. */
    private static DefaultOAuth2TokenCallback francesca(Map<String, Object> more) {
        Map<String, Object> claims = new HashMap<>(Map.of(
                "fiscalNumber",
                "TINIT-" + FRANCESCA,
                "given_name",
                "Francesca",
                "family_name",
                "Romano",
                "acr",
                "https://www.spid.gov.it/SpidL2"));
        claims.putAll(more);
        return new DefaultOAuth2TokenCallback("spid", "TINIT-" + FRANCESCA, "JWT", null, claims, 120);
    }

    /**
     * A provider that puts some claims only in the access token, which its userinfo endpoint
     * answers with, and not in the ID token. mock-oauth2-server asks a callback for the audience
     * of an access token just before its claims, and never for an ID token's (whose audience is
     * the client): that tells the two apart.
     */
    private static final class UserInfoApart implements OAuth2TokenCallback {

        private final Map<String, Object> idToken;
        private final Map<String, Object> accessToken;
        private boolean forAccessToken;

        UserInfoApart(Map<String, Object> idToken, Map<String, Object> onlyAtUserInfo) {
            this.idToken = idToken;
            this.accessToken = new HashMap<>(idToken);
            this.accessToken.putAll(onlyAtUserInfo);
        }

        @Override
        public String issuerId() {
            return "spid";
        }

        @Override
        public String subject(TokenRequest request) {
            return "TINIT-" + GIORGIO;
        }

        @Override
        public String typeHeader(TokenRequest request) {
            return "JWT";
        }

        @Override
        public List<String> audience(TokenRequest request) {
            forAccessToken = true;
            return List.of("sportello");
        }

        @Override
        public Map<String, Object> addClaims(TokenRequest request) {
            Map<String, Object> claims = forAccessToken ? accessToken : idToken;
            forAccessToken = false;
            return claims;
        }

        @Override
        public long tokenExpiry() {
            return 120;
        }
    }

    /** Every request the provider received since the last call. */
    private static List<RecordedRequest> receivedByProvider() {
        List<RecordedRequest> requests = new ArrayList<>();
        while (true) {
            try {
                requests.add(provider.takeRequest(200, TimeUnit.MILLISECONDS));
            } catch (RuntimeException none) {
                // mock-oauth2-server signals an empty queue this way.
                return requests;
            }
        }
    }

    private static RecordedRequest only(List<RecordedRequest> requests, String path) {
        List<RecordedRequest> matching = requests.stream()
                .filter(request -> request.getRequestUrl().encodedPath().equals(path))
                .toList();
        assertThat(matching).as(path).hasSize(1);
        return matching.get(0);
    }

    private static String query(URI uri, String name) {
        return formField(uri.getRawQuery(), name);
    }

    private static String formField(String form, String name) {
        for (String field : form.split("&")) {
            String[] pair = field.split("=", 2);
            if (URLDecoder.decode(pair[0], StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair[1], StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No " + name + " in " + form);
    }

    private static String s256(String verifier) throws NoSuchAlgorithmException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    }
}
