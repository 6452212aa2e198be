package it.sportello.identity.entity;

import java.time.LocalDate;

/**
 * What the identity provider asserts about a citizen at login. Names, birth data and sex are
 * authoritative and overwrite what was stored; e-mail and mobile only fill empty contacts, since
 * the citizen may have chosen other ones for the municipality. The domicile (SPID's "domicilio
 * fisico"), when the identity has one, replaces the stored one and cannot be edited until a login
 * without it; {@code null} when the identity says nothing about it.
 */
public record PersonalData(
        String givenName,
        String familyName,
        LocalDate birthDate,
        String birthPlace,
        Sex sex,
        String email,
        String mobile,
        Address domicile) {

    public PersonalData {
        if (givenName == null || givenName.isBlank() || familyName == null || familyName.isBlank()) {
            throw new IllegalArgumentException("An identity has a given name and a family name");
        }
        domicile = domicile == null || domicile.isEmpty() ? null : new Address(domicile);
    }

    /** An identity without a domicile. */
    public PersonalData(
            String givenName,
            String familyName,
            LocalDate birthDate,
            String birthPlace,
            Sex sex,
            String email,
            String mobile) {
        this(givenName, familyName, birthDate, birthPlace, sex, email, mobile, null);
    }

    /** A copy: the record stays as the identity asserted it. */
    @Override
    public Address domicile() {
        return domicile == null ? null : new Address(domicile);
    }
}
