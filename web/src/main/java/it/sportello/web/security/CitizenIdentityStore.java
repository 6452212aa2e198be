package it.sportello.web.security;

import java.util.EnumSet;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import it.sportello.identity.boundary.Citizens;
import it.sportello.identity.entity.Roles;

/** Turns a proved digital identity into the citizen of that codice fiscale, created at the first login. */
@ApplicationScoped
public class CitizenIdentityStore implements IdentityStore {

    @EJB
    Citizens citizens;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof CitizenCredential identity)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        citizens.signIn(identity.fiscalCode(), identity.data(), identity.method(), identity.level());
        return new CredentialValidationResult(identity.fiscalCode().value(), Set.of(Roles.CITIZEN));
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
