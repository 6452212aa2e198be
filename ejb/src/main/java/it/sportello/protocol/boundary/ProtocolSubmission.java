package it.sportello.protocol.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.sportello.catalog.entity.Service;
import it.sportello.identity.boundary.StaffDirectory;
import it.sportello.mail.boundary.Mailer;
import it.sportello.municipality.Municipality;
import it.sportello.platform.database.IdSlice;
import it.sportello.platform.i18n.Texts;
import it.sportello.platform.links.PublicLinks;
import it.sportello.platform.links.PublicPage;
import it.sportello.platform.logging.Logs;
import it.sportello.platform.time.Clocks;
import it.sportello.practice.boundary.PracticeDesk;
import it.sportello.practice.entity.Practice;
import it.sportello.protocol.control.ProtocolRegister;
import it.sportello.protocol.control.ProtocolRegisters;
import it.sportello.protocol.control.RegisterUnavailableException;
import it.sportello.protocol.entity.Dossier;
import it.sportello.protocol.entity.ProtocolRegistration;
import it.sportello.protocol.entity.RegistrationKind;

/**
 * Registers the requested registrations in the protocol register ({@code sportello.protocol.register}),
 * one per transaction: the registration row is held while the register is asked, and the number,
 * the dossier and what follows for the practice (Protocollata, the outcome released) are stored in
 * the same transaction. A register that fails is asked again later with the same registration id,
 * each time waiting twice as long, up to a maximum of attempts. Called by the background jobs,
 * which run with no logged-in caller.
 */
@Stateless
@PermitAll
public class ProtocolSubmission {

    private static final Logger LOG = Logs.of(ProtocolSubmission.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    ProtocolRegisters registers;

    @EJB
    PracticeDesk desk;

    @Inject
    Event<PracticeRegistered> registered;

    @EJB
    StaffDirectory staff;

    @Inject
    Mailer mailer;

    @Inject
    Municipality municipality;

    @Inject
    PublicLinks links;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = "sportello.jobs.protocol.backoff")
    Duration backoff;

    @Inject
    @ConfigProperty(name = "sportello.jobs.protocol.max-attempts")
    int maxAttempts;

    /** The ids of the slice greater than {@code after} of the registrations whose attempt is due, ascending. */
    public List<Long> due(long after, @Min(1) int max, @NotNull IdSlice slice) {
        return em.createNamedQuery(ProtocolRegistration.DUE, Long.class)
                .setParameter("now", clock.instant())
                .setParameter("after", after)
                .setParameter("parts", slice.count())
                .setParameter("part", slice.index())
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Registers one requested registration if it is still due, in a transaction of its own; returns
     * whether it got its number. A register that fails is recorded on the registration, not thrown.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean register(long id) {
        ProtocolRegistration registration = em.find(ProtocolRegistration.class, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (registration == null || !registration.isDue(now)) {
            return false;
        }
        Practice practice = registration.getPractice();
        Dossier dossier =
                dossier(practice.getService(), now.atZone(Clocks.ITALY).getYear());
        ProtocolRegister register = registers.configured();
        ProtocolRegister.Receipt receipt;
        try {
            receipt = register.register(new ProtocolRegister.Submission(
                    registration.getRegistrationId(),
                    registration.getDirection(),
                    registration.getSubject(),
                    practice.getApplicant().fullName(),
                    dossier.getCode(),
                    registration.getDocumentName(),
                    registration.document(),
                    registration.getDocuments()));
        } catch (RegisterUnavailableException e) {
            registration.failed(e.getMessage(), now, backoff, maxAttempts);
            LOG.log(
                    Level.WARNING,
                    () -> "Registration " + registration.getRegistrationId() + " not registered (attempt "
                            + registration.getAttempts() + "): " + e.getMessage());
            if (registration.getStatus() == ProtocolRegistration.Status.FAILED) {
                tellAdministrators(registration);
            }
            return false;
        }
        registration.registered(receipt.year(), receipt.number(), receipt.registeredAt(), dossier, register.name());
        if (registration.getKind() == RegistrationKind.SENDING) {
            desk.registered(practice.getReference());
        } else if (registration.getKind() == RegistrationKind.OUTCOME && practice.isWaitingForOutcomeLetter()) {
            desk.releaseOutcome(practice.getReference());
        }
        registered.fire(new PracticeRegistered(practice.getReference(), registration.getId()));
        return true;
    }

    /**
     * A registration given up after the maximum of attempts is mailed to the administrators, with
     * the address of the job console, where they try it again.
     */
    private void tellAdministrators(ProtocolRegistration registration) {
        Texts texts = Texts.of(ProtocolRequests.BUNDLE, Locale.ITALIAN);
        Object[] values = {
            municipality.getName(),
            registration.getSubject(),
            registration.getPractice().getReference(),
            registration.getAttempts(),
            registration.getLastError(),
            links.link(PublicPage.JOB_CONSOLE)
        };
        String subject = texts.get("failed.subject", values);
        String body = texts.get("failed.body", values);
        staff.administratorEmails().forEach(address -> mailer.send(address, subject, body));
    }

    /** The dossier of the service and year, opened by the first registration that needs it. */
    private Dossier dossier(Service service, int year) {
        return find(service, year).orElseGet(() -> {
            try {
                context.getBusinessObject(ProtocolSubmission.class).openDossier(service.getId(), year);
            } catch (EJBException e) {
                // opened at the same moment by another registration: that one is the dossier
            }
            return find(service, year).orElseThrow();
        });
    }

    private java.util.Optional<Dossier> find(Service service, int year) {
        return em.createNamedQuery(Dossier.OF_SERVICE_YEAR, Dossier.class)
                .setParameter("service", service)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void openDossier(long serviceId, int year) {
        Service service = em.find(Service.class, serviceId);
        if (find(service, year).isEmpty()) {
            em.persist(new Dossier(service, year, clock.instant()));
        }
    }
}
