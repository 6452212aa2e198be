package it.sportello.web.security;

import java.io.Serializable;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import it.sportello.web.LocalPaths;

/**
 * How anybody logs in. Citizens and staff each have their own login page, which passes a
 * credential through {@code SecurityContext.authenticate}: a proved digital identity
 * ({@link CitizenCredential}) or a username and password. A visitor who asks for a protected
 * page is sent to the login page that fits it and comes back afterwards.
 *
 * <p>The login (caller and groups) is kept in the session, whose id is renewed at login against
 * session fixation, and given back to the container at every request. Jakarta Security's
 * {@code @AutoApplySession} would keep the caller but, on Payara, not the groups.
 */
@ApplicationScoped
public class DeskAuthentication implements HttpAuthenticationMechanism {

    public static final String CITIZEN_LOGIN = "/accedi.xhtml";
    public static final String STAFF_LOGIN = "/accesso-personale.xhtml";
    public static final String RETURN_PARAMETER = "torna";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            SessionLogin login =
                    new SessionLogin(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
            request.getSession().setAttribute(SessionLogin.ATTRIBUTE, login);
            return context.notifyContainerAboutLogin(login.caller(), login.groups());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionLogin.ATTRIBUTE) instanceof SessionLogin login) {
            return context.notifyContainerAboutLogin(login.caller(), login.groups());
        }
        if (context.isProtected()) {
            return context.redirect(loginPageFor(request));
        }
        return context.doNothing();
    }

    private static String loginPageFor(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String login = path.startsWith("/backoffice/") ? STAFF_LOGIN : CITIZEN_LOGIN;
        // The address asked for, with its parameters ("?pratica=..." of a link in an e-mail), so that login leads
        // there.
        String asked = request.getQueryString() == null || !"GET".equals(request.getMethod())
                ? path
                : path + "?" + request.getQueryString();
        return request.getContextPath() + login + "?" + RETURN_PARAMETER + "="
                + java.net.URLEncoder.encode(LocalPaths.orHome(asked), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Who logged in, as kept in the session. */
    record SessionLogin(String caller, Set<String> groups) implements Serializable {
        static final String ATTRIBUTE = SessionLogin.class.getName();
    }
}
