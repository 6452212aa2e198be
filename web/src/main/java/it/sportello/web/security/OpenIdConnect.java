package it.sportello.web.security;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.id.Subject;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.UserInfoSuccessResponse;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;

import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.InvalidFiscalCodeException;

/**
 * The client side of OpenID Connect's authorization code flow with PKCE, towards the identity
 * provider of {@code sportello.oidc.issuer} (a SPID/CIE proxy or gateway in practice), active
 * when {@code sportello.identity.provider=oidc}.
 *
 * <p>The provider's metadata is discovered at the first login, not at deployment, so the desk
 * starts even while the provider is unreachable; once read it is kept until the next restart.
 * Its signing keys are cached by the validator, which fetches them again when a token is signed
 * with a key it does not know (key rotation).
 */
@ApplicationScoped
public class OpenIdConnect {

    public static final String PROVIDER = "oidc";

    /** Neither a slow provider nor a dead one may hold a request thread for long. */
    private static final int TIMEOUT_MILLIS = 5_000;

    /** What SPID and CIE OpenID Connect sign ID tokens with. */
    private static final JWSAlgorithm SIGNATURE = JWSAlgorithm.RS256;

    @Inject
    @ConfigProperty(name = "sportello.identity.provider")
    String identityProvider;

    @Inject
    @ConfigProperty(name = "sportello.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "sportello.oidc.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "sportello.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "sportello.oidc.scopes")
    String scopes;

    @Inject
    @ConfigProperty(name = "sportello.oidc.redirect-uri")
    Optional<String> redirectUri;

    /** The lowest SPID/CIE level accepted (1 to 3), asked of the provider too; 0 accepts any. */
    @Inject
    @ConfigProperty(name = "sportello.oidc.minimum-level")
    int minimumLevel;

    /** The lowest SPID/CIE level accepted (1 to 3); 0 accepts any. */
    public int getMinimumLevel() {
        return minimumLevel;
    }

    @Inject
    @ConfigProperty(name = "sportello.oidc.claim.fiscal-code")
    String fiscalCodeClaim;

    @Inject
    @ConfigProperty(name = "sportello.oidc.claim.given-name")
    String givenNameClaim;

    @Inject
    @ConfigProperty(name = "sportello.oidc.claim.family-name")
    String familyNameClaim;

    @Inject
    @ConfigProperty(name = "sportello.oidc.claim.email")
    String emailClaim;

    @Inject
    @ConfigProperty(name = "sportello.oidc.claim.mobile")
    String mobileClaim;

    @Inject
    @ConfigProperty(name = "sportello.oidc.claim.birth-date")
    String birthDateClaim;

    @Inject
    @ConfigProperty(name = "sportello.oidc.claim.birth-place")
    String birthPlaceClaim;

    @Inject
    @ConfigProperty(name = "sportello.oidc.claim.gender")
    String genderClaim;

    @Inject
    @ConfigProperty(name = "sportello.oidc.claim.address")
    String addressClaim;

    private volatile Provider discovered;

    /** A login on its way to the provider and back, kept in the visitor's session. */
    public record PendingLogin(
            String state, String nonce, String verifier, AuthMethod method, String returnPath, URI redirectUri)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * A login that must not happen; the message says why, for the log, never for the visitor. The
     * visitor learns only whether the authentication level was too low, which they can change.
     */
    public static class LoginRefused extends Exception {
        private static final long serialVersionUID = 1L;

        private final boolean levelTooLow;

        LoginRefused(String reason) {
            this(reason, false);
        }

        LoginRefused(String reason, boolean levelTooLow) {
            super(reason);
            this.levelTooLow = levelTooLow;
        }

        LoginRefused(String reason, Throwable cause) {
            super(reason, cause);
            this.levelTooLow = false;
        }

        public boolean isLevelTooLow() {
            return levelTooLow;
        }
    }

    private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

    public boolean isActive() {
        return PROVIDER.equals(identityProvider);
    }

    /**
     * Where the provider sends the visitor back. When not set, the callback on the address the
     * visitor used: right as long as a proxy in front passes the original host and scheme on.
     */
    public URI redirectUri(URI requestUrl, String contextPath) {
        return redirectUri.map(URI::create).orElseGet(() -> requestUrl.resolve(contextPath + OpenIdLogin.CALLBACK));
    }

    /** A new login, with a fresh state, nonce and PKCE code verifier of its own. */
    public PendingLogin begin(AuthMethod method, String returnPath, URI redirectTo) {
        return new PendingLogin(
                new State().getValue(),
                new Nonce().getValue(),
                new CodeVerifier().getValue(),
                method,
                returnPath,
                redirectTo);
    }

    /** The provider's login page for this pending login, with the S256 challenge of its verifier. */
    public URI authorizationRequest(PendingLogin login) throws LoginRefused {
        Provider provider = provider();
        return new AuthenticationRequest.Builder(ResponseType.CODE, Scope.parse(scopes), client(), login.redirectUri())
                .endpointURI(provider.metadata().getAuthorizationEndpointURI())
                .state(new State(login.state()))
                .nonce(new Nonce(login.nonce()))
                .codeChallenge(new CodeVerifier(login.verifier()), CodeChallengeMethod.S256)
                .acrValues(minimumLevel > 0 ? List.of(new ACR(SpidLevel.acr(minimumLevel))) : null)
                .build()
                .toURI();
    }

    /**
     * Completes a login from the address the provider sent the visitor back to: the state must
     * be the one of the pending login, the code is exchanged with the PKCE verifier, and the ID
     * token must be signed by the provider, issued to this client, current, carry the nonce and
     * name a level ({@code acr}) not below {@code sportello.oidc.minimum-level}. The citizen's
     * data is read from the ID token and the userinfo answer together, the latter winning.
     */
    public CitizenCredential complete(URI callback, PendingLogin login) throws LoginRefused {
        AuthenticationResponse answer;
        try {
            answer = AuthenticationResponseParser.parse(callback);
        } catch (ParseException e) {
            throw new LoginRefused("Unreadable answer from the identity provider", e);
        }
        if (answer.getState() == null || !login.state().equals(answer.getState().getValue())) {
            throw new LoginRefused("The state does not match the login in progress");
        }
        if (answer instanceof AuthenticationErrorResponse error) {
            throw new LoginRefused(
                    "The identity provider answered " + error.getErrorObject().getCode());
        }
        AuthorizationCode code = answer.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            throw new LoginRefused("The identity provider sent no authorization code");
        }
        Provider provider = provider();
        OIDCTokens tokens = exchange(provider, code, login);
        IDTokenClaimsSet claims;
        try {
            claims = provider.validator().validate(tokens.getIDToken(), new Nonce(login.nonce()));
        } catch (BadJOSEException | JOSEException e) {
            throw new LoginRefused("Invalid ID token: " + e.getMessage(), e);
        }
        // The level is the one the signed ID token states, whatever the userinfo answer says.
        String level = claims.getACR() == null ? null : claims.getACR().getValue();
        if (SpidLevel.of(level) < minimumLevel) {
            throw new LoginRefused(
                    "Authentication level " + level + " is below the required level " + minimumLevel, true);
        }
        try {
            JWTClaimsSet identity =
                    IdentityClaims.merge(claims.toJWTClaimsSet(), userInfo(provider, tokens, claims.getSubject()));
            return new IdentityClaims(
                            fiscalCodeClaim,
                            givenNameClaim,
                            familyNameClaim,
                            emailClaim,
                            mobileClaim,
                            birthDateClaim,
                            birthPlaceClaim,
                            genderClaim,
                            addressClaim)
                    .credential(identity, login.method(), level);
        } catch (ParseException | IllegalArgumentException | InvalidFiscalCodeException e) {
            // The message of an invalid fiscal code is a key, never the code itself: safe to log.
            throw new LoginRefused("The identity the provider asserted is not usable: " + e.getMessage(), e);
        }
    }

