package it.sportello.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.nimbusds.jwt.JWTClaimsSet;

import it.sportello.identity.entity.Address;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.InvalidFiscalCodeException;
import it.sportello.identity.entity.PersonalData;
import it.sportello.identity.entity.Sex;

class IdentityClaimsTest {

    private static final IdentityClaims SPID = new IdentityClaims(
            "fiscalNumber",
            "given_name",
            "family_name",
            "email",
            "phone_number",
            "birthdate",
            "place_of_birth",
            "gender",
            "address");

    private static final String LEVEL_2 = "https://www.spid.gov.it/SpidL2";

    @Test
    void aSpidIdentityBecomesTheCredentialOfItsCodiceFiscale() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim("fiscalNumber", "TINIT-RSSMRA80A01H501U")
                .claim("given_name", "Mario")
                .claim("family_name", "Rossi")
                .claim("email", "mario.rossi@example.org")
                .claim("phone_number", "+393330000000")
                .claim("birthdate", "1980-01-01")
                .claim("place_of_birth", "H501")
                .claim("gender", "M")
                .build();

        CitizenCredential credential = SPID.credential(claims, AuthMethod.CIE, LEVEL_2);

        assertThat(credential.fiscalCode().value()).isEqualTo("RSSMRA80A01H501U");
        assertThat(credential.method()).isEqualTo(AuthMethod.CIE);
        assertThat(credential.level()).isEqualTo(LEVEL_2);
        assertThat(credential.data().givenName()).isEqualTo("Mario");
        assertThat(credential.data().email()).isEqualTo("mario.rossi@example.org");
        assertThat(credential.data().mobile()).isEqualTo("+393330000000");
        assertThat(credential.data().birthPlace()).isEqualTo("H501");
    }

    @Test
    void missingOrUnreadableBirthDateAndSexAreTakenFromTheCodiceFiscale() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim("fiscalNumber", "FRRSRA90E45G702J")
                .claim("given_name", "Sara")
                .claim("family_name", "Ferrari")
                .claim("birthdate", "5 maggio 1990")
                .build();

        CitizenCredential credential = SPID.credential(claims, AuthMethod.SPID, null);

        assertThat(credential.data().birthDate()).isEqualTo(LocalDate.of(1990, 5, 5));
        assertThat(credential.data().sex()).isEqualTo(Sex.FEMALE);
        assertThat(credential.data().email()).isNull();
    }

    @Test
    void claimNamesComeFromTheSettings() {
        IdentityClaims proxy = new IdentityClaims(
                "cf", "nome", "cognome", "mail", "cell", "nascita", "luogo", "sesso", "domicilioFisico");
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim("cf", "RSSMRA80A01H501U")
                .claim("nome", "Mario")
                .claim("cognome", "Rossi")
                .claim("sesso", "female")
                .claim("domicilioFisico", "Via Roma 1 56125 Pisa PI")
                .claim("address", "Via Altra 2 56100 Lucca LU")
                .build();

        PersonalData data = proxy.credential(claims, AuthMethod.SPID, null).data();
        assertThat(data.sex()).isEqualTo(Sex.FEMALE);
        assertThat(data.domicile().getCity()).isEqualTo("Pisa");
    }

    @Test
    void theAddressObjectBecomesTheDomicile() {
        JWTClaimsSet claims = mario().claim(
                        "address",
                        Map.of(
                                "street_address",
                                "Via Listz 21",
                                "locality",
                                "Roma",
                                "region",
                                "RM",
                                "postal_code",
                                "00144",
                                "country_code",
                                "IT"))
                .build();

        Address domicile =
                SPID.credential(claims, AuthMethod.SPID, LEVEL_2).data().domicile();

        assertThat(domicile.getStreet()).isEqualTo("Via Listz");
        assertThat(domicile.getNumber()).isEqualTo("21");
        assertThat(domicile.getPostcode()).isEqualTo("00144");
        assertThat(domicile.getCity()).isEqualTo("Roma");
        assertThat(domicile.getProvince()).isEqualTo("RM");
        assertThat(domicile.getCountry()).isEqualTo("Italia");
    }

    @Test
    void anAddressStringIsSplitAsWellAsItCanBe() {
        JWTClaimsSet claims =
                mario().claim("address", "Via Roma 1 56125 Pisa PI").build();

        Address domicile =
                SPID.credential(claims, AuthMethod.SPID, LEVEL_2).data().domicile();

        assertThat(domicile.getStreet()).isEqualTo("Via Roma");
        assertThat(domicile.getNumber()).isEqualTo("1");
        assertThat(domicile.getPostcode()).isEqualTo("56125");
        assertThat(domicile.getCity()).isEqualTo("Pisa");
        assertThat(domicile.getProvince()).isEqualTo("PI");
    }

    @Test
    void withoutAnAddressClaimThereIsNoDomicile() {
        assertThat(SPID.credential(mario().build(), AuthMethod.SPID, LEVEL_2)
                        .data()
                        .domicile())
                .isNull();
        assertThat(SPID.credential(mario().claim("address", Map.of()).build(), AuthMethod.SPID, LEVEL_2)
                        .data()
                        .domicile())
                .as("an empty object")
                .isNull();
    }

    @Test
    void theUserinfoAnswerCompletesTheIdTokenAndWinsWhereBothSaySomething() {
        JWTClaimsSet idToken = mario().claim("sub", "TINIT-RSSMRA80A01H501U")
                .claim("acr", LEVEL_2)
                .build();
        JWTClaimsSet userInfo = new JWTClaimsSet.Builder()
                .subject("TINIT-RSSMRA80A01H501U")
                .claim("given_name", "Mario Giuseppe")
                .claim("phone_number", "+393331112222")
                .claim("address", "Via Roma 1 56125 Pisa PI")
                .build();

        JWTClaimsSet merged = IdentityClaims.merge(idToken, userInfo);
        PersonalData data = SPID.credential(merged, AuthMethod.SPID, LEVEL_2).data();

        assertThat(data.givenName()).as("userinfo wins").isEqualTo("Mario Giuseppe");
        assertThat(data.familyName()).as("only in the ID token").isEqualTo("Rossi");
        assertThat(data.mobile()).as("only at userinfo").isEqualTo("+393331112222");
        assertThat(data.domicile().getCity()).isEqualTo("Pisa");
        assertThat(IdentityClaims.merge(idToken, null))
                .as("no userinfo endpoint")
                .isSameAs(idToken);
    }

    private static JWTClaimsSet.Builder mario() {
        return new JWTClaimsSet.Builder()
                .claim("fiscalNumber", "RSSMRA80A01H501U")
                .claim("given_name", "Mario")
                .claim("family_name", "Rossi");
    }

    @Test
    void noLoginWithoutAValidCodiceFiscale() {
        JWTClaimsSet withoutCode = new JWTClaimsSet.Builder()
                .claim("given_name", "Mario")
                .claim("family_name", "Rossi")
                .build();
        JWTClaimsSet wrongCheck = new JWTClaimsSet.Builder()
                .claim("fiscalNumber", "TINIT-RSSMRA80A01H501A")
                .claim("given_name", "Mario")
                .claim("family_name", "Rossi")
                .build();

        assertThatThrownBy(() -> SPID.credential(withoutCode, AuthMethod.SPID, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SPID.credential(wrongCheck, AuthMethod.SPID, null))
                .isInstanceOf(InvalidFiscalCodeException.class);
    }

    @Test
    void noLoginWithoutTheNames() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim("fiscalNumber", "RSSMRA80A01H501U")
                .claim("given_name", " ")
                .build();

        assertThatThrownBy(() -> SPID.credential(claims, AuthMethod.SPID, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
