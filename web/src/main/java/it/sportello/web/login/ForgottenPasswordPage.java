package it.sportello.web.login;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import it.sportello.identity.boundary.PasswordResets;

/** Backing bean of {@code /password-dimenticata.xhtml}. */
@Named
@RequestScoped
public class ForgottenPasswordPage {

    @EJB
    PasswordResets passwords;

    @NotBlank
    @Size(max = 254)
    private String usernameOrEmail;

    public void send() {
        passwords.forgotten(usernameOrEmail, Faces.getLocale());
        Messages.addGlobalInfo("password.forgotten.sent");
        usernameOrEmail = null;
    }

    public String getUsernameOrEmail() {
        return usernameOrEmail;
    }

    public void setUsernameOrEmail(String usernameOrEmail) {
        this.usernameOrEmail = usernameOrEmail;
    }
}