    /**
     * The claims of the provider's userinfo endpoint, asked with the access token; none when the
     * provider has no such endpoint. SPID and CIE providers put most attributes there rather than
     * in the ID token. The answer must be about the subject of the ID token (OpenID Connect Core
     * 5.3.2); a signed answer (a JWT) must be signed with one of the provider's keys.
     */
    private JWTClaimsSet userInfo(Provider provider, OIDCTokens tokens, Subject subject) throws LoginRefused {
        URI endpoint = provider.metadata().getUserInfoEndpointURI();
        if (endpoint == null || tokens.getAccessToken() == null) {
            return null;
        }
        HTTPRequest http = new UserInfoRequest(endpoint, tokens.getAccessToken()).toHTTPRequest();
        http.setConnectTimeout(TIMEOUT_MILLIS);
        http.setReadTimeout(TIMEOUT_MILLIS);
        JWTClaimsSet answer;
        try {
            UserInfoResponse response = UserInfoResponse.parse(http.send());
            if (!response.indicatesSuccess()) {
                throw new LoginRefused("The userinfo endpoint answered "
                        + response.toErrorResponse().getErrorObject().getCode());
            }
            UserInfoSuccessResponse success = response.toSuccessResponse();
            answer = success.getUserInfo() != null
                    ? success.getUserInfo().toJWTClaimsSet()
                    : signedUserInfo(provider, success.getUserInfoJWT());
        } catch (IOException | ParseException e) {
            throw new LoginRefused("The userinfo endpoint could not be read", e);
        }
        if (!subject.getValue().equals(answer.getSubject())) {
            throw new LoginRefused("The userinfo answer is about another subject than the ID token");
        }
        return answer;
    }

