package it.sportello.identity.entity;

import java.io.Serializable;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A postal address: residence or domicile of a citizen. Every part is optional until a form needs it. */
@Embeddable
public class Address implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 200)
    private String street;

    @Size(max = 20)
    private String number;

    @Pattern(regexp = "[0-9]{5}", message = "{address.postcode.invalid}")
    private String postcode;

    @Size(max = 100)
    private String city;

    // any case: the setter writes it in capitals, as the post office does
    @Pattern(regexp = "[A-Za-z]{2}", message = "{address.province.invalid}")
    private String province;

    @Size(max = 100)
    private String country;

    public Address() {}

    public Address(Address other) {
        if (other != null) {
            street = other.street;
            number = other.number;
            postcode = other.postcode;
            city = other.city;
            province = other.province;
            country = other.country;
        }
    }

    public boolean isEmpty() {
        return street == null
                && number == null
                && postcode == null
                && city == null
                && province == null
                && country == null;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province == null ? null : province.toUpperCase(java.util.Locale.ROOT);
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }
}
