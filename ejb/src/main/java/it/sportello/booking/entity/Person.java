package it.sportello.booking.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Who the appointment is for: the logged-in citizen, a third person they book for (conto terzi), or
 * somebody who booked without logging in or by phone. Names are required, the rest depends on
 * who books.
 */
public record Person(
        String fiscalCode, String givenName, String familyName, LocalDate birthDate, String email, String phone)
        implements Serializable {

    public Person {
        if (isBlank(givenName) || isBlank(familyName)) {
            throw new BookingRefusedException("booking.person.nameRequired");
        }
        fiscalCode = isBlank(fiscalCode) ? null : fiscalCode.trim().toUpperCase(java.util.Locale.ROOT);
        givenName = givenName.trim();
        familyName = familyName.trim();
        email = isBlank(email) ? null : email.trim();
        phone = isBlank(phone) ? null : phone.trim();
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
