package it.sportello.protocol.boundary;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import it.sportello.municipality.Municipality;
import it.sportello.platform.i18n.Texts;
import it.sportello.platform.pdf.TextDocument;
import it.sportello.platform.text.Digests;
import it.sportello.platform.time.Clocks;
import it.sportello.practice.boundary.PracticeDeskEvent;
import it.sportello.practice.boundary.PracticeSent;
import it.sportello.practice.boundary.PracticeWithdrawn;
import it.sportello.practice.boundary.Receipts;
import it.sportello.practice.control.IntegrationDocument;
import it.sportello.practice.entity.Attachment;
import it.sportello.practice.entity.AttachmentPurpose;
import it.sportello.practice.entity.Decision;
import it.sportello.practice.entity.Practice;
import it.sportello.protocol.entity.ProtocolRegistration;
import it.sportello.protocol.entity.RegistrationKind;

/**
 * Turns the events of a practice that carry a document into registration requests, inside the
 * event's transaction: a practice is never sent (or decided) without its request, and a rolled
 * back event leaves none. Only while the protocol register is on ({@code sportello.protocol.enabled}).
 */
@ApplicationScoped
public class ProtocolRequests {

    static final String BUNDLE = "it.sportello.protocol.boundary.protocol";
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    Municipality municipality;

    @Inject
    Clock clock;

    @EJB
    Receipts receipts;

    @Inject
    @ConfigProperty(name = "sportello.protocol.enabled")
    boolean protocolOn;

    void sent(@Observes PracticeSent sent) {
        if (!protocolOn) {
            return;
        }
        Practice practice = practice(sent.reference());
        byte[] form = receipts.filledForm(practice, Locale.ITALIAN);
        String name = "modulo-" + practice.getReference() + ".pdf";
        List<String> documents = new ArrayList<>();
        documents.add(ProtocolRegistration.digestLine(Digests.sha256(form), name));
        for (Attachment attachment : practice.getAttachments()) {
            documents.add(ProtocolRegistration.digestLine(attachment.getSha256(), attachment.getFileName()));
        }
        request(practice, RegistrationKind.SENDING, name, form, documents);
    }

    void desk(@Observes PracticeDeskEvent event) {
        if (!protocolOn) {
            return;
        }
        switch (event.kind()) {
            case INTEGRATION_REQUEST -> {
                Practice practice = practice(event.reference());
                practice.correspondence()
                        .openIntegration()
                        .ifPresent(open -> requestWithFiles(
                                practice,
                                RegistrationKind.INTEGRATION_REQUEST,
                                "richiesta-integrazioni-" + practice.getReference() + "-"
                                        + practice.getIntegrations().size() + ".pdf",
                                IntegrationDocument.render(
                                        practice, open.getRequest(), List.of(), municipality.getName(), Locale.ITALIAN),
                                open.getRequest().getAttachments()));
            }
            case INTEGRATION_ACCEPT -> {
                Practice practice = practice(event.reference());
                String name = IntegrationDocument.fileName(
                        practice, practice.getIntegrations().size());
                generated(practice, name)
                        .ifPresent(document -> request(practice, RegistrationKind.INTEGRATION_ANSWER, document));
            }
            case OUTCOME -> {
                Practice practice = practice(event.reference());
                practice.getDecision()
                        .map(Decision::getLetter)
                        .ifPresent(letter -> request(practice, RegistrationKind.OUTCOME, letter));
            }
            default -> {
                // the other actions carry no document to register
            }
        }
    }

    void withdrawn(@Observes PracticeWithdrawn withdrawn) {
        if (!protocolOn) {
            return;
        }
        Practice practice = practice(withdrawn.reference());
        Texts texts = Texts.of(BUNDLE, Locale.ITALIAN);
        String body = texts.get(
                "withdrawal.body",
                practice.getService().getTitle().in(Locale.ITALIAN),
                practice.getReference(),
                practice.getApplicant().fullName(),
                MOMENT.format(clock.instant().atZone(Clocks.ITALY)));
        byte[] pdf = TextDocument.render(
                municipality.getName(),
                texts.get("withdrawal.title"),
                "it",
                List.of(new TextDocument.Section(null, body)));
        String name = "ritiro-" + practice.getReference() + ".pdf";
        request(
                practice,
                RegistrationKind.WITHDRAWAL,
                name,
                pdf,
                List.of(ProtocolRegistration.digestLine(Digests.sha256(pdf), name)));
    }

    private java.util.Optional<Attachment> generated(Practice practice, String name) {
        return practice.getAttachments().stream()
                .filter(a -> a.getPurpose() == AttachmentPurpose.GENERATED)
                .filter(a -> a.getFileName().equals(name))
                .reduce((first, second) -> second);
    }

    private void requestWithFiles(
            Practice practice, RegistrationKind kind, String name, byte[] document, List<Attachment> files) {
        List<String> documents = new ArrayList<>();
        documents.add(ProtocolRegistration.digestLine(Digests.sha256(document), name));
        files.forEach(file -> documents.add(ProtocolRegistration.digestLine(file.getSha256(), file.getFileName())));
        request(practice, kind, name, document, documents);
    }

    private void request(Practice practice, RegistrationKind kind, Attachment document) {
        request(
                practice,
                kind,
                document.getFileName(),
                document.bytes(),
                List.of(ProtocolRegistration.digestLine(document.getSha256(), document.getFileName())));
    }

    private void request(
            Practice practice, RegistrationKind kind, String name, byte[] document, List<String> documents) {
        String subject = Texts.of(BUNDLE, Locale.ITALIAN)
                .get(
                        "subject." + kind.name(),
                        practice.getService().getTitle().in(Locale.ITALIAN),
                        practice.getReference(),
                        practice.getApplicant().fullName());
        em.persist(new ProtocolRegistration(practice, kind, subject, name, document, documents, clock.instant()));
    }

    private Practice practice(String reference) {
        return em.createNamedQuery(Practice.BY_REFERENCE, Practice.class)
                .setParameter("reference", reference)
                .getSingleResult();
    }
}
