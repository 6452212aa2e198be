package it.sportello.protocol.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import it.sportello.identity.entity.Roles;
import it.sportello.municipality.Municipality;
import it.sportello.platform.i18n.Texts;
import it.sportello.platform.pdf.TextDocument;
import it.sportello.platform.time.Clocks;
import it.sportello.practice.boundary.PracticeDesk;
import it.sportello.protocol.entity.Dossier;
import it.sportello.protocol.entity.ProtocolEntry;
import it.sportello.protocol.entity.ProtocolRegistration;

/**
 * The protocol registrations as pages read them: those of a practice (the citizen sees the
 * numbers), those of a practice at the desk, those waiting or failed (administrators try them
 * again, from the job console), and the municipal register's daily register as PDF.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ProtocolRegistrations {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    Municipality municipality;

    @Inject
    Clock clock;

    @EJB
    PracticeDesk desk;

    /** Every registration requested for the practice, in order, registered or not yet. */
    public List<ProtocolRegistration> of(@NotBlank String practiceReference) {
        return em.createNamedQuery(ProtocolRegistration.OF_PRACTICE, ProtocolRegistration.class)
                .setParameter("reference", practiceReference)
                .getResultList();
    }

    /**
     * Every registration of a practice the operator calling may see (the desk's "Protocollo" tab),
     * with its dossier; refused as unknown when the operator is not enabled for the service.
     */
    @RolesAllowed({Roles.OPERATOR, Roles.MANAGER, Roles.ADMIN})
    public List<ProtocolRegistration> atDesk(@NotBlank String reference) {
        List<ProtocolRegistration> all = of(desk.find(reference).getReference());
        all.stream()
                .map(ProtocolRegistration::getDossier)
                .filter(Objects::nonNull)
                .forEach(Dossier::getCode);
        return all;
    }

    /**
     * The registrations of the practice that have their number, in order: what the citizen is
     * told, on the page of a practice of theirs.
     */
    @RolesAllowed(Roles.CITIZEN)
    public List<ProtocolRegistration> registered(@NotBlank String practiceReference) {
        return of(practiceReference).stream()
                .filter(ProtocolRegistration::isRegistered)
                .toList();
    }

    public List<ProtocolRegistration> list(@NotNull ProtocolRegistration.Status status, @Min(1) int max) {
        return em.createNamedQuery(ProtocolRegistration.BY_STATUS, ProtocolRegistration.class)
                .setParameter("status", status)
                .setMaxResults(max)
                .getResultList();
    }

    /** An administrator tries a failed registration again now. */
    public void retryNow(long id) {
        ProtocolRegistration registration = em.find(ProtocolRegistration.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (registration != null) {
            registration.retryNow(clock.instant());
        }
    }

    /** The numbers the municipal register gave in a year, in order. */
    public List<Integer> numbersOf(int year) {
        return em.createNamedQuery(ProtocolEntry.NUMBERS_OF_YEAR, Integer.class)
                .setParameter("year", year)
                .getResultList();
    }

    /** The daily register of the municipal register ("registro giornaliero di protocollo") as PDF. */
    public byte[] dailyRegister(@NotNull LocalDate day, @NotNull Locale locale) {
        Texts texts = Texts.of(ProtocolRequests.BUNDLE, locale);
        List<ProtocolEntry> entries = em.createNamedQuery(ProtocolEntry.BETWEEN, ProtocolEntry.class)
                .setParameter("from", day.atStartOfDay(Clocks.ITALY).toInstant())
                .setParameter("to", day.plusDays(1).atStartOfDay(Clocks.ITALY).toInstant())
                .getResultList();
        List<TextDocument.Section> sections = new ArrayList<>();
        if (entries.isEmpty()) {
            sections.add(new TextDocument.Section(null, texts.get("daily.empty")));
        }
        for (ProtocolEntry entry : entries) {
            String heading = texts.get(
                    "daily.heading",
                    entry.getYear() + "/" + String.format("%07d", entry.getNumber()),
                    MOMENT.format(entry.getRegisteredAt().atZone(Clocks.ITALY)),
                    texts.get("direction." + entry.getDirection().name()));
            String documents = "- " + entry.getDocuments().replace("\n", "\n- ");
            sections.add(new TextDocument.Section(
                    heading,
                    texts.get(
                            "daily.entry",
                            entry.getSubject(),
                            entry.getCorrespondent(),
                            entry.getDossierCode(),
                            documents)));
        }
        return TextDocument.render(
                municipality.getName(), texts.get("daily.title", DAY.format(day)), locale.getLanguage(), sections);
    }
}
