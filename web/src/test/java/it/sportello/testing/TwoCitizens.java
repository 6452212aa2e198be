package it.sportello.testing;

import java.time.LocalDate;

import it.sportello.identity.boundary.Citizens;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.PersonalData;
import it.sportello.identity.entity.Sex;

/** Two citizens of the in-container tests, as their login records them: Mario Rossi (SPID) and Giulia Bianchi (CIE). */
public final class TwoCitizens {

    public static final FiscalCode MARIO = FiscalCode.of("RSSMRA80A01H501U");
    public static final FiscalCode GIULIA = FiscalCode.of("BNCGLI85M52F205H");

    private TwoCitizens() {}

    /** Both log in, at level 2, with their personal data and e-mail addresses. */
    public static void signIn(Citizens citizens) {
        citizens.signIn(
                MARIO,
                new PersonalData(
                        "Mario", "Rossi", LocalDate.of(1980, 1, 1), "Roma", Sex.MALE, "mario.rossi@example.org", null),
                AuthMethod.SPID,
                "https://www.spid.gov.it/SpidL2");
        citizens.signIn(
                GIULIA,
                new PersonalData(
                        "Giulia",
                        "Bianchi",
                        LocalDate.of(1985, 8, 12),
                        "Milano",
                        Sex.FEMALE,
                        "giulia.bianchi@example.org",
                        null),
                AuthMethod.CIE,
                "https://www.spid.gov.it/SpidL2");
    }
}
