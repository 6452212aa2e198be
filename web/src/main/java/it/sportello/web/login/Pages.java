package it.sportello.web.login;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import it.sportello.web.LocalPaths;

/** What the login pages share: authenticate with a credential, then go where the visitor was going. */
final class Pages {

    private Pages() {}

    /**
     * Authenticates this request with the credential. The security context is looked up for the
     * call, not injected into the page: it cannot be written out with a view-scoped page's bean.
     */
    static AuthenticationStatus authenticate(Credential credential) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return CDI.current()
                .select(SecurityContext.class)
                .get()
                .authenticate(
                        (HttpServletRequest) external.getRequest(),
                        (HttpServletResponse) external.getResponse(),
                        withParams().credential(credential).newAuthentication(true));
    }

    /** Redirects to the page asked for before the login, or to the given start page. */
    static void continueTo(String requested, String startPage) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String target = requested == null || requested.isBlank() ? startPage : LocalPaths.orHome(requested);
        try {
            external.redirect(external.getRequestContextPath() + target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
