package it.sportello.web.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import it.sportello.demo.DemoIdentities;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.web.security.OpenIdConnect;
import it.sportello.web.security.OpenIdLogin;

/**
 * Backing bean of {@code /accedi.xhtml}: the choice between SPID, CIE and CNS, which lead to the
 * identity provider the desk is set up with (the demonstration page or OpenID Connect).
 */
@Named
@RequestScoped
public class CitizenLoginPage {

    @Inject
    DemoIdentities demo;

    @Inject
    OpenIdConnect oidc;

    private String requested;
    private String outcome;

    public AuthMethod[] getMethods() {
        return AuthMethod.values();
    }

    public boolean isDemo() {
        return demo.isAvailable();
    }

    /** Where the buttons lead, relative to the context path; the method and return path are added by the page. */
    public String getLoginPath() {
        return oidc.isActive() ? OpenIdLogin.START : "/accesso/demo.xhtml";
    }

    /** Whether the visitor comes back from a login that did not succeed. */
    public boolean isFailed() {
        return OpenIdLogin.FAILED.equals(outcome);
    }

    /** Whether the visitor comes back from a login at a lower authentication level than required. */
    public boolean isLevelTooLow() {
        return OpenIdLogin.LEVEL_TOO_LOW.equals(outcome);
    }

    /** The lowest SPID/CIE level accepted, for the message of a refused login. */
    public int getMinimumLevel() {
        return oidc.getMinimumLevel();
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    /** The query string of a login button: the method and, URL-encoded, the page to go back to. */
    public String query(String method) {
        String query = "metodo=" + method;
        return requested == null || requested.isBlank()
                ? query
                : query + "&torna="
                        + java.net.URLEncoder.encode(
                                it.sportello.web.LocalPaths.orHome(requested), java.nio.charset.StandardCharsets.UTF_8);
    }

    public String getRequested() {
        return requested;
    }

    public void setRequested(String requested) {
        this.requested = requested;
    }
}
