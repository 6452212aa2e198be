package it.sportello.web.security;

import jakarta.security.enterprise.credential.Credential;

import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.PersonalData;

/**
 * An identity already proved by a digital identity provider (or chosen on the demonstration
 * page): only the server creates one, after checking the provider's answer.
 */
public record CitizenCredential(FiscalCode fiscalCode, PersonalData data, AuthMethod method, String level)
        implements Credential {}
