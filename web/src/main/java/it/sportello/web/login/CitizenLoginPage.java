package it.sportello.web.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import it.sportello.demo.DemoIdentities;
import it.sportello.identity.entity.AuthMethod;

/** Backing bean of {@code /accedi.xhtml}: the choice between SPID, CIE and CNS. */
@Named
@RequestScoped
public class CitizenLoginPage {

    @Inject
    DemoIdentities demo;

    private String requested;

    public AuthMethod[] getMethods() {
        return AuthMethod.values();
    }

    public boolean isDemo() {
        return demo.isAvailable();
    }

    public String getRequested() {
        return requested;
    }

    public void setRequested(String requested) {
        this.requested = requested;
    }
}
