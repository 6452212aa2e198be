package it.sportello.identity.entity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** How the municipality reaches a citizen. */
@Embeddable
public class Contacts implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int EMAIL_LENGTH = 254;

    /** An optional leading + and 6 to 15 digits, single spaces allowed between them. */
    static final String PHONE = "\\+?[0-9]( ?[0-9]){5,14}";

    @Email(message = "{contacts.email.invalid}")
    @Size(max = EMAIL_LENGTH)
    @Column(length = EMAIL_LENGTH)
    private String email;

    @Pattern(regexp = PHONE, message = "{contacts.phone.invalid}")
    @Column(length = 20)
    private String mobile;

    @Pattern(regexp = PHONE, message = "{contacts.phone.invalid}")
    @Column(length = 20)
    private String phone;

    public Contacts() {}

    public Contacts(String email, String mobile, String phone) {
        this.email = blankToNull(email);
        this.mobile = blankToNull(mobile);
        this.phone = blankToNull(phone);
    }

    public Contacts(Contacts other) {
        this(
                other == null ? null : other.email,
                other == null ? null : other.mobile,
                other == null ? null : other.phone);
    }

    /** These contacts, with what is missing taken from the others. */
    public Contacts completedWith(String otherEmail, String otherMobile) {
        return new Contacts(email != null ? email : otherEmail, mobile != null ? mobile : otherMobile, phone);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = blankToNull(email);
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = blankToNull(mobile);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = blankToNull(phone);
    }
}
