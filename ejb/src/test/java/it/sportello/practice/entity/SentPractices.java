package it.sportello.practice.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import it.sportello.catalog.entity.AccessLevel;
import it.sportello.catalog.entity.Office;
import it.sportello.catalog.entity.PaymentMode;
import it.sportello.catalog.entity.Service;
import it.sportello.catalog.entity.ServiceStatus;
import it.sportello.catalog.entity.Workflow;
import it.sportello.form.entity.FormVersion;
import it.sportello.identity.entity.AuthMethod;
import it.sportello.identity.entity.Citizen;
import it.sportello.identity.entity.FiscalCode;
import it.sportello.identity.entity.PersonalData;
import it.sportello.identity.entity.Sex;
import it.sportello.identity.entity.StaffAccount;
import it.sportello.identity.entity.StaffRole;
import it.sportello.platform.i18n.LocalizedText;

/**
 * What the unit tests of the desk start from: a service of an office that approves requests,
 * Mario Rossi's practice of it, sent with SPID level 2 at a given moment, and the operators who
 * work it.
 */
public final class SentPractices {

    public static final FiscalCode MARIO = FiscalCode.of("RSSMRA80A01H501U");

    private SentPractices() {}

    /** A service with an empty form, taken care of by {@code office}, that ends with an approval. */
    public static Service service(Office office) {
        Service service = new Service(
                "permesso-" + System.nanoTime(),
                LocalizedText.italian("Permesso"),
                LocalizedText.italian("Un permesso"));
        service.configure(
                ServiceStatus.AVAILABLE, null, null, AccessLevel.SPID_L2, PaymentMode.NONE, Workflow.APPROVAL, 30);
        service.entrust(office);
        return service;
    }

    /** Mario's practice of the service, started and sent at {@code at}. */
    public static Practice sent(Service service, Instant at) {
        Practice practice = started(service, "ref-" + System.nanoTime(), at);
        practice.filling().acceptPrivacy(at);
        practice.filling().actForSelf(at);
        practice.filling()
                .send(
                        "{}",
                        AuthMethod.SPID,
                        "https://www.spid.gov.it/SpidL2",
                        DeskPolicy.protocol(false),
                        at,
                        ZoneId.of("Europe/Rome"));
        return practice;
    }

    /** Mario's draft of the service, started at {@code at}. */
    public static Practice started(Service service, String reference, Instant at) {
        return Practice.start(
                reference,
                service,
                new FormVersion(service, 1, "{\"sections\": []}", at, "admin"),
                mario(at),
                null,
                at);
    }

    /** An operator working in {@code offices}, enabled for {@code services}, named by the username. */
    public static StaffAccount operator(String username, Set<Office> offices, Set<Service> services) {
        StaffAccount account =
                new StaffAccount(username, username, username + "@comune.example", Set.of(StaffRole.OPERATOR));
        account.assign(offices, services);
        return account;
    }

    /** Mario Rossi, logged in with SPID at {@code at}. */
    public static Citizen mario(Instant at) {
        PersonalData identity = new PersonalData(
                "Mario", "Rossi", LocalDate.of(1980, 1, 1), "Roma", Sex.MALE, "mario@spid.example", null);
        Citizen citizen = new Citizen(MARIO, identity);
        citizen.signedIn(identity, AuthMethod.SPID, "https://www.spid.gov.it/SpidL2", at);
        return citizen;
    }
}
