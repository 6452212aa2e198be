package it.sportello.web.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.omnifaces.util.Messages;

import it.sportello.identity.entity.StaffAccount;

/** Backing bean of {@code /accesso-personale.xhtml}: staff log in with username and password. */
@Named
@RequestScoped
public class StaffLoginPage {

    @NotBlank
    @Size(max = StaffAccount.USERNAME_LENGTH)
    private String username;

    @NotBlank
    @Size(max = 200)
    private String password;

    private String requested;

    public void login() {
        AuthenticationStatus status =
                Pages.authenticate(new UsernamePasswordCredential(username, new Password(password)));
        password = null;
        if (status == AuthenticationStatus.SEND_FAILURE) {
            // One message for every refusal: which one it was would tell who has an account.
            Messages.addGlobalError("login.staff.invalid");
            return;
        }
        Pages.continueTo(requested, "/backoffice/index.xhtml");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRequested() {
        return requested;
    }

    public void setRequested(String requested) {
        this.requested = requested;
    }
}
