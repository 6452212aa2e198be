package it.sportello.web.booking;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import it.sportello.booking.entity.BookingRefusedException;
import it.sportello.booking.entity.Person;
import it.sportello.identity.entity.EmailAddress;
import it.sportello.identity.entity.FiscalCode;

/**
 * The fields of whom an appointment is for, as typed in a page: by whoever books without login,
 * by a citizen booking for somebody else, or by an operator entering an appointment taken by phone.
 * The codice fiscale is read by its converter and the other fields carry their constraints, so
 * that a wrong value is said next to its field before anything is booked; the appointment checks
 * the same again.
 */
public class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** As long as the appointment's columns for names and phone. */
    static final int NAME_LENGTH = 100;

    static final int PHONE_LENGTH = 30;

    private FiscalCode fiscalCode;

    @Size(max = NAME_LENGTH, message = "{text.too_long}")
    private String givenName;

    @Size(max = NAME_LENGTH, message = "{text.too_long}")
    private String familyName;

    private LocalDate birthDate;

    @Size(max = EmailAddress.LENGTH, message = "{text.too_long}")
    @Pattern(regexp = "\\s*" + EmailAddress.PATTERN + "\\s*", message = "{contacts.email.invalid}")
    private String email;

    @Size(max = PHONE_LENGTH, message = "{text.too_long}")
    private String phone;

    /** The person typed; a codice fiscale, when given (or required), is a valid one by then. */
    public Person toPerson(boolean fiscalCodeRequired) {
        if (fiscalCodeRequired && fiscalCode == null) {
            throw new BookingRefusedException("booking.person.fiscalCodeRequired");
        }
        return new Person(
                fiscalCode == null ? null : fiscalCode.value(), givenName, familyName, birthDate, email, phone);
    }

    public FiscalCode getFiscalCode() {
        return fiscalCode;
    }

    public void setFiscalCode(FiscalCode fiscalCode) {
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