    private static JWTClaimsSet signedUserInfo(Provider provider, JWT jwt) throws LoginRefused {
        if (!(jwt instanceof SignedJWT signed)) {
            throw new LoginRefused("Encrypted or unsigned userinfo answers are not supported");
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(provider.validator().getJWSKeySelector());
        try {
            return processor.process(signed, null);
        } catch (BadJOSEException | JOSEException e) {
            throw new LoginRefused("Invalid userinfo signature: " + e.getMessage(), e);
        }
    }

    private OIDCTokens exchange(Provider provider, AuthorizationCode code, PendingLogin login) throws LoginRefused {
        TokenRequest request = new TokenRequest(
                provider.metadata().getTokenEndpointURI(),
                new ClientSecretBasic(client(), new Secret(clientSecret.orElse(""))),
                new AuthorizationCodeGrant(code, login.redirectUri(), new CodeVerifier(login.verifier())));
        HTTPRequest http = request.toHTTPRequest();
        http.setConnectTimeout(TIMEOUT_MILLIS);
        http.setReadTimeout(TIMEOUT_MILLIS);
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException | ParseException e) {
            throw new LoginRefused("The token endpoint could not be read", e);
        }
        if (!response.indicatesSuccess()) {
            throw new LoginRefused("The token endpoint answered "
                    + response.toErrorResponse().getErrorObject().getCode());
        }
        OIDCTokens tokens = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens();
        if (tokens.getIDToken() == null) {
            throw new LoginRefused("The token endpoint sent no ID token");
        }
        return tokens;
    }

    private ClientID client() throws LoginRefused {
        return new ClientID(clientId.orElseThrow(() -> new LoginRefused("sportello.oidc.client-id is not set")));
    }

    /** Discovers the provider once; a failure is not kept, so the next login tries again. */
    private Provider provider() throws LoginRefused {
        Provider known = discovered;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (discovered == null) {
                Issuer expected =
                        new Issuer(issuer.orElseThrow(() -> new LoginRefused("sportello.oidc.issuer is not set")));
                try {
                    OIDCProviderMetadata metadata =
                            OIDCProviderMetadata.resolve(expected, TIMEOUT_MILLIS, TIMEOUT_MILLIS);
                    IDTokenValidator validator = new IDTokenValidator(
                            metadata.getIssuer(),
                            client(),
                            SIGNATURE,
                            metadata.getJWKSetURI().toURL(),
                            new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS));
                    discovered = new Provider(metadata, validator);
                } catch (GeneralException | IOException e) {
                    throw new LoginRefused("The identity provider " + expected + " could not be discovered", e);
                }
            }
            return discovered;
        }
    }
}
