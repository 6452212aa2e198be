package it.sportello.practice.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.sportello.jobs.boundary.ReminderSource;
import it.sportello.mail.boundary.Mailer;
import it.sportello.municipality.Municipality;
import it.sportello.platform.database.IdSlice;
import it.sportello.platform.i18n.Texts;
import it.sportello.platform.links.PublicLinks;
import it.sportello.platform.links.PublicPage;
import it.sportello.platform.time.Clocks;
import it.sportello.practice.entity.IntegrationRequest;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeNotice;

/**
 * Reminds the citizen of an integration request still open and unanswered
 * {@code sportello.reminders.integration-after} after it was made; once per request. Called by
 * the background jobs, which run with no logged-in caller.
 */
@Stateless
@PermitAll
public class IntegrationReminders implements ReminderSource {

    public static final String NAME = "integration-requests";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Municipality municipality;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sportello.reminders.integration-after")
    Duration after;

    @Inject
    PublicLinks links;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Long> due(long afterId, int max, IdSlice slice) {
        return em.createQuery(
                        "SELECT i.id FROM IntegrationRequest i WHERE i.resolution IS NULL AND i.requestedAt < :before"
                                + " AND i.id > :after AND MOD(i.id, :parts) = :part AND NOT EXISTS (SELECT n FROM PracticeNotice n WHERE n.kind = :kind AND n.subjectRef = i.id)"
                                + " ORDER BY i.id",
                        Long.class)
                .setParameter("before", clock.instant().minus(after))
                .setParameter("after", afterId)
                .setParameter("kind", PracticeNotice.Kind.INTEGRATION_REMINDER)
                .setParameter("parts", slice.count())
                .setParameter("part", slice.index())
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void remind(long integrationId) {
        IntegrationRequest integration = em.find(IntegrationRequest.class, integrationId);
        if (integration == null) {
            return;
        }
        Long practiceId = em.createQuery("SELECT i.practice.id FROM IntegrationRequest i WHERE i.id = :id", Long.class)
                .setParameter("id", integrationId)
                .getSingleResult();
        Practice practice = em.find(Practice.class, practiceId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        boolean sent = !em.createNamedQuery(PracticeNotice.FIND, PracticeNotice.class)
                .setParameter("practice", practice.getId())
                .setParameter("kind", PracticeNotice.Kind.INTEGRATION_REMINDER)
                .setParameter("subject", integrationId)
                .getResultList()
                .isEmpty();
        if (sent
                || !integration.isOpen()
                || !practice.correspondence().integrationAnswers().isEmpty()
                || integration.getRequestedAt().isAfter(now.minus(after))) {
            return;
        }
        em.persist(new PracticeNotice(practice.getId(), PracticeNotice.Kind.INTEGRATION_REMINDER, integrationId, now));
        if (practice.getApplication().getApplicantEmail() != null) {
            Locale locale = Locale.ITALIAN;
            Texts texts = Texts.of("it.sportello.practice.boundary.mails", locale);
            Object[] values = {
                practice.getApplicant().fullName(),
                municipality.getName(),
                practice.getService().getTitle().in(locale),
                practice.getReference(),
                DAY.format(integration.getRequestedAt().atZone(Clocks.ITALY)),
                links.link(PublicPage.PRACTICE, practice.getReference())
            };
            mailer.send(
                    practice.getApplication().getApplicantEmail(),
                    texts.get("integration_reminder.subject", values),
                    texts.get("integration_reminder.body", values));
        }
    }
}
