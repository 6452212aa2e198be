package it.sportello.identity.entity;

import java.time.LocalDate;

/**
 * What the identity provider asserts about a citizen at login. Names, birth data and sex are
 * authoritative and overwrite what was stored; e-mail and mobile only fill empty contacts, since
 * the citizen may have chosen other ones for the municipality.
 */
public record PersonalData(String givenName, String familyName, LocalDate birthDate, String birthPlace, Sex sex,
        String email, String mobile) {

    public PersonalData {
        if (givenName == null || givenName.isBlank() || familyName == null || familyName.isBlank()) {
            throw new IllegalArgumentException("An identity has a given name and a family name");
        }
    }
}
