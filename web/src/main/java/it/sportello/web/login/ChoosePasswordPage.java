package it.sportello.web.login;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import it.sportello.identity.boundary.PasswordResets;
import it.sportello.identity.control.PasswordPolicy;
import it.sportello.web.security.DeskAuthentication;

/** Backing bean of {@code /reimposta-password.xhtml?token=...}: the page of the e-mailed link. */
@Named
@ViewScoped
public class ChoosePasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PasswordResets passwords;

    private String token;
    private String password;
    private String repeated;
    private Boolean usable;

    public boolean isUsable() {
        if (usable == null) {
            usable = passwords.isUsable(token);
        }
        return usable;
    }

    public void save() {
        passwords.choosePassword(token, password, repeated);
        Messages.addFlashGlobalInfo("password.chosen");
        Faces.redirect(DeskAuthentication.STAFF_LOGIN.substring(1));
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
