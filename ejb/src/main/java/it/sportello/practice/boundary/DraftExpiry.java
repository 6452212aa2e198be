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
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.sportello.mail.boundary.Mailer;
import it.sportello.municipality.Municipality;
import it.sportello.platform.database.IdSlice;
import it.sportello.platform.i18n.Texts;
import it.sportello.platform.links.PublicLinks;
import it.sportello.platform.links.PublicPage;
import it.sportello.platform.time.Clocks;
import it.sportello.practice.entity.Practice;
import it.sportello.practice.entity.PracticeNotice;
import it.sportello.practice.entity.PracticeStatus;

/**
 * Drafts nobody touched for a long time ({@code sportello.drafts.expire-after}) are deleted: the
 * citizen is warned by e-mail {@code sportello.drafts.warn-before} ahead, and a draft is deleted
 * only that long after its warning, the same way as the citizen deletes one ({@link Drafts#delete}).
 * A draft changed after its warning starts over; anything sent is never touched. Called by the
 * background jobs, which run with no logged-in caller.
 */
@Stateless
@PermitAll
public class DraftExpiry {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    Drafts drafts;

    @Inject
    Mailer mailer;

    @Inject
    Municipality municipality;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sportello.drafts.expire-after")
    Duration expireAfter;

    @Inject
    @ConfigProperty(name = "sportello.drafts.warn-before")
    Duration warnBefore;

    @Inject
    PublicLinks links;

    /** Drafts of the slice, ids after {@code after} ascending, old enough to be warned and not warned yet. */
    public List<Long> toWarn(long after, int max, IdSlice slice) {
        return em.createQuery(
                        "SELECT p.id FROM Practice p WHERE p.status = :draft AND p.updatedAt < :before AND p.id > :after"
                                + " AND MOD(p.id, :parts) = :part"
                                + " AND NOT EXISTS (SELECT n FROM PracticeNotice n WHERE n.practiceId = p.id AND n.kind = :kind) ORDER BY p.id",
                        Long.class)
                .setParameter("draft", PracticeStatus.DRAFT)
                .setParameter("before", warnFrom())
                .setParameter("after", after)
                .setParameter("kind", PracticeNotice.Kind.DRAFT_EXPIRY)
                .setParameter("parts", slice.count())
                .setParameter("part", slice.index())
                .setMaxResults(max)
                .getResultList();
    }

    /** Drafts of the slice, ids after {@code after} ascending, whose warning is old enough for them to go. */
    public List<Long> toDelete(long after, int max, IdSlice slice) {
        return em.createQuery(
                        "SELECT p.id FROM Practice p WHERE p.status = :draft AND p.id > :after AND MOD(p.id, :parts) = :part AND EXISTS ("
                                + "SELECT n FROM PracticeNotice n WHERE n.practiceId = p.id AND n.kind = :kind AND n.sentAt <= :warnedBefore)"
                                + " ORDER BY p.id",
                        Long.class)
                .setParameter("draft", PracticeStatus.DRAFT)
                .setParameter("after", after)
                .setParameter("kind", PracticeNotice.Kind.DRAFT_EXPIRY)
                .setParameter("warnedBefore", clock.instant().minus(warnBefore))
                .setParameter("parts", slice.count())
                .setParameter("part", slice.index())
                .setMaxResults(max)
                .getResultList();
    }

    /** Warns the citizen that the draft will be deleted, once; returns whether a warning was sent. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean warn(long practiceId) {
        return warnOne(practiceId);
    }

    /** {@link #warn(long)} for each of the drafts, all in one transaction; returns how many were warned. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int warn(@NotNull List<Long> practiceIds) {
        return (int) practiceIds.stream().filter(this::warnOne).count();
    }

    private boolean warnOne(long practiceId) {
        Practice practice = em.find(Practice.class, practiceId, LockModeType.PESSIMISTIC_WRITE);
        if (practice == null
                || !practice.isDraft()
                || !practice.getUpdatedAt().isBefore(warnFrom())
                || warned(practice)) {
            return false;
        }
        Instant now = clock.instant();
        em.persist(new PracticeNotice(practiceId, PracticeNotice.Kind.DRAFT_EXPIRY, 0, now));
        String to = practice.getApplication().getApplicantEmail() != null
                ? practice.getApplication().getApplicantEmail()
                : practice.getApplicant().getContacts().getEmail();
        if (to != null) {
            Locale locale = Locale.ITALIAN;
            Texts texts = Texts.of("it.sportello.practice.boundary.mails", locale);
            Object[] values = {
                practice.getApplicant().fullName(),
                municipality.getName(),
                practice.getService().getTitle().in(locale),
                practice.getReference(),
                DAY.format(now.plus(warnBefore).atZone(Clocks.ITALY)),
                links.link(PublicPage.PRACTICE, practice.getReference())
            };
            mailer.send(to, texts.get("draft_expiry.subject", values), texts.get("draft_expiry.body", values));
        }
        return true;
    }

    /**
     * Deletes a warned draft whose warning is old enough, as the citizen would; returns whether it
     * was deleted. A draft changed since its warning gets its warning back and waits again.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean delete(long practiceId) {
        return deleteOne(practiceId);
    }

    /** {@link #delete(long)} for each of the drafts, all in one transaction; returns how many were deleted. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int delete(@NotNull List<Long> practiceIds) {
        return (int) practiceIds.stream().filter(this::deleteOne).count();
    }

    private boolean deleteOne(long practiceId) {
        Practice practice = em.find(Practice.class, practiceId, LockModeType.PESSIMISTIC_WRITE);
        if (practice == null || !practice.isDraft()) {
            return false;
        }
        PracticeNotice warning = em.createNamedQuery(PracticeNotice.FIND, PracticeNotice.class)
                .setParameter("practice", practiceId)
                .setParameter("kind", PracticeNotice.Kind.DRAFT_EXPIRY)
                .setParameter("subject", 0L)
                .getResultStream()
                .findFirst()
                .orElse(null);
        Instant now = clock.instant();
        if (warning == null || warning.getSentAt().isAfter(now.minus(warnBefore))) {
            return false;
        }
        if (practice.getUpdatedAt().isAfter(warning.getSentAt())) {
            em.remove(warning);
            return false;
        }
        em.createNamedQuery(PracticeNotice.DELETE_OF_PRACTICE)
                .setParameter("practice", practiceId)
                .executeUpdate();
        drafts.delete(practice);
        return true;
    }

    private boolean warned(Practice practice) {
        return !em.createNamedQuery(PracticeNotice.FIND, PracticeNotice.class)
                .setParameter("practice", practice.getId())
                .setParameter("kind", PracticeNotice.Kind.DRAFT_EXPIRY)
                .setParameter("subject", 0L)
                .getResultList()
                .isEmpty();
    }

    private Instant warnFrom() {
        return clock.instant().minus(expireAfter.minus(warnBefore));
    }
}
