package it.sportello.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import it.sportello.demo.DemoIdentities;
import it.sportello.identity.boundary.Citizens;
import it.sportello.identity.boundary.Operators;
import it.sportello.identity.boundary.StaffDirectory;
import it.sportello.identity.boundary.StaffDirectory.LoginResult.Outcome;
import it.sportello.identity.control.LoginThrottle;
import it.sportello.identity.entity.Address;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.Citizen;
import it.sportello.identity.entity.Contacts;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.IdentityDocument;
import it.sportello.identity.entity.PersonalData;
import it.sportello.identity.entity.Sex;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.identity.entity.StaffRole;
import it.sportello.mail.boundary.Outbox;
import it.sportello.mail.entity.OutgoingMail;
import it.sportello.platform.BusinessException;
import it.sportello.testing.Callers;
import it.sportello.testing.Deployments;

/** Citizens and staff accounts in the running application, on its database. */
@ExtendWith(ArquillianExtension.class)
class IdentityIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    private static final String OFFICE = "198.51.100.20";
    private static final String ATTACKER = "203.0.113.7";

    @EJB
    Citizens citizens;

    @EJB
    StaffDirectory staff;

    @Inject
    DemoIdentities demo;

    @EJB
    Operators operators;

    @EJB
    Outbox outbox;

    @Inject
    Callers callers;

    @Test
    void aCitizenIsCreatedAtTheFirstLoginAndRefreshedAtTheNext() {
        DemoIdentities.Identity sara = demo.find("FRRSRA90E45G702J").orElseThrow();
        citizens.signIn(sara.code(), sara.personalData(), AuthMethod.SPID, "https://www.spid.gov.it/SpidL2");

        PersonalData renamed =
                new PersonalData("Sara Maria", "Ferrari", LocalDate.of(1990, 5, 5), "Pisa", Sex.FEMALE, null, null);
        citizens.signIn(sara.code(), renamed, AuthMethod.CIE, "L3");

        callers.asCitizen(FiscalCode.of("TINIT-FRRSRA90E45G702J"));
        Citizen saved = citizens.current().orElseThrow();
        assertThat(saved.fullName()).isEqualTo("Sara Maria Ferrari");
        assertThat(saved.getContacts().getEmail()).isEqualTo("sara.ferrari@example.org");
        assertThat(saved.getLastAuthMethod()).isEqualTo(AuthMethod.CIE);
    }

    @Test
    void theProfileIsSavedAndInvalidDataIsRefusedWithItsReason() {
        DemoIdentities.Identity paolo = demo.find("CLMPLA66B14A944O").orElseThrow();
        citizens.signIn(paolo.code(), paolo.personalData(), AuthMethod.CNS, null);
        Address residence = new Address();
        residence.setStreet("Via Roma");
        residence.setNumber("1");
        residence.setPostcode("56100");
        residence.setCity("Bugliano");
        residence.setProvince("pi");

        callers.asCitizen(paolo.code());
        citizens.updateProfile(
                new Contacts("paolo@example.org", "+39 333 0000000", null),
                residence,
                new Address(residence),
                new IdentityDocument());

        Citizen saved = citizens.current().orElseThrow();
        assertThat(saved.getResidence().getProvince()).isEqualTo("PI");
        assertThat(saved.getDomicile().getCity()).isEqualTo("Bugliano");
        assertThat(saved.getContacts().getMobile()).isEqualTo("+39 333 0000000");

        Address wrong = new Address(residence);
        wrong.setPostcode("561");
        assertThatThrownBy(() -> citizens.updateProfile(new Contacts(), wrong, new Address(), new IdentityDocument()))
                .isInstanceOf(EJBException.class)
                .hasRootCauseInstanceOf(ConstraintViolationException.class);
        assertThat(citizens.current().orElseThrow().getResidence().getPostcode())
                .as("nothing changed")
                .isEqualTo("56100");
    }

    @Test
    void theDomicileOfTheIdentityIsStoredAndKeptFromTheProfileUntilALoginWithoutIt() {
        DemoIdentities.Identity chiara = demo.find("SPSCHR04C48G702G").orElseThrow();
        citizens.signIn(chiara.code(), chiara.personalData(), AuthMethod.SPID, "https://www.spid.gov.it/SpidL2");
        Address elsewhere = new Address();
        elsewhere.setStreet("Via Altrove");
        elsewhere.setCity("Lucca");

        callers.asCitizen(chiara.code());
        citizens.updateProfile(new Contacts(), new Address(), elsewhere, new IdentityDocument());

        Citizen saved = citizens.current().orElseThrow();
        assertThat(saved.isDomicileFromIdentity()).isTrue();
        assertThat(saved.getDomicile().getStreet()).isEqualTo("Piazza Garibaldi");
        assertThat(saved.getDomicile().getCity()).isEqualTo("Bugliano");

        PersonalData withoutDomicile =
                new PersonalData("Chiara", "Esposito", LocalDate.of(2004, 3, 8), "Pisa", Sex.FEMALE, null, null);
        citizens.signIn(chiara.code(), withoutDomicile, AuthMethod.CIE, "L2");
        assertThat(citizens.current().orElseThrow().getDomicile().getCity())
                .as("kept")
                .isEqualTo("Bugliano");
        citizens.updateProfile(new Contacts(), new Address(), elsewhere, new IdentityDocument());

        saved = citizens.current().orElseThrow();
        assertThat(saved.isDomicileFromIdentity()).isFalse();
        assertThat(saved.getDomicile().getCity()).as("the citizen's again").isEqualTo("Lucca");

        citizens.signIn(chiara.code(), chiara.personalData(), AuthMethod.SPID, "https://www.spid.gov.it/SpidL2");
        assertThat(citizens.current().orElseThrow().getDomicile().getCity())
                .as("the identity's again")
                .isEqualTo("Bugliano");
    }

    @Test
    void theDemoStaffCanLogInWithTheirDocumentedPasswords() {
        assertThat(staff.verifyPassword("operatore", "Operatore.Bugliano.1".toCharArray(), OFFICE)
                        .roles())
                .containsExactly(StaffRole.OPERATOR);
        assertThat(staff.verifyPassword("MANAGER", "Manager.Bugliano.1".toCharArray(), OFFICE)
                        .roles())
                .containsExactlyInAnyOrder(StaffRole.OPERATOR, StaffRole.MANAGER);
        assertThat(staff.verifyPassword("admin", "Admin.Bugliano.1".toCharArray(), OFFICE)
                        .roles())
                .contains(StaffRole.ADMIN);
    }

    @Test
    void passwordsAreStoredAsPbkdf2Hashes() {
        callers.asStaff("admin");
        StaffAccount operator = staff.find("operatore").orElseThrow();

        assertThat(operator.getPasswordHash())
                .startsWith("PBKDF2WithHmacSHA512:210000:")
                .doesNotContain("Operatore.Bugliano.1");
    }

    @Test
    void fiveWrongPasswordsSuspendOnlyTheirAddressUntilAnAdministratorUnlocks() {
        String username = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        callers.asStaff("admin");
        staff.create(new StaffAccount(username, "Test Lock", username + "@example.org", Set.of(StaffRole.OPERATOR)));
        staff.setPassword(username, "Giusta.Password.1".toCharArray());

        for (int attempt = 0; attempt < LoginThrottle.MAX_FAILED_LOGINS; attempt++) {
            assertThat(staff.verifyPassword(username, "sbagliata".toCharArray(), ATTACKER)
                            .outcome())
                    .isEqualTo(Outcome.REJECTED);
        }
        assertThat(staff.verifyPassword(username, "Giusta.Password.1".toCharArray(), ATTACKER)
                        .outcome())
                .as("suspended from the attacker's address")
                .isEqualTo(Outcome.REJECTED);
        assertThat(staff.verifyPassword(username, "Giusta.Password.1".toCharArray(), OFFICE)
                        .outcome())
                .as("not from the office")
                .isEqualTo(Outcome.ACCEPTED);

        callers.asStaff("manager");
        assertThatThrownBy(() -> operators.unlock(username))
                .isInstanceOf(BusinessException.class)
                .hasMessage("operators.unlock.admins_only");
        callers.asStaff("admin");
        operators.unlock(username);
        assertThat(staff.verifyPassword(username, "Giusta.Password.1".toCharArray(), ATTACKER)
                        .outcome())
                .isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void unknownUsersAndAccountsWithoutPasswordAreRejected() {
        assertThat(staff.verifyPassword("nessuno", "x".toCharArray(), OFFICE).outcome())
                .isEqualTo(Outcome.REJECTED);

        String username = "new-" + UUID.randomUUID().toString().substring(0, 8);
        callers.asStaff("manager");
        staff.create(new StaffAccount(username, "Nuovo", username + "@example.org", Set.of(StaffRole.OPERATOR)));
        assertThat(staff.verifyPassword(username, "".toCharArray(), OFFICE).outcome())
                .isEqualTo(Outcome.REJECTED);
    }

    @Test
    void theDemoOperatorWorksInItsOfficesAndIsEnabledOnlyForItsServices() {
        callers.asStaff("operatore");
        StaffAccount olga = staff.find("operatore").orElseThrow();

        assertThat(olga.getOffices())
                .extracting(it.sportello.catalog.entity.Office::getCode)
                .containsExactlyInAnyOrder("ufficio-tecnico", "polizia-locale");
        assertThat(olga.getServices())
                .extracting(it.sportello.catalog.entity.Service::getCode)
                .contains("permesso-passo-carrabile")
                .doesNotContain("certificati-anagrafici");
    }

    @Test
    void aManagerNeitherUnmakesNorDeletesAnAdministrator() {
        callers.asStaff("manager");
        assertThatThrownBy(() -> operators.setManager("admin", false))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("operators.admin.protected");
        assertThatThrownBy(() -> operators.delete("admin"))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("operators.admin.protected");
        assertThat(operators.account("admin").isAdministrator()).isTrue();
    }

    @Test
    void aManagerChangesAnOperatorsOfficesAndServicesAndUnknownCodesAreRefused() {
        callers.asStaff("manager");
        operators.update(
                "manager",
                "Marco Manager",
                "manager@comune.bugliano.example",
                java.util.List.of("urp"),
                java.util.List.of("certificati-anagrafici"));

        StaffAccount marco = staff.find("manager").orElseThrow();
        assertThat(marco.getOffices())
                .extracting(it.sportello.catalog.entity.Office::getCode)
                .containsExactly("urp");
        assertThat(marco.getServices())
                .extracting(it.sportello.catalog.entity.Service::getCode)
                .containsExactly("certificati-anagrafici");

        assertThatThrownBy(() -> operators.update(
                        "manager",
                        "Marco Manager",
                        "manager@comune.bugliano.example",
                        java.util.List.of("ufficio-inesistente"),
                        java.util.List.of()))
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("catalog.code.unknown");
        assertThat(staff.find("manager").orElseThrow().getOffices())
                .as("nothing changed")
                .hasSize(1);
    }

    @Test
    void aUsernameIsGivenOnlyOnce() {
        callers.asStaff("manager");
        assertThatThrownBy(() ->
                        operators.create("OPERATORE", "Altro", "altro@example.org", false, java.util.Locale.ITALIAN))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("operators.username.taken");
    }

    @Test
    void aManagerCanNeitherDeleteNorDemoteThemselves() {
        callers.asStaff("manager");
        assertThatThrownBy(() -> operators.delete("manager"))
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("operators.self.delete");
        assertThatThrownBy(() -> operators.setManager("manager", false))
                .extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("operators.self.unmanage");
        assertThat(staff.find("manager").orElseThrow().isManager()).isTrue();
    }

    @Test
    void anAccountWhoseInvitationCannotBeMailedYetIsCreatedAndItsInvitationWaitsInTheOutbox() {
        // no SMTP server listens during this class: the invitation waits in the outbox
        String username = "senza-mail-" + UUID.randomUUID().toString().substring(0, 8);

        callers.asStaff("manager");
        operators.create(username, "Senza Mail", username + "@example.org", false, java.util.Locale.ITALIAN);

        assertThat(staff.find(username)).isPresent();
        callers.asStaff("admin");
        assertThat(outbox.list(OutgoingMail.Status.PENDING, 0, 1000))
                .extracting(OutgoingMail::getRecipient)
                .contains(username + "@example.org");
    }

    @Test
    void theContainerLetsThroughOnlyTheRolesABoundaryDeclares() {
        callers.anonymous();
        assertThatThrownBy(() -> operators.search("olga"))
                .as("nobody logged in")
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> citizens.current()).as("nobody logged in").isInstanceOf(EJBAccessException.class);

        callers.asCitizen(demo.find("RSSMRA80A01H501U").orElseThrow().code());
        assertThatThrownBy(() -> staff.find("operatore")).as("a citizen").isInstanceOf(EJBAccessException.class);
        assertThat(staff.displayName("operatore"))
                .as("who registered a payment, by name")
                .isEqualTo("Olga Operatrice");
        assertThat(staff.displayName("gone"))
                .as("a username no account has any more")
                .isEqualTo("gone");

        callers.asStaff("operatore");
        assertThat(operators.search("olga"))
                .as("an operator's colleagues")
                .extracting(StaffAccount::getUsername)
                .contains("operatore");
        assertThatThrownBy(() -> operators.create(
                        "non-creato", "Non Creato", "non-creato@example.org", false, java.util.Locale.ITALIAN))
                .as("an operator who is not a manager")
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> citizens.current()).as("a member of staff").isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theOperatorsPageKnowsWhoIsActingAndWhatTheyMayChange() {
        callers.asStaff("manager");

        assertThat(operators.self().getUsername()).isEqualTo("manager");
        assertThat(operators.account("admin").isChangeableBy(operators.self())).isFalse();
        assertThat(operators.account("operatore").isChangeableBy(operators.self()))
                .isTrue();
    }
}
