package it.sportello.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CitizenTest {

    private static final FiscalCode MARIO = FiscalCode.of("RSSMRA80A01H501U");
    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    private final PersonalData fromSpid = new PersonalData(
            "Mario", "Rossi", LocalDate.of(1980, 1, 1), "Roma", Sex.MALE, "mario@spid.example", "+39 333 1234567");

    @Test
    void theFirstLoginFillsPersonalDataAndContacts() {
        Citizen citizen = new Citizen(MARIO, fromSpid);
        citizen.signedIn(fromSpid, AuthMethod.SPID, "https://www.spid.gov.it/SpidL2", NOW);

        assertThat(citizen.fullName()).isEqualTo("Mario Rossi");
        assertThat(citizen.getBirthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
        assertThat(citizen.getContacts().getEmail()).isEqualTo("mario@spid.example");
        assertThat(citizen.getContacts().getMobile()).isEqualTo("+39 333 1234567");
        assertThat(citizen.getLastAuthMethod()).isEqualTo(AuthMethod.SPID);
        assertThat(citizen.getLastAuthLevel()).endsWith("SpidL2");
        assertThat(citizen.getLastLoginAt()).isEqualTo(NOW);
    }

    @Test
    void everyLoginRefreshesWhatTheIdentityAssertsButKeepsTheCitizensOwnContacts() {
        Citizen citizen = new Citizen(MARIO, fromSpid);
        citizen.signedIn(fromSpid, AuthMethod.SPID, null, NOW);
        citizen.updateProfile(
                new Contacts("mario@comune.example", null, "050 123456"),
                new Address(),
                new Address(),
                new IdentityDocument());

        PersonalData fromCie = new PersonalData(
                "Mario Giuseppe",
                "Rossi",
                LocalDate.of(1980, 1, 1),
                "Roma",
                Sex.MALE,
                "other@cie.example",
                "+39 340 0000000");
        citizen.signedIn(fromCie, AuthMethod.CIE, "L3", NOW.plusSeconds(3600));

        assertThat(citizen.fullName()).isEqualTo("Mario Giuseppe Rossi");
        assertThat(citizen.getContacts().getEmail()).as("chosen by the citizen").isEqualTo("mario@comune.example");
        assertThat(citizen.getContacts().getMobile()).as("was empty").isEqualTo("+39 340 0000000");
        assertThat(citizen.getContacts().getPhone()).isEqualTo("050 123456");
        assertThat(citizen.getLastAuthMethod()).isEqualTo(AuthMethod.CIE);
    }

    @Test
    void aDomicileFromTheIdentityIsRefreshedAtLoginAndCannotBeEditedUntilALoginWithoutIt() {
        Citizen citizen = new Citizen(MARIO, fromSpid);
        citizen.signedIn(withDomicile("Via Roma", "Pisa"), AuthMethod.SPID, null, NOW);

        assertThat(citizen.isDomicileFromIdentity()).isTrue();
        assertThat(citizen.getDomicile().getCity()).isEqualTo("Pisa");

        Address residence = address("Via Verdi", "Bugliano");
        citizen.updateProfile(new Contacts(), residence, address("Via Altra", "Lucca"), new IdentityDocument());
        assertThat(citizen.getResidence().getCity()).as("still the citizen's").isEqualTo("Bugliano");
        assertThat(citizen.getDomicile().getCity()).as("the identity's").isEqualTo("Pisa");

        citizen.signedIn(withDomicile("Via Nuova", "Cascina"), AuthMethod.SPID, null, NOW.plusSeconds(60));
        assertThat(citizen.getDomicile().getStreet()).as("refreshed").isEqualTo("Via Nuova");

        citizen.signedIn(fromSpid, AuthMethod.CIE, null, NOW.plusSeconds(120));
        assertThat(citizen.isDomicileFromIdentity()).isFalse();
        assertThat(citizen.getDomicile().getCity()).as("kept").isEqualTo("Cascina");

        citizen.updateProfile(new Contacts(), residence, address("Via Altra", "Lucca"), new IdentityDocument());
        assertThat(citizen.getDomicile().getCity()).as("editable again").isEqualTo("Lucca");
    }

    private PersonalData withDomicile(String street, String city) {
        return new PersonalData(
                "Mario", "Rossi", LocalDate.of(1980, 1, 1), "Roma", Sex.MALE, null, null, address(street, city));
    }

    private static Address address(String street, String city) {
        Address address = new Address();
        address.setStreet(street);
        address.setCity(city);
        return address;
    }

    @Test
    void theProfileIsCopiedInNotShared() {
        Citizen citizen = new Citizen(MARIO, fromSpid);
        Address residence = new Address();
        residence.setCity("Bugliano");
        citizen.updateProfile(new Contacts(), residence, new Address(), new IdentityDocument());

        residence.setCity("Pisa");
        citizen.getResidence().setCity("Lucca");

        assertThat(citizen.getResidence().getCity()).isEqualTo("Bugliano");
        assertThat(citizen.getDomicile().isEmpty()).isTrue();
    }

    @Test
    void blankContactsAreNoContacts() {
        Contacts contacts = new Contacts("  ", "", null);

        assertThat(contacts.getEmail()).isNull();
        assertThat(contacts.getMobile()).isNull();
    }

    @Test
    void aDocumentExpiringBeforeItsIssueIsInconsistent() {
        IdentityDocument document = new IdentityDocument();
        document.setIssuedOn(LocalDate.of(2020, 5, 1));
        document.setExpiresOn(LocalDate.of(2019, 5, 1));

        assertThat(document.isExpiryAfterIssue()).isFalse();

        document.setExpiresOn(LocalDate.of(2030, 5, 1));
        assertThat(document.isExpiryAfterIssue()).isTrue();
        assertThat(document.isExpiredOn(LocalDate.of(2031, 1, 1))).isTrue();
    }
}
