package it.sportello.web.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

import it.sportello.identity.boundary.StaffDirectory;
import it.sportello.identity.boundary.StaffDirectory.LoginResult;
import it.sportello.identity.entity.StaffRole;

/** Staff log in with username and password; their roles come with the account. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @EJB
    StaffDirectory directory;

    /** The request being authenticated: wrong passwords are counted per client address. */
    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginResult result =
                directory.verifyPassword(login.getCaller(), login.getPassword().getValue(), request.getRemoteAddr());
        if (result.outcome() != LoginResult.Outcome.ACCEPTED) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = result.roles().stream().map(StaffRole::roleName).collect(Collectors.toSet());
        return new CredentialValidationResult(login.getCaller().strip().toLowerCase(java.util.Locale.ROOT), groups);
    }

    /**
     * Validates and provides groups: the groups of a validation result are kept only when the
     * store that validated also provides groups.
     */
    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
