package it.sportello.web.login;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import it.sportello.demo.DemoIdentities;
import it.sportello.demo.DemoIdentities.Identity;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.web.security.CitizenCredential;

/**
 * Backing bean of {@code /accesso/demo.xhtml}: in a demonstration, the SPID, CIE and CNS buttons
 * lead here, and choosing a fictional person logs in exactly as the identity provider would.
 * When demonstrations are off the page does not exist.
 */
@Named
@ViewScoped
public class DemoLoginPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The level a demonstration login stands for: SPID level 2, the usual one for municipal services. */
    static final String DEMO_LEVEL = "https://www.spid.gov.it/SpidL2";

    @Inject
    DemoIdentities demo;

    private AuthMethod method = AuthMethod.SPID;
    private String requested;

    /** Answers 404 when demonstrations are off, so nobody can log in as a fictional person. */
    public void checkAvailable() {
        if (!demo.isAvailable()) {
            Faces.responseSendError(404, "");
        }
    }

    public List<Identity> getIdentities() {
        return demo.all();
    }

    public void login(String fiscalCode) {
        Identity identity = demo.find(fiscalCode).orElse(null);
        if (identity == null) {
            Messages.addGlobalError("login.demo.unknown");
            return;
        }
        CitizenCredential credential =
                new CitizenCredential(identity.code(), identity.personalData(), method, DEMO_LEVEL);
        if (Pages.authenticate(credential) == AuthenticationStatus.SEND_FAILURE) {
            Messages.addGlobalError("login.demo.failed");
            return;
        }
        Pages.continueTo(requested, "/area-personale/index.xhtml");
    }

    public AuthMethod getMethod() {
        return method;
    }

    public void setMethod(AuthMethod method) {
        this.method = method == null ? AuthMethod.SPID : method;
    }

    public String getRequested() {
        return requested;
    }

    public void setRequested(String requested) {
        this.requested = requested;
    }
}
