package it.sportello.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import it.sportello.identity.control.LoginFailures;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.platform.logging.Logs;
import it.sportello.web.LocalPaths;
import it.sportello.web.security.OpenIdConnect.LoginRefused;
import it.sportello.web.security.OpenIdConnect.PendingLogin;

/**
 * The production login of citizens, through an OpenID Connect identity provider:
 * {@code GET /accesso/oidc?metodo=SPID&torna=/path} sends the visitor to the provider, which
 * sends them back to {@code GET /accesso/oidc/callback}, where the login is completed by
 * {@link DeskAuthentication} like any other citizen login.
 *
 * <p>A refused login of any kind ends on the login page with one localized message and no
 * login: the reason goes to the log only, since it helps an administrator, not the citizen.
 * While the desk uses another identity provider both addresses answer 404.
 */
@WebServlet({OpenIdLogin.START, OpenIdLogin.CALLBACK})
public class OpenIdLogin extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logs.of(OpenIdLogin.class);

    public static final String START = "/accesso/oidc";
    public static final String CALLBACK = "/accesso/oidc/callback";
    static final String METHOD_PARAMETER = "metodo";
    static final String START_PAGE = "/area-personale/index.xhtml";

    /** {@code /accedi.xhtml?esito=non-riuscito} shows a localized message: the login failed. */
    public static final String OUTCOME_PARAMETER = "esito";

    public static final String FAILED = "non-riuscito";
    /** The outcome of a login whose authentication level is lower than the one required. */
    public static final String LEVEL_TOO_LOW = "livello-insufficiente";

    private static final String PENDING = PendingLogin.class.getName();

    @Inject
    LoginFailures failures;

    @Inject
    OpenIdConnect oidc;

    @Inject
    SecurityContext security;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!oidc.isActive()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (CALLBACK.equals(request.getServletPath())) {
            complete(request, response);
        } else {
            start(request, response);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuthMethod method = method(request.getParameter(METHOD_PARAMETER));
        String returnPath = request.getParameter(DeskAuthentication.RETURN_PARAMETER);
        URI redirectUri = oidc.redirectUri(URI.create(request.getRequestURL().toString()), request.getContextPath());
        PendingLogin login = oidc.begin(method, returnPath == null ? null : LocalPaths.orHome(returnPath), redirectUri);
        URI provider;
        try {
            provider = oidc.authorizationRequest(login);
        } catch (LoginRefused e) {
            refuse(request, response, null, e);
            return;
        }
        // A second login started in another tab replaces this one: only the latest can complete.
        request.getSession().setAttribute(PENDING, login);
        response.sendRedirect(provider.toString());
    }

    private void complete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        PendingLogin login = session == null ? null : (PendingLogin) session.getAttribute(PENDING);
        if (login == null) {
            refuse(request, response, null, new LoginRefused("No login in progress in this session"));
            return;
        }
        // One use: a replayed or forged callback finds nothing to complete.
        session.removeAttribute(PENDING);
        String query = request.getQueryString();
        URI callback = URI.create(request.getRequestURL() + (query == null ? "" : "?" + query));
        try {
            CitizenCredential credential = oidc.complete(callback, login);
            AuthenticationStatus status = security.authenticate(
                    request, response, withParams().credential(credential).newAuthentication(true));
            if (status != AuthenticationStatus.SUCCESS) {
                throw new LoginRefused("The identity store refused the citizen: " + status);
            }
        } catch (LoginRefused e) {
            refuse(request, response, login, e);
            return;
        } catch (RuntimeException e) {
            // The citizen's data may break a rule of the register (a name too long, say).
            refuse(request, response, login, new LoginRefused("The citizen could not be registered", e));
            return;
        }
        String target = login.returnPath() == null ? START_PAGE : login.returnPath();
        response.sendRedirect(request.getContextPath() + target);
    }

    private static AuthMethod method(String text) {
        for (AuthMethod method : AuthMethod.values()) {
            if (method.name().equals(text)) {
                return method;
            }
        }
        return AuthMethod.SPID;
    }

    private void refuse(
            HttpServletRequest request, HttpServletResponse response, PendingLogin login, LoginRefused reason)
            throws IOException {
        failures.citizen();
        LOG.log(Level.WARNING, "Citizen login refused: {0}", reason.getMessage());
        LOG.log(Level.FINE, "Citizen login refused", reason);
        String back = login == null || login.returnPath() == null
                ? ""
                : "&" + DeskAuthentication.RETURN_PARAMETER + "="
                        + URLEncoder.encode(login.returnPath(), StandardCharsets.UTF_8);
        response.sendRedirect(request.getContextPath() + DeskAuthentication.CITIZEN_LOGIN + "?" + OUTCOME_PARAMETER
                + "=" + (reason.isLevelTooLow() ? LEVEL_TOO_LOW : FAILED) + back);
    }
}
