package it.sportello.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import it.sportello.identity.entity.Address;

class AddressClaimTest {

    @Test
    void theOpenIdConnectObjectGivesEveryPart() {
        Address address = AddressClaim.read(Map.of(
                        "street_address",
                        "Via Listz 21",
                        "locality",
                        "Roma",
                        "region",
                        "RM",
                        "postal_code",
                        "00144",
                        "country_code",
                        "IT",
                        "formatted",
                        "Via Listz 21 00144 Roma RM"))
                .orElseThrow();

        assertThat(address.getStreet()).isEqualTo("Via Listz");
        assertThat(address.getNumber()).isEqualTo("21");
        assertThat(address.getPostcode()).isEqualTo("00144");
        assertThat(address.getCity()).isEqualTo("Roma");
        assertThat(address.getProvince()).isEqualTo("RM");
        assertThat(address.getCountry()).isEqualTo("Italia");
    }

    @Test
    void aRegionThatIsNoProvinceAndAForeignPostcodeFitTheAddress() {
        Address address = AddressClaim.read(Map.of(
                        "street_address",
                        "10 Downing Street",
                        "locality",
                        "London",
                        "region",
                        "England",
                        "postal_code",
                        "SW1A 2AA",
                        "country",
                        "United Kingdom"))
                .orElseThrow();

        assertThat(address.getStreet()).isEqualTo("10 Downing Street");
        assertThat(address.getNumber()).isNull();
        assertThat(address.getPostcode()).isNull();
        assertThat(address.getCity()).isEqualTo("SW1A 2AA London");
        assertThat(address.getProvince()).isNull();
        assertThat(address.getCountry()).isEqualTo("United Kingdom");
    }

    @Test
    void anObjectWithOnlyTheFormattedTextIsReadAsText() {
        Address address = AddressClaim.read(Map.of("formatted", "via Listz 21 00144 Roma"))
                .orElseThrow();

        assertThat(List.of(address.getStreet(), address.getNumber(), address.getPostcode(), address.getCity()))
                .containsExactly("via Listz", "21", "00144", "Roma");
        assertThat(address.getProvince()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "Via Roma 1 56125 Pisa PI                        | Via Roma         | 1    | 56125 | Pisa     | PI | -",
                "Via Listz 21, Roma, RM, 00144, IT               | Via Listz        | 21   | 00144 | Roma     | RM | Italia",
                "Piazza Garibaldi 3, 56031 Bugliano (PI), Italia | Piazza Garibaldi | 3    | 56031 | Bugliano | PI | Italia",
                "Corso Italia 12/B 20122 Milano MI               | Corso Italia     | 12/B | 20122 | Milano   | MI | -",
                "Via XX Settembre snc, 38122 Trento              | Via XX Settembre | snc  | 38122 | Trento   | -  | -",
            })
    void aStringIsSplitIntoItsParts(
            String text, String street, String number, String postcode, String city, String province, String country) {
        Address address = AddressClaim.read(text).orElseThrow();

        assertThat(address.getStreet()).isEqualTo(street);
        assertThat(address.getNumber()).isEqualTo(number);
        assertThat(address.getPostcode()).isEqualTo(postcode);
        assertThat(address.getCity()).isEqualTo(city);
        assertThat(address.getProvince()).isEqualTo(province);
        assertThat(address.getCountry()).isEqualTo(country);
    }

    @Test
    void aStringWithoutPostcodeStaysWholeInTheStreet() {
        Address address = AddressClaim.read("Località Case Sparse, Bugliano").orElseThrow();

        assertThat(address.getStreet()).isEqualTo("Località Case Sparse, Bugliano");
        assertThat(address.getCity()).isNull();
        assertThat(address.getPostcode()).isNull();
    }

    @Test
    void noClaimOrAnEmptyOneIsNoAddress() {
        assertThat(AddressClaim.read(null)).isEmpty();
        assertThat(AddressClaim.read("  ")).isEmpty();
        assertThat(AddressClaim.read(Map.of())).isEmpty();
        assertThat(AddressClaim.read(42)).isEmpty();
    }
}
