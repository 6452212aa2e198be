package it.sportello.web.booking;

import java.io.Serializable;
import java.time.LocalDate;

import it.sportello.booking.entity.BookingRefusedException;
import it.sportello.booking.entity.Person;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.InvalidFiscalCodeException;

/**
 * The fields of whom an appointment is for, as typed in a page: by whoever books without login,
 * by a citizen booking for somebody else, or by an operator entering an appointment taken by phone.
 */
public class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String fiscalCode;
    private String givenName;
    private String familyName;
    private LocalDate birthDate;
    private String email;
    private String phone;

    /** The person typed; a codice fiscale, when given (or required), must be a valid one. */
    public Person toPerson(boolean fiscalCodeRequired) {
        boolean blank = fiscalCode == null || fiscalCode.isBlank();
        if (fiscalCodeRequired && blank) {
            throw new BookingRefusedException("booking.person.fiscalCodeRequired");
        }
        String code;
        try {
            code = blank ? null : FiscalCode.of(fiscalCode).value();
        } catch (InvalidFiscalCodeException e) {
            throw new BookingRefusedException("booking.person.fiscalCodeInvalid");
        }
        return new Person(code, givenName, familyName, birthDate, email, phone);
    }

    public String getFiscalCode() {
        return fiscalCode;
    }

    public void setFiscalCode(String fiscalCode) {
        this.fiscalCode = fiscalCode;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
